"""Help ▸ About tells what a patient (or whoever helps them) needs: the version, where the data
and the log are, the database engine, and the libraries with their licences."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from real_event_kit import OFFSCREEN_MENU, by_clicks, plain, popup
from tests_ui_helpers import activate, press, when_shown
from vdtracker import __version__
from vdtracker.ui.dialogs.about import AboutDialog

pytestmark = OFFSCREEN_MENU


def test_about_names_the_version_the_folder_the_engine_and_the_licences(qtbot, window, ctx,
                                                                       shots):
    seen = {}

    def look(d: AboutDialog) -> None:
        d.grab().save(str(shots / "about.png"))
        seen["facts"] = dict(d.facts)
        seen["libraries"] = {d.libraries.item(r, 0).text(): d.libraries.item(r, 2).text()
                             for r in range(d.libraries.rowCount())}
        press(d, Qt.Key.Key_Escape)

    when_shown(AboutDialog, look)
    by_clicks(window, "Help", "About VD Tracker")
    facts = seen["facts"]
    assert facts["version"] == __version__
    assert facts["folder"] == ctx.services.db.where
    assert facts["engine"] == f"SQLite {sqlite3.sqlite_version}"
    libs = {name.lower().replace("_", "-"): lic for name, lic in seen["libraries"].items()}
    assert "LGPL-3.0" in libs["pyside6-essentials"] and libs["sqlalchemy"] == "MIT"
    assert {"alembic", "platformdirs", "pyqtgraph", "icalendar"} <= set(libs)
    assert not {"pytest", "mypy", "ruff"} & set(libs)  # the test tools are not shipped


def test_help_is_reached_with_alt_then_the_arrow_keys(window):
    """Help has no Alt letter: Alt alone puts the keyboard in the menu bar, Left goes round
    to Help, Down opens it (Keyboard shortcuts first), Down again and Enter open About;
    Escape closes it."""
    seen = []
    when_shown(AboutDialog, lambda d: (seen.append(d.windowTitle()),
                                      press(d, Qt.Key.Key_Escape)))
    activate(window)
    QTest.keyPress(window, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    QTest.keyRelease(window, Qt.Key.Key_Alt)
    bar = window.menuBar()
    QTest.keyClick(bar, Qt.Key.Key_Left)
    QTest.keyClick(bar, Qt.Key.Key_Down)
    assert [plain(a.text()) for a in popup().actions()] == ["Keyboard shortcuts",
                                                            "About VD Tracker"]
    QTest.keyClick(popup(), Qt.Key.Key_Down)
    QTest.keyClick(popup(), Qt.Key.Key_Return)
    assert seen and QApplication.activeModalWidget() is None


def test_f10_puts_the_keyboard_in_the_menu_bar(window):
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_F10)
    assert window.menuBar().activeAction() is not None
