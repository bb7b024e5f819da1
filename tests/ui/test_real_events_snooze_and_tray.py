"""Snooze on a due dose of Today and the tray's menu, as a patient uses them: the Snooze button
clicked and "1 hour" clicked in its menu; the tray's menu (built as launch builds it) clicked in
to open the window again, and Quit asking about what is typed and not saved."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from builders import add_schedule
from conftest import NOW, TODAY
from real_event_kit import OFFSCREEN_MENU, click_in_menu, popup, when_popup
from tests_ui_helpers import click, role_button, shown, when_shown
from vdtracker.services import settings as opts
from vdtracker.ui.reminders.tray import make_tray

pytestmark = OFFSCREEN_MENU

NOTE = "left calf, after the walk"


def daily_dose(ctx) -> int:
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=TODAY, phase="maintenance", remind_at=time(8, 0))
    [regimen] = ctx.services.regimens.list(TODAY)
    return regimen.id


def test_snooze_one_hour_from_the_dose_row(request, ctx, clock, qtbot):
    regimen_id = daily_dose(ctx)  # due at 08:00; the clock says 10:00: it is open
    window = request.getfixturevalue("window")
    today = shown(window, "today")
    taken, _, _ = today.doses.buttons[regimen_id]
    grid = today.doses.grid
    row = grid.getItemPosition(grid.indexOf(taken))[0]
    snooze = grid.itemAtPosition(row, 3).widget()
    label = grid.itemAtPosition(row, 0).widget()
    assert snooze.text() == "Snooze" and "snoozed" not in label.text()
    offered = []

    def one_hour(menu) -> None:
        offered.extend(a.text() for a in menu.actions())
        click_in_menu(menu, "1 hour")

    when_popup(one_hour)
    click(snooze)  # a push button's menu: it opens just after the press
    until = NOW + timedelta(hours=1)  # 10:00 + 1 hour
    qtbot.waitUntil(lambda: (regimen_id, TODAY) in ctx.reminders.snoozed)
    assert offered == ["15 minutes", "1 hour", "Tonight"]
    assert ctx.reminders.snoozed == {(regimen_id, TODAY): until}
    qtbot.waitUntil(lambda: "reminder snoozed until" in today.doses.grid.itemAtPosition(
        row, 0).widget().text())
    said = today.doses.grid.itemAtPosition(row, 0).widget().text()
    assert said.endswith(f"reminder snoozed until {until:%H}:{until:%M}")
    assert f"{until:%H:%M}" == "11:00"


# offscreen Qt, told there is a tray, finds none of the platform's tray signals (and, as for
# every menu offscreen, cannot raise it or grab the keyboard)
NO_PLATFORM_TRAY = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    "This plugin does not support")


@pytest.fixture
def tray(window, monkeypatch):
    """The tray as launch makes it (offscreen Qt has no system tray: it is said to be there)."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    made = make_tray(window, window.quit_app)
    assert made is not None
    window.tray = made
    yield made
    made.hide()
    window.tray = None


def open_tray_menu(tray) -> None:
    """The tray's menu, shown near the top right corner, where a panel's tray would show it."""
    menu = tray.contextMenu()
    room = menu.screen().availableGeometry()
    menu.popup(QPoint(room.right() - 300, room.top() + 40))
    QTest.qWaitForWindowExposed(menu)
    assert popup().isVisible()


@NO_PLATFORM_TRAY
def test_closing_hides_the_window_and_the_tray_opens_it_again(window, ctx, tray, qtbot):
    window.windowHandle().close()  # the window manager's close button
    assert not window.isVisible() and not window.quitting
    assert ctx.services.settings.get(opts.TRAY_TOLD) is True  # said once, from the tray
    open_tray_menu(tray)
    titles = [a.text() for a in tray.contextMenu().actions() if a.text()]
    assert titles == ["Open VD Tracker", "Quit (no reminders until you start it again)"]
    click_in_menu(tray.contextMenu(), "Open VD Tracker")
    qtbot.waitUntil(window.isVisible)
    assert not tray.contextMenu().isVisible()


@NO_PLATFORM_TRAY
def test_quit_in_the_tray_asks_about_what_is_typed(window, ctx, tray, qtbot):
    today = shown(window, "today")
    qtbot.keyClicks(today.form.note, NOTE)
    window.windowHandle().close()
    assert not window.isVisible()
    asked = []

    def stay(box: QMessageBox) -> None:
        asked.append((box.text(), window.isVisible()))
        click(role_button(box, QMessageBox.ButtonRole.RejectRole))  # Cancel: back to it

    when_shown(QMessageBox, stay)
    open_tray_menu(tray)
    click_in_menu(tray.contextMenu(), "Quit")
    day = f"{TODAY:%a} {TODAY.day} {TODAY:%b %Y}"  # Mon 23 Nov 2026
    assert asked == [(f"The entry typed on Today for {day} is not saved yet.", True)]
    assert window.isVisible() and not window.quitting  # the window is shown with the typing
    assert today.form.note.text() == NOTE

    def discard(box: QMessageBox) -> None:
        click(role_button(box, QMessageBox.ButtonRole.DestructiveRole))  # Discard

    when_shown(QMessageBox, discard)
    open_tray_menu(tray)
    click_in_menu(tray.contextMenu(), "Quit")
    assert window.quitting  # it went ahead: the app quits
    assert QApplication.activeModalWidget() is None
