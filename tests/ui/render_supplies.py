"""Supplements with 'What I have' over the demo diary (Vitamin D3 counted, Vitamin B12 running
low), and the count dialog, in English and German, at 1280×800 and 1024×640, light and dark:
<folder>/supplies-<lang>-<width>[-dark].png and supplies-dialog-<lang>.png (issue 26).

    QT_QPA_PLATFORM=offscreen python tests/ui/render_supplies.py [folder]"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from render_screens import fusion_app, grabbed, settle, speaking, styled, window_on  # noqa: E402
from vdtracker.app import compose  # noqa: E402
from vdtracker.services.demo import build_demo  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.dialogs.supply_dialog import COUNT, SupplyDialog  # noqa: E402

TODAY = date(2026, 11, 23)
SIZES = ((1280, 800), (1024, 640))
LOCALES = {"en": "en_GB", "de": "de_DE"}


def render(out: Path) -> list[Path]:
    app = fusion_app()
    db = Database.open(tempfile.mkdtemp(prefix="vdtracker-supplies-"))
    build_demo(db, TODAY)
    svc = compose(db)
    counted = datetime.combine(TODAY, time(7, 0))
    svc.supplies.set("Vitamin D3", 60, counted, "capsule", 2000, "IU")
    svc.supplies.set("Vitamin B12", 5, counted, "tablet", 1000, "mcg")
    clock = datetime.combine(TODAY, time(10, 0))
    written = []
    for lang, name in LOCALES.items():
        with speaking(app, name) as locale:
            for variant in styled(app, ("light", "dark")):
                tail = "" if variant == "light" else f"-{variant}"
                for size in SIZES:
                    with window_on(app, db, locale, size, clock) as window:
                        window.show_page("supplements")
                        page = window.page("supplements")
                        settle(app)
                        page.ensureWidgetVisible(page.supplies)
                        app.processEvents()
                        written.append(grabbed(window, out / f"supplies-{lang}-{size[0]}"
                                               f"{tail}.png"))
                        if variant == "light" and size == SIZES[0]:
                            views = window.ctx.services.supplies.status(TODAY)
                            dialog = SupplyDialog(window, window.ctx, COUNT,
                                                  page.supplies.names(), views)
                            dialog.show()
                            app.processEvents()
                            written.append(grabbed(dialog, out / f"supplies-dialog-{lang}.png"))
                            dialog.close()
                            dialog.deleteLater()
    db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target):
        print(p)
