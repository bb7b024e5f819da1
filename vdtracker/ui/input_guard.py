"""What keys and clicks reach, for the whole window: Ctrl+Z and Ctrl+Shift+Z reach the window's
Undo and Redo unless the focused text box has typing of its own to undo (a box that only holds
the focus must not swallow the Undo of the dose just logged); a double-click answers a button
once (the rows move after the first click, and the second landed on the next row's Taken); a
stray Alt+letter types nothing into a text box ("1,500n200"); Enter on a button of the window
presses it, as Space does (Qt presses only a dialog's buttons with Enter; a dialog keeps its own
rule: Enter is its default button)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

UNDO, REDO = "undo", "redo"


def _which(event: QKeyEvent) -> str | None:
    if event.matches(QKeySequence.StandardKey.Undo):
        return UNDO
    pressed = QKeySequence(event.keyCombination())
    redo = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y"),
            QKeySequence("Ctrl+Shift+Z")]
    return REDO if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                       for k in redo) else None


def has_own(widget: QWidget | None, what: str) -> bool:
    """Whether the text box `widget` (or the one inside a number box or an editable list) has
    typing of its own to undo or redo."""
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        widget = widget.lineEdit()  # None for a list that is not editable: nothing to undo
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and (widget.isUndoAvailable() if what == UNDO
                                            else widget.isRedoAvailable())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        doc = widget.document()
        return not widget.isReadOnly() and (doc.isUndoAvailable() if what == UNDO
                                            else doc.isRedoAvailable())
    return False


TEXT_BOXES = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
# Option+letter types é, ß, @ on a Mac: there an Alt+letter is typing
ALT_TYPES = sys.platform == "darwin"


def stray_alt(event: QKeyEvent) -> bool:
    """An Alt+letter no shortcut took (it would have, before the box saw the key)."""
    mods = event.modifiers()
    return (bool(mods & Qt.KeyboardModifier.AltModifier)
            and not mods & (Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.MetaModifier)
            and event.text().isprintable() and bool(event.text()))


def enter_presses(button: QPushButton, event: QKeyEvent) -> bool:
    """Enter (or the keypad's) on a focused, enabled button of the window, not of a dialog
    (a dialog's Enter is its default button), and not one Qt already presses with Enter."""
    plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
        == Qt.KeyboardModifier.NoModifier
    return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain
            and button.hasFocus() and button.isEnabled() and not button.autoDefault()
            and not button.isDefault() and not isinstance(button.window(), QDialog))


class InputGuard(QObject):
    """Installed on the application by the main window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.burst = QElapsedTimer()  # since the last press of a double (triple…) click

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QAbstractButton) and self._more_of_a_burst(kind):
            return True  # a button has no double-click: its first click already answered
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(watched, TEXT_BOXES) and not ALT_TYPES and stray_alt(event):
            return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(watched, QPushButton) and enter_presses(watched, event):
            watched.animateClick()
            return True
        if kind != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        return self._undo_key(watched, event)

    def _more_of_a_burst(self, kind: QEvent.Type) -> bool:
        """The second click of a double-click (Qt's MouseButtonDblClick), and any click that
        follows it within the double-click time (a triple click): not answers of their own."""
        if kind == QEvent.Type.MouseButtonDblClick:
            self.burst.start()
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) \
                and self.burst.isValid() \
                and self.burst.elapsed() < QApplication.doubleClickInterval():
            if kind == QEvent.Type.MouseButtonPress:
                self.burst.start()
            return True
        return False

    def _undo_key(self, watched: QObject, event: QKeyEvent) -> bool:
        what = _which(event)
        if what is None or not isinstance(watched, QWidget):
            return False
        focused = QApplication.focusWidget()
        if isinstance(focused, TEXT_BOXES) and not has_own(focused, what):
            event.ignore()
            return True  # not the text box's: the window's Undo / Redo shortcut takes it
        return False
