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

from PySide6.QtCore import QLocale  # noqa: E402

from render_screens import fusion_app, styled  # noqa: E402
from vdtracker.app import compose  # noqa: E402
from vdtracker.services.demo import build_demo  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.context import Context  # noqa: E402
from vdtracker.ui.dialogs.supply_dialog import COUNT, SupplyDialog  # noqa: E402
from vdtracker.ui.main_window import MainWindow  # noqa: E402
from vdtracker.ui.translations import install_translators  # noqa: E402
from vdtracker.ui.window_words import window_wording  # noqa: E402

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
                    window.show_page("supplements")
                    page = window.page("supplements")
                    for _ in range(3):
                        app.processEvents()
                    page.ensureWidgetVisible(page.supplies)
                    app.processEvents()
                    tail = "" if variant == "light" else f"-{variant}"
                    path = out / f"supplies-{lang}-{width}{tail}.png"
                    window.grab().save(str(path))
                    written.append(path)
                    if variant == "light" and width == SIZES[0][0]:
                        views = ctx.services.supplies.status(TODAY)
                        dialog = SupplyDialog(window, ctx, COUNT, page.supplies.names(), views)
                        dialog.show()
                        app.processEvents()
                        path = out / f"supplies-dialog-{lang}.png"
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
