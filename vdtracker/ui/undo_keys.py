"""Ctrl+Z and Ctrl+Shift+Z reach the window's Undo and Redo unless the text box that has the
keyboard has typing of its own to undo: a box that only holds the focus (after a button put it
there) must not swallow the patient's Undo of the dose just logged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
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


class UndoKeys(QObject):
    """Installed on the application: a text box with nothing of its own to undo does not claim
    the key (its ShortcutOverride is left unaccepted), so the window's action gets it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        what = _which(event)
        if what is None or not isinstance(watched, QWidget):
            return False
        focused = QApplication.focusWidget()
        boxes = QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox | QComboBox
        if isinstance(focused, boxes) and not has_own(focused, what):
            event.ignore()
            return True  # not the text box's: the window's Undo / Redo shortcut takes it
        return False
