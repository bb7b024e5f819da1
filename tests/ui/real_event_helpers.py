"""More of the user's path for the UI tests: keys go where the keyboard focus is, clicks land on
a table's cell or on a link's words, and a double click is the press-release-press-double-click
a mouse sends (QTest.mouseDClick alone sends only the double click, which a table ignores)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
# a menu offscreen: the plugin says it cannot raise it or grab the keyboard (Qt's own words)
OFFSCREEN_MENU = pytest.mark.qt_log_ignore("This plugin does not support")
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
WIDE = (1280, 800)  # the window's first size on a screen with room for it


def opened(request: pytest.FixtureRequest, size: tuple[int, int] | None = None) -> QWidget:
    """The `window` fixture, opened over what the test stored first (as the app starts over a
    diary) and given the keyboard; `size`: as on a screen with room for that size."""
    from tests_ui_helpers import activate

    window = request.getfixturevalue("window")
    if size is not None:
        window.resize(*size)
    activate(window)
    return window


def row_buttons(page: QWidget, line: str) -> list[QWidget | None]:
    """Today's Edit and Delete beside the saved entry whose line starts with `line`."""
    logged = page.logged  # type: ignore[attr-defined]
    i = next(i for i, w in enumerate(logged.lines) if w.text().startswith(line))
    return [item.widget() if (item := logged.grid.itemAtPosition(i, c)) is not None else None
            for c in (1, 2)]


def focused() -> QWidget:
    """The widget the keyboard types into now: the focus widget, or the active window itself
    when no widget has the focus (a key then goes to the window, as Qt delivers it)."""
    QApplication.processEvents()
    if QApplication.activeWindow() is None:  # a dialog just closed: the window manager gives
        _window_manager_activates()            # the keyboard back to the main window
    w = QApplication.focusWidget() or QApplication.activeWindow()
    assert w is not None, "no window has the keyboard"
    return w


def _window_manager_activates() -> None:
    from PySide6.QtWidgets import QMainWindow

    from tests_ui_helpers import activate

    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMainWindow) and w.isVisible()]
    if len(shown) == 1:
        activate(shown[0])


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """One key pressed, where the focus is (shortcuts first, as Qt delivers it)."""
    QTest.keyClick(focused(), k, modifier)


def keys(text: str) -> None:
    """Text typed a character at a time, each where the focus is then."""
    for ch in text:
        QTest.keyClicks(focused(), ch)


def ctrl_s() -> None:
    key(Qt.Key.Key_S, CTRL)


def undo_key() -> None:
    key(Qt.Key.Key_Z, CTRL)


def redo_key(how: str = "Ctrl+Shift+Z") -> None:
    if how == "Ctrl+Y":
        key(Qt.Key.Key_Y, CTRL)
    else:
        key(Qt.Key.Key_Z, CTRL | SHIFT)


def type_over(box: QWidget, text: str) -> None:
    """What a box holds chosen with Ctrl+A and typed over, as after tabbing to it; `box` may be a
    date field (its text box is typed in)."""
    edit = box.lineEdit() if hasattr(box, "lineEdit") else box
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, CTRL)
    if text:
        QTest.keyClicks(edit, text)
    else:
        QTest.keyClick(edit, Qt.Key.Key_Backspace)


def choose(combo: QComboBox, text: str) -> None:
    """An item of a drop-down chosen with the keys, as after tabbing to it: its first letters
    typed (up to a space: on a drop-down that opens the list), then Down until it shows."""
    combo.setFocus()
    for ch in text:
        if combo.currentText() == text or ch == " ":
            break
        QTest.keyClicks(combo, ch)
    if combo.currentText() != text:
        QTest.keyClick(combo, Qt.Key.Key_Home)  # from the first item down
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"the keys chose {combo.currentText()!r}, not {text!r}"


@contextmanager
def asks_nothing() -> Iterator[list[str]]:
    """No dialog may open inside the block: one that does is closed (so the test ends instead
    of hanging) and the test fails, naming it."""
    asked: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            asked.append(f"{box.metaObject().className()}: {getattr(box, 'text', str)()}")
            if isinstance(box, QDialog):
                box.reject()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield asked
    finally:
        timer.stop()
    assert asked == [], f"a question was asked: {asked}"


def alt(letter: str, window: QWidget) -> None:
    """Alt+letter, as pressed with the window active (a mnemonic of a label or a button)."""
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key(ord(letter.upper())), ALT)


def from_menu(window: QWidget, menu_letter: str, item_letter: str) -> None:
    """A menu of the menu bar opened with Alt+its letter, then its item's underlined letter
    (offscreen, Qt warns that it cannot raise the menu: mark the test with OFFSCREEN_MENU)."""
    from tests_ui_helpers import activate

    activate(window)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key(ord(menu_letter.upper())), ALT)
    menu = QApplication.activePopupWidget()
    assert menu is not None, f"Alt+{menu_letter.upper()} opened no menu"
    QTest.keyClick(menu, Qt.Key(ord(item_letter.upper())))


def cell(view: QAbstractItemView, row: int, column: int) -> QPoint:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid() and view.viewport().rect().contains(rect.center()), \
        f"cell {row},{column} is not on screen"
    return rect.center()


def click_cell(view: QAbstractItemView, row: int, column: int = 0,
               modifier: Qt.KeyboardModifier = NONE) -> None:
    """A real left click on a table's cell (Ctrl: add the row to the selection)."""
    QApplication.processEvents()
    assert view.isVisible(), "the table is not shown"
    QTest.mouseClick(view.viewport(), LEFT, modifier, cell(view, row, column))


def double_click_cell(view: QAbstractItemView, row: int, column: int) -> None:
    """A double click as a mouse makes it: press, release, press + double click, release."""
    QApplication.processEvents()
    at = cell(view, row, column)
    QTest.mouseClick(view.viewport(), LEFT, NONE, at)
    QTest.mousePress(view.viewport(), LEFT, NONE, at)
    QTest.mouseDClick(view.viewport(), LEFT, NONE, at)
    QTest.mouseRelease(view.viewport(), LEFT, NONE, at)


def scrolled_to(widget: QWidget) -> None:
    """The page scrolled until `widget` is in sight, as a user scrolls it: up or down, and
    sideways only with a horizontal scroll bar on screen (a page without one cannot be)."""
    QApplication.processEvents()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            view = parent.viewport()
            at = widget.mapTo(view, QPoint(0, 0))
            for start, size, room, bar in (
                    (at.y(), widget.height(), view.height(), parent.verticalScrollBar()),
                    (at.x(), widget.width(), view.width(), parent.horizontalScrollBar())):
                if (start < 0 or start + size > room) and bar.isVisible():
                    bar.setValue(bar.value() + start - max(0, (room - size) // 2))
                    QApplication.processEvents()
        parent = parent.parentWidget()


def in_sight(widget: QWidget, at: QPoint | None = None) -> QPoint:
    """`at` (the middle by default) once scrolled into sight; fails when the window cuts it
    off (a click a user cannot make)."""
    scrolled_to(widget)
    point = widget.rect().center() if at is None else at
    assert widget.visibleRegion().contains(point), (
        f"{widget.metaObject().className()} {getattr(widget, 'text', lambda: '')()!r} is cut "
        f"off by the window: only {widget.visibleRegion().boundingRect()} of {widget.rect()} "
        "is on screen")
    return point


def click_seen(widget: QWidget) -> None:
    """A real left click on a shown, enabled widget a user can see (scrolled into sight)."""
    QApplication.processEvents()
    assert widget.isVisible(), f"{widget.metaObject().className()} is not shown"
    assert widget.isEnabled(), f"{widget.metaObject().className()} is not enabled"
    QTest.mouseClick(widget, LEFT, NONE, in_sight(widget))


def link_point(label: QLabel) -> QPoint:
    """Where the mouse turns into the pointing hand over a shown label's link, found as a user
    finds it: by moving the mouse over the words. The middle of the first such line."""
    QApplication.processEvents()
    assert label.isVisible(), "the label is not shown"
    scrolled_to(label)
    hand = Qt.CursorShape.PointingHandCursor
    for y in range(1, label.height(), 2):
        xs = []
        for x in range(1, label.width(), 2):
            QTest.mouseMove(label, QPoint(x, y))
            if label.cursor().shape() == hand:
                xs.append(x)
        if xs:
            QTest.mouseMove(label, QPoint(0, 0))
            return in_sight(label, QPoint((xs[0] + xs[-1]) // 2, y + 2))
    raise AssertionError(f"no link in {label.text()!r}: the pointer never became a hand")


def click_link(label: QLabel) -> None:
    """A real left click on the link's words in a rich-text label."""
    QTest.mouseClick(label, LEFT, NONE, link_point(label))
