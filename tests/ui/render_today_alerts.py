"""Today with five alerts (tests/ui/five_alerts.py: the relapse at the visit), in English and
German, at 1366×768 and 1024×640, light and dark, and at 200 % text size:
docs/screenshots/today-alerts-<lang>-<width>[-dark|-200pct].png (issue 25).

    QT_QPA_PLATFORM=offscreen python tests/ui/render_today_alerts.py [folder] [prefix]

`prefix` ("before-") names a set drawn before a change, to set beside the one after it."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from PySide6.QtCore import QLocale  # noqa: E402

from five_alerts import VISIT, relapse_at_the_visit  # noqa: E402
from render_screens import fusion_app, grabbed, settle, speaking, styled, window_on  # noqa: E402
from vdtracker.app import compose  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402

SIZES = ((1366, 768), (1024, 640))
LOCALES = {"en": "en_GB", "de": "de_DE"}


def render(out: Path, prefix: str = "") -> list[Path]:
    app = fusion_app()
    db = Database.open(tempfile.mkdtemp(prefix="vdtracker-five-alerts-"))
    svc = compose(db)
    relapse_at_the_visit(svc)
    written = []
    for lang, name in LOCALES.items():
        with speaking(app, name) as locale:
            for variant in styled(app, ("light", "dark", "200pct")):
                for width, height in SIZES if variant != "200pct" else SIZES[:1]:
                    tail = "" if variant == "light" else f"-{variant}"
                    written.append(shot(db, locale, (width, height),
                                        out / f"today-alerts-{prefix}{lang}-{width}{tail}.png"))
            if not prefix:  # the low result marked as discussed: one calm line, last
                [low] = [a for a in svc.alerts.ranked(VISIT) if a.kind == "level-low"]
                svc.alerts.mark_discussed(low, VISIT)
                written.append(shot(db, locale, SIZES[1],
                                    out / f"today-alerts-discussed-{lang}-1024.png"))
                svc.alerts.unmark_discussed("vitamin-d")
    db.close()
    return written


def shot(db: Database, locale: QLocale, size: tuple[int, int], path: Path) -> Path:
    """Today on the visit's morning, a pain rating typed (its colour cue shows)."""
    app = fusion_app()
    with window_on(app, db, locale, size, datetime.combine(VISIT, time(10, 0))) as window:
        pain = window.page("today").form.pain
        pain.set_value(6.5)
        settle(app)
        grabbed(window, path)
        pain.clear()  # nothing typed is kept for the next window to put back
        app.processEvents()
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target, sys.argv[2] if len(sys.argv) > 2 else ""):
        print(p)
