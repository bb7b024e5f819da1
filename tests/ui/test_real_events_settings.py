"""The Settings page as a patient changes it: a profile chosen with the mouse in its list, the
display unit with the keyboard (Tab to the box, an arrow key), hide names by a click on the
box; each change is stored and said in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from real_event_kit import OFFSCREEN_MENU, click_check, pick_with_mouse
from tests_ui_helpers import activate, shown
from vdtracker.services import settings as opts
from vdtracker.ui.answers import same

pytestmark = OFFSCREEN_MENU  # a combo box's list is a popup


def told(window) -> str:
    return window.statusBar().currentMessage()


def test_a_profile_chosen_with_the_mouse_is_stored_said_and_named_by_the_flags(
        demo_window, demo_ctx, qtbot):
    page = shown(demo_window, "settings")
    box = page.boxes[opts.VITAMIN_D_PROFILE.key]
    iom = next(box.itemText(i) for i in range(box.count()) if "IOM" in box.itemText(i))
    pick_with_mouse(box, iom)
    assert demo_ctx.services.settings.get(opts.VITAMIN_D_PROFILE) == "iom2011"
    assert told(demo_window) == f"Saved: {iom}."
    labs = shown(demo_window, "labs")
    qtbot.waitUntil(lambda: "IOM" in labs.model.index(0, 5).data())


def test_the_unit_changed_with_the_keyboard_is_stored_and_said(window, ctx, qtbot):
    page = shown(window, "settings")
    activate(window)
    box = page.boxes[opts.VITAMIN_D_UNIT.key]
    for _ in range(12):  # Tab from the page to the unit box, as a keyboard user does
        if same(QApplication.focusWidget(), box):
            break
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert same(QApplication.focusWidget(), box), "Tab never reached the unit box"
    before = box.currentIndex()
    key, after = ((Qt.Key.Key_Down, before + 1) if before + 1 < box.count()
                  else (Qt.Key.Key_Up, before - 1))
    QTest.keyClick(box, key)
    wanted = box.itemText(after)
    assert ctx.services.settings.get(opts.VITAMIN_D_UNIT) == wanted  # a unit's title is the unit
    assert told(window) == f"Saved: {wanted}."


def test_hide_names_is_toggled_by_a_click_stored_and_said(window, ctx):
    page = shown(window, "settings")
    assert ctx.services.settings.get(opts.HIDE_NAMES) is False
    click_check(page.hide_names)
    assert page.hide_names.isChecked()
    assert ctx.services.settings.get(opts.HIDE_NAMES) is True
    assert told(window) == "Saved: notifications hide supplement names."
    click_check(page.hide_names)
    assert ctx.services.settings.get(opts.HIDE_NAMES) is False
    assert told(window) == "Saved: notifications show supplement names."
