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

from PySide6.QtCore import QLocale  # noqa: E402

from render_screens import fusion_app, styled  # noqa: E402
from vdtracker.app import compose  # noqa: E402
from vdtracker.services.regimens import RegimenInput  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.context import Context  # noqa: E402
from vdtracker.ui.dialogs.move_question import MoveQuestion  # noqa: E402
from vdtracker.ui.main_window import MainWindow  # noqa: E402
from vdtracker.ui.translations import install_translators  # noqa: E402
from vdtracker.ui.window_words import window_wording  # noqa: E402

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
        svc.regimens.record_dose(supplement="Vitamin D3", day=day, today=day, at=time(9, 0))
    svc.regimens.record_dose(supplement="Vitamin D3", day=TODAY, today=TODAY, at=time(9, 30))


def render(out: Path) -> list[Path]:
    app = fusion_app()
    db = Database.open(tempfile.mkdtemp(prefix="vdtracker-move-"))
    diary(db)
    clock = datetime.combine(TODAY, time(10, 0))
    written = []
    old = QLocale()
    for lang, name in LOCALES.items():
        locale = QLocale(name)
        QLocale.setDefault(locale)
        translators = install_translators(app, locale)
        try:
            for variant in styled(app, ("light", "dark")):
                for width, height in SIZES:
                    ctx = Context(compose(db), now=lambda: clock, words=window_wording(locale))
                    window = MainWindow(ctx)
                    window.resize(width, height)
                    window.show()
                    for _ in range(3):
                        app.processEvents()
                    tail = "" if variant == "light" else f"-{variant}"
                    for page in ("today", "supplements"):
                        window.show_page(page)
                        app.processEvents()
                        path = out / f"move-{page}-{lang}-{width}{tail}.png"
                        window.grab().save(str(path))
                        written.append(path)
                    if width == SIZES[0][0]:
                        dose = ctx.services.regimens.doses(TODAY)[-1].id
                        offer = ctx.services.regimens.move_offer(dose, TODAY)
                        assert offer is not None
                        w = ctx.words.moves
                        dialog = MoveQuestion(window, w.title(offer), w.question(offer),
                                              w.keep(offer), w.move(offer))
                        dialog.show()
                        app.processEvents()
                        path = out / f"move-question-{lang}{tail}.png"
                        dialog.grab().save(str(path))
                        written.append(path)
                        dialog.close()
                        dialog.deleteLater()
                    window.quitting = True
                    window.close()
                    window.deleteLater()
                    app.processEvents()
        finally:
            for t in translators:
                app.removeTranslator(t)
            QLocale.setDefault(old)
    db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target):
        print(p)
