"""`make screenshots`: every page on the demo history, light and dark, and at 200 % text size."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory  # noqa: E402

from vdtracker.app import compose  # noqa: E402
from vdtracker.services.demo import build_demo  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.context import Context  # noqa: E402
from vdtracker.ui.main_window import PAGES, MainWindow  # noqa: E402

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
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    light, font = app.palette(), app.font()
    db = Database.open(tempfile.mkdtemp(prefix="vdtracker-shots-"))
    build_demo(db, TODAY)
    written = []
    clock = datetime.combine(TODAY, time(10, 0))  # the dose times shown stay the same
    for variant in ("light", "dark", "200pct"):
        app.setPalette(dark_palette() if variant == "dark" else light)
        big = app.font()
        big.setPointSizeF(font.pointSizeF() * (2 if variant == "200pct" else 1))
        app.setFont(big)
        window = MainWindow(Context(compose(db), now=lambda: clock, demo=True))
        window.resize(1280, 800)
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
        app.setFont(font)
    db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target):
        print(p)
