"""A weekly course with Sunday's dose missed and six capsules counted at its start: Today with the
missed dose and the running-low warning, the question a Wednesday dose then asks, and
Supplements with what is left — English and German, 1280×800 and 1024×640, light and dark:
<folder>/move-today-<lang>-<width>[-dark].png, move-question-<lang>.png (issue 26).

    QT_QPA_PLATFORM=offscreen python tests/ui/render_move.py [folder]"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from render_screens import fusion_app, grabbed, settle, speaking, styled, window_on  # noqa: E402
from vdtracker.app import compose  # noqa: E402
from vdtracker.services.regimens import RegimenInput  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.dialogs.move_question import MoveQuestion  # noqa: E402
from vdtracker.ui.main_window import MainWindow  # noqa: E402

SUNDAY = date(2026, 11, 1)
TODAY = date(2026, 11, 25)  # a Wednesday: Sunday 22 Nov has nothing logged
SIZES = ((1280, 800), (1024, 640))
LOCALES = {"en": "en_GB", "de": "de_DE"}


def diary(db: Database) -> None:
    svc = compose(db)
    svc.regimens.add(RegimenInput("Vitamin D3", 50000, "IU", SUNDAY, every_days=7, weeks=12,
                                  phase="loading"))
    svc.supplies.set("Vitamin D3", 6, datetime.combine(SUNDAY, time(7, 0)), "capsule", 50000,
                     "IU")
    for week in range(3):
        day = SUNDAY + timedelta(weeks=week)
        svc.doses.record(supplement="Vitamin D3", day=day, today=day, at=time(9, 0))
    svc.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY, at=time(9, 30))


def render(out: Path) -> list[Path]:
    app = fusion_app()
    db = Database.open(tempfile.mkdtemp(prefix="vdtracker-move-"))
    diary(db)
    clock = datetime.combine(TODAY, time(10, 0))
    written = []
    for lang, name in LOCALES.items():
        with speaking(app, name) as locale:
            for variant in styled(app, ("light", "dark")):
                tail = "" if variant == "light" else f"-{variant}"
                for size in SIZES:
                    with window_on(app, db, locale, size, clock) as window:
                        for page in ("today", "supplements"):
                            window.show_page(page)
                            settle(app)
                            written.append(grabbed(window, out / f"move-{page}-{lang}-"
                                                   f"{size[0]}{tail}.png"))
                        if size == SIZES[0]:
                            written.append(question(window, out / f"move-question-{lang}"
                                                    f"{tail}.png"))
    db.close()
    return written


def question(window: MainWindow, path: Path) -> Path:
    """The question the Wednesday dose asks, as the window shows it."""
    ctx = window.ctx
    dose = ctx.services.regimens.doses(TODAY)[-1].id
    offer = ctx.services.doses.move_offer(dose, TODAY)
    assert offer is not None
    w = ctx.words.moves
    dialog = MoveQuestion(window, w.title(offer), w.question(offer), w.keep(offer),
                          w.move(offer))
    dialog.show()
    settle(fusion_app())
    grabbed(dialog, path)
    dialog.close()
    dialog.deleteLater()
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target):
        print(p)
