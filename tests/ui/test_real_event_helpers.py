"""The real-event helpers do what they say: a menu opened by keys is the one underlined, and
one opened by clicks runs the action clicked."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from real_event_kit import OFFSCREEN_MENU, by_clicks, by_keys, plain, popup
from tests_ui_helpers import when_shown

pytestmark = OFFSCREEN_MENU


def test_a_menu_opened_by_keys_is_the_one_underlined(window):
    by_keys(window, "f")
    titles = [plain(a.text()) for a in popup().actions()]
    assert titles[0] == "Export schedules to your calendar (.ics)…"
    QTest.keyClick(popup(), Qt.Key.Key_Escape)
    QTest.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None


def test_a_menu_opened_by_clicks_runs_the_action_clicked(window, qtbot):
    from vdtracker.ui.dialogs.about import AboutDialog

    seen = []
    when_shown(AboutDialog, lambda d: (seen.append(d.windowTitle()),
                                      QTest.keyClick(d, Qt.Key.Key_Escape)))
    by_clicks(window, "Help", "About VD Tracker")
    assert seen and not QApplication.activeModalWidget()
