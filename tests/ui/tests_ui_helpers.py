"""Small helpers for the UI tests: typing, clicking and answering dialogs the way a user does
(real mouse clicks and keys on shown widgets), each with a deadline instead of a hang."""

import time
from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from vdtracker.services.history import HistoryFilter

DEADLINE_S = 5.0  # a dialog that has not shown by then is a failure, not a hang
ARMED: list[dict] = []  # the dialog helpers of the running test (tests/ui/conftest.py checks)


class FakeClock:
    """The window's clock in the UI tests: it starts where the test says and the test moves
    it (midnight, a week on); the window must notice, as it must with the real one."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def move(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def set(self, now: datetime) -> None:
        self.now = now


def entries_of(ctx):
    f = HistoryFilter()
    return ctx.services.entries.page(f, 0, ctx.services.entries.count(f))


def type_into(qtbot, box, text):
    """Type into a number box as after tabbing to it (Tab selects its whole text); `box` may be
    a field that holds its spin box as `.spin`."""
    spin = getattr(box, "spin", box)
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def click(widget: QWidget) -> None:
    """A real left click in the middle of a shown widget."""
    QApplication.processEvents()  # a widget just put in a shown layout is shown by the loop
    assert widget.isVisible(), f"{widget.metaObject().className()} is not shown"
    assert widget.isEnabled(), f"{widget.metaObject().className()} is not enabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown(window, key: str):
    """The page `key`, shown as its Go menu shortcut (Ctrl+1…6) shows it."""
    from vdtracker.ui.main_window import PAGES

    QTest.keyClick(window, Qt.Key(Qt.Key.Key_1.value + PAGES.index(key)),
                   Qt.KeyboardModifier.ControlModifier)
    page = window.pages[key]
    assert page.isVisible(), f"Ctrl+{PAGES.index(key) + 1} did not show {key}"
    return page


def button(box: QWidget, text: str) -> QAbstractButton:
    """The shown button whose text (without its &) starts with `text`; fails when none."""
    QApplication.processEvents()  # a button just put in a shown layout is shown by the loop
    found = [b for b in box.findChildren(QAbstractButton)
             if b.isVisible() and b.text().replace("&", "").startswith(text)]
    assert found, (f"no button starting with {text!r} in {box.metaObject().className()}: "
                   f"{[b.text() for b in box.findChildren(QAbstractButton) if b.isVisible()]}")
    return found[0]


def role_button(box: QMessageBox, role: QMessageBox.ButtonRole) -> QAbstractButton:
    found = [b for b in box.buttons() if box.buttonRole(b) == role]
    assert found, f"no button of role {role} in {box.text()!r}"
    return found[0]


def press(box: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in the dialog (Enter, Escape, Alt+letter) as the user presses it."""
    QTest.keyClick(box, key, modifier)


def activate(widget: QWidget) -> None:
    """Give a shown window the keyboard, as a window manager does with a new dialog (offscreen
    Qt leaves the main window active, where an Alt+letter would go instead)."""
    from PySide6.QtGui import QGuiApplication

    from vdtracker.ui.answers import same

    until = time.monotonic() + 2
    while not (widget.isActiveWindow()
               and same(QGuiApplication.focusWindow(), widget.windowHandle())):
        assert time.monotonic() < until, "the window never got the keyboard"
        widget.windowHandle().requestActivate()
        QTest.qWait(20)


def is_kind(widget: QWidget | None, kind: type) -> bool:
    """Whether the modal shown is a `kind`, read from Qt's class name (a PySide wrapper handed
    back by activeModalWidget() may not be the Python object that was shown)."""
    if widget is None:
        return False
    return isinstance(widget, kind) or widget.metaObject().className() == kind.__name__


def when_shown(kind, act, deadline_s: float = DEADLINE_S):
    """Answer the next modal dialog of that kind with `act(dialog)`. If none shows before the
    deadline, or answering it fails, the test fails with a message; from then until the test
    ends, any dialog that shows is closed at once, so the test ends instead of hanging."""
    state = {"kind": kind.__name__, "done": False, "failed": None, "cancelled": False}
    ARMED.append(state)
    until = time.monotonic() + deadline_s

    def modal():
        box = QApplication.activeModalWidget()
        return box if box is not None and shiboken6.isValid(box) else None  # never a dead one

    def run():
        if state["cancelled"] or state["done"]:
            return
        box = modal()
        if state["failed"]:
            if isinstance(box, QDialog):
                box.reject()  # shown too late, or in its place: the test must not hang on it
        elif is_kind(box, kind):
            state["done"] = True
            try:
                activate(box)
                act(box)
            except BaseException as err:  # the test fails; the dialog must not stay up for ever
                state["failed"] = f"answering {kind.__name__} failed: {err!r}"
                state["done"] = False
                up = modal()
                if isinstance(up, QDialog):
                    up.reject()
                QTimer.singleShot(20, run)
                raise
            return
        elif time.monotonic() > until:
            shown = box.metaObject().className() if box is not None else "nothing"
            state["failed"] = f"no {kind.__name__} was shown within {deadline_s} s ({shown} was)"
            if isinstance(box, QDialog):
                box.reject()
        QTimer.singleShot(20, run)
    QTimer.singleShot(20, run)
    return state


def answer_typo_check(save, asked):
    """Answer the next typo question with a real click: 'Yes, save it' when `save`, else 'No,
    let me check'. Records (question, whether "No, let me check" was the default) in `asked`."""
    def act(box):
        no = role_button(box, QMessageBox.ButtonRole.NoRole)
        asked.append((box.text(), box.defaultButton().text() == no.text()))
        click(role_button(box, QMessageBox.ButtonRole.YesRole if save
                          else QMessageBox.ButtonRole.NoRole))
    return when_shown(QMessageBox, act)
