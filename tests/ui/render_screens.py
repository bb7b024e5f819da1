"""`make screenshots`: every page on the demo history, light and dark, and at 200 % text size."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtGui import QColor, QFont, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget  # noqa: E402

from vdtracker.app import compose  # noqa: E402
from vdtracker.services.demo import build_demo  # noqa: E402
from vdtracker.services.labs import LabInput  # noqa: E402
from vdtracker.services.regimens import RegimenInput  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.context import Context  # noqa: E402
from vdtracker.ui.main_window import PAGES, MainWindow  # noqa: E402
from vdtracker.ui.translations import install_translators  # noqa: E402
from vdtracker.ui.window_words import window_wording  # noqa: E402

TODAY = date(2026, 11, 23)


def dark_palette() -> QPalette:
    p = QPalette()
    cr = QPalette.ColorRole
    roles = {cr.Window: "#202124", cr.WindowText: "#e8eaed",
             cr.Base: "#17181a", cr.AlternateBase: "#26282b",
             cr.Text: "#e8eaed", cr.Button: "#2d2f33",
             cr.ButtonText: "#e8eaed", cr.Highlight: "#3d7bd9",
             cr.HighlightedText: "#ffffff", cr.ToolTipBase: "#2d2f33",
             cr.ToolTipText: "#e8eaed", cr.PlaceholderText: "#9aa0a6"}
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777"))
    return p


def render(out: Path) -> list[Path]:
    """<page>-<variant>.png: light and dark at 1280×800, small at 1024×640, and 200 % text."""
    app = fusion_app()
    db = Database.open(tempfile.mkdtemp(prefix="vdtracker-shots-"))
    build_demo(db, TODAY)
    written = []
    clock = datetime.combine(TODAY, time(10, 0))  # the dose times shown stay the same
    for variant in styled(app, ("light", "dark", "small", "200pct")):
        window = MainWindow(Context(compose(db), now=lambda: clock, demo=True))
        window.resize(*((1024, 640) if variant == "small" else (1280, 800)))
        window.show()
        for key in PAGES:
            window.show_page(key)
            for _ in range(3):
                app.processEvents()
            path = out / f"{key}-{variant}.png"
            window.grab().save(str(path))
            written.append(path)
            if key == "trends":  # the same chart over the whole history
                window.page(key).show_range(None, "All")
                app.processEvents()
                path = out / f"trends-all-{variant}.png"
                window.grab().save(str(path))
                written.append(path)
        window.close()
        window.deleteLater()
    db.close()
    return written


def fusion_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    return app


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


@contextmanager
def speaking(app: QApplication, name: str) -> Iterator[QLocale]:
    """The app in one language (`name`, e.g. de_DE): its locale the default and its catalogues
    installed (English too: its plural forms), both put back after."""
    old, locale = QLocale(), QLocale(name)
    QLocale.setDefault(locale)
    translators = install_translators(app, locale)
    try:
        yield locale
    finally:
        for t in translators:
            app.removeTranslator(t)
        QLocale.setDefault(old)


@contextmanager
def window_on(app: QApplication, db: Database, locale: QLocale, size: tuple[int, int],
              now: datetime) -> Iterator[MainWindow]:
    """The main window over `db`, in `locale`, at `size`, its clock stopped at `now`: shown and
    settled, and closed after without asking about anything typed."""
    window = MainWindow(Context(compose(db), now=lambda: now, words=window_wording(locale)))
    window.resize(*size)
    window.show()
    settle(app)
    try:
        yield window
    finally:
        window.quitting = True
        window.close()
        window.deleteLater()
        settle(app)


def grabbed(widget: QWidget, path: Path) -> Path:
    """The widget drawn to `path` (PNG)."""
    widget.grab().save(str(path))
    return path


def styled(app: QApplication, variants: tuple[str, ...]) -> Iterator[str]:
    """Each variant in turn with its palette and text size set (light, dark, 200pct, small);
    the app's own palette and font are put back after each."""
    light, font = app.palette(), app.font()
    for variant in variants:
        app.setPalette(dark_palette() if variant == "dark" else light)
        big = QFont(font)
        big.setPointSizeF(font.pointSizeF() * (2 if variant == "200pct" else 1))
        app.setFont(big)
        yield variant
        app.setPalette(light)
        app.setFont(font)


def alerts_of_every_severity(db: Database) -> None:
    """Today's banner with an urgent, two warnings (one answerable per date, one with "no
    maintenance") and an info row, to look at severity marks, tints and answer buttons."""
    svc = compose(db)
    svc.labs.add(LabInput("calcium", "2.80", "mmol/L", TODAY - timedelta(days=2), low=2.15,
                          high=2.62), today=TODAY)
    svc.regimens.add(RegimenInput("Vitamin D3", 50000, "IU", TODAY - timedelta(weeks=14),
                                  every_days=7, weeks=8, phase="loading"))
    start = TODAY - timedelta(days=10)
    svc.regimens.add(RegimenInput("Vitamin B12", 1000, "mcg", start, every_days=1))
    for i in range(7):
        svc.doses.record(supplement="Vitamin B12", day=start + timedelta(days=i),
                                 today=TODAY)
    svc.labs.set_recheck(TODAY + timedelta(days=5), today=TODAY - timedelta(days=60))


def render_alerts(out: Path) -> list[Path]:
    """today-alerts-<variant>.png at 1280×800 and 1024×640, light, dark and 200 %."""
    app = fusion_app()
    db = Database.open(tempfile.mkdtemp(prefix="vdtracker-alerts-"))
    alerts_of_every_severity(db)
    written = []
    clock = datetime.combine(TODAY, time(10, 0))
    for variant in styled(app, ("light", "dark", "small", "200pct")):
        window = MainWindow(Context(compose(db), now=lambda: clock))
        window.resize(*((1024, 640) if variant == "small" else (1280, 800)))
        window.show()
        for _ in range(3):
            app.processEvents()
        path = out / f"today-alerts-{variant}.png"
        window.grab().save(str(path))
        written.append(path)
        window.close()
        window.deleteLater()
    db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target) + render_alerts(target):
        print(p)
