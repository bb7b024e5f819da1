"""More of the user's path for the UI tests (kept here, beside tests_ui_helpers): menus opened
with Alt+letter or a click on the menu bar, Qt's own file dialog typed into, popup menus (a tool
button's, the tray's) clicked in, list rows and check boxes clicked where a user clicks them
(tested in test_real_event_helpers.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QListWidget,
    QMenu,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from tests_ui_helpers import ARMED, DEADLINE_S, activate, when_shown

ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton
# a menu offscreen: the plugin says it cannot raise the menu or grab the keyboard (Qt's words)
OFFSCREEN_MENU = pytest.mark.qt_log_ignore("This plugin does not support")
pytestmark = OFFSCREEN_MENU


def plain(text: str) -> str:
    """A menu or button text as read on the screen (no & marks)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_of(letter: str) -> Qt.Key:
    return getattr(Qt.Key, f"Key_{letter.upper()}")


def popup() -> QMenu:
    """The menu open now (a menu bar's, a submenu, a tool button's)."""
    QApplication.processEvents()
    shown = QApplication.activePopupWidget()
    assert shown is not None, "no menu is open"
    assert isinstance(shown, QMenu) or shown.metaObject().className() == "QMenu", \
        f"a {shown.metaObject().className()} is open, not a menu"
    return shown


def by_keys(window: QWidget, *letters: str) -> None:
    """Alt+the first letter opens a menu of the menu bar, each next letter the item it underlines
    (a submenu opens, an action is triggered: a dialog it opens is answered by when_shown)."""
    activate(window)
    QTest.keyClick(window, key_of(letters[0]), ALT)
    for letter in letters[1:]:
        QTest.keyClick(popup(), key_of(letter))


def action_named(menu: QMenu, text: str):
    found = [a for a in menu.actions() if plain(a.text()).startswith(text)]
    assert found, f"no {text!r} in the menu: {[plain(a.text()) for a in menu.actions()]}"
    assert found[0].isVisible() and found[0].isEnabled(), f"{text!r} is not enabled"
    return found[0]


def click_in_menu(menu: QMenu, text: str) -> None:
    """A real click on the item `text` of a shown menu (a submenu opens, an action runs)."""
    QApplication.processEvents()
    assert menu.isVisible(), "the menu is not shown"
    where = menu.actionGeometry(action_named(menu, text)).center()
    # the pointer travels to the item, as a hand moves it (QMenu ignores a release where the
    # pointer has not moved since the menu opened: the end of the click that opened it)
    for step in range(1, 9):
        QTest.mouseMove(menu, QPoint(where.x() * step // 8, where.y() * step // 8))
    QTest.mouseClick(menu, LEFT, Qt.KeyboardModifier.NoModifier, where)


def by_clicks(window: QWidget, *path: str) -> None:
    """A click on the menu bar's `path[0]`, then on each item in the menu that opens."""
    activate(window)
    bar = window.menuBar()
    title = next((a for a in bar.actions() if plain(a.text()) == path[0]), None)
    assert title is not None, f"no {path[0]!r} in the menu bar"
    QTest.mouseClick(bar, LEFT, Qt.KeyboardModifier.NoModifier,
                     bar.actionGeometry(title).center())
    for text in path[1:]:
        click_in_menu(popup(), text)


def type_path(path: Path | str):
    """For when_shown(QFileDialog, …): the name typed into Qt's own file dialog (its file name
    box has the keyboard when it opens), then Enter."""
    def act(d: QFileDialog) -> None:
        edit = QApplication.focusWidget()
        assert edit is not None and edit.objectName() == "fileNameEdit", \
            f"the file name box does not have the keyboard ({edit!r} has)"
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, str(path))
        QTest.keyClick(edit, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert not d.isVisible(), f"Enter did not take {str(path)!r}"
    return act


def file_typed(path: Path | str):
    return when_shown(QFileDialog, type_path(path))


def when_popup(act, deadline_s: float = DEADLINE_S):
    """Answer the next popup menu (QToolButton's instant menu runs it in a nested loop) with
    `act(menu)`; fails the test (and closes what is open) after the deadline."""
    state = {"kind": "QMenu", "done": False, "failed": None, "cancelled": False}
    ARMED.append(state)
    until = time.monotonic() + deadline_s

    def run():
        if state["cancelled"]:
            return
        shown = QApplication.activePopupWidget()
        if shown is not None and shown.metaObject().className() == "QMenu" \
                and shown.isVisible():
            state["done"] = True
            try:
                act(shown)
            except BaseException as err:
                state["failed"], state["done"] = f"answering the menu failed: {err!r}", False
                shown.close()
                raise
            return
        if time.monotonic() > until:
            state["failed"] = f"no menu was shown within {deadline_s} s"
            if shown is not None:
                shown.close()
            return
        QTimer.singleShot(20, run)
    QTimer.singleShot(20, run)
    return state


def click_row(view: QListWidget, row: int) -> None:
    """A real click on a row of a shown list."""
    QApplication.processEvents()
    assert view.isVisible(), "the list is not shown"
    rect = view.visualItemRect(view.item(row))
    assert view.viewport().rect().contains(rect.center()), f"row {row} is out of view"
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, rect.center())


def click_check(box: QCheckBox) -> None:
    """A real click on a check box's square (a wide row's middle may be empty space)."""
    QApplication.processEvents()
    assert box.isVisible() and box.isEnabled(), "the check box is not shown and enabled"
    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    QTest.mouseClick(box, LEFT, Qt.KeyboardModifier.NoModifier, square.center())


def type_over(box: QWidget, text: str) -> None:
    """A click in the box (a line or a text edit), Ctrl+A over what is there, then `text` typed
    (nothing typed: Backspace empties it). A new line in `text` is the Return key."""
    target = box.viewport() if isinstance(box, QAbstractScrollArea) else box
    QApplication.processEvents()
    assert box.isVisible() and box.isEnabled(), "the box is not shown and enabled"
    QTest.mouseClick(target, LEFT)
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if not text:
        QTest.keyClick(box, Qt.Key.Key_Backspace)
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            QTest.keyClick(box, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(box, line)


def choose_by_keys(combo: QComboBox, text: str) -> None:
    """A click on the box opens its list; the arrow keys go to the entry that starts with
    `text`, Enter takes it."""
    QApplication.processEvents()
    rows = [combo.itemText(i) for i in range(combo.count())]
    row = next((i for i, t in enumerate(rows) if t.startswith(text)), None)
    assert row is not None, f"no {text!r} in {rows}"
    active = combo.window().isActiveWindow()
    QTest.mouseClick(combo, LEFT)
    view = combo.view()
    assert wait_for(view.isVisible), "clicking the box did not open its list"
    here = view.currentIndex().row()
    for _ in range(abs(row - here)):
        QTest.keyClick(view, Qt.Key.Key_Down if row > here else Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert wait_for(lambda: not view.isVisible()), "Enter in the list did not close it"
    back_from_popup(combo, active)
    assert combo.currentIndex() == row, f"{rows[row]!r} was not taken ({combo.currentText()!r})"


def wait_for(condition, ms: int = 2000) -> bool:
    until = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < until:
        QTest.qWait(10)
    return bool(condition())


def pick_with_mouse(combo: QComboBox, text: str) -> None:
    """Click the box: its list opens; click the entry that starts with `text`."""
    QApplication.processEvents()
    assert combo.isVisible() and combo.isEnabled(), "the box is not shown and enabled"
    active = combo.window().isActiveWindow()
    QTest.mouseClick(combo, LEFT)
    view = combo.view()
    assert wait_for(view.isVisible), "clicking the box did not open its list"
    rows = [combo.itemText(i) for i in range(combo.count())]
    row = next((i for i, t in enumerate(rows) if t.startswith(text)), None)
    assert row is not None, f"no {text!r} in {rows}"
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    # a user's second click comes later than a double click would (Qt ignores a release that
    # soon after the click that opened the list)
    QTest.qWait(QApplication.doubleClickInterval() + 50)
    QTest.mouseMove(view.viewport(), rect.center())
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, rect.center())
    assert wait_for(lambda: not view.isVisible()), "the click in the list did not close it"
    back_from_popup(combo, active)


def back_from_popup(widget: QWidget, was_active: bool) -> None:
    """The window the list opened from has the keyboard again once it closes, as a window
    manager gives it back (offscreen Qt may leave no window active after a popup)."""
    if not was_active:
        return
    for _ in range(3):  # the platform's late news of the closed popup can take it away again
        QTest.qWait(30)
        activate(widget.window())
