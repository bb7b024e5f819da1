"""Number boxes that show what they hold: a keystroke Qt refuses is said out loud, an emptied
box holds nothing (never the number it showed before), and a stray Alt+letter is no typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from ...wording import arg

_NOT_TYPING = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
               | Qt.KeyboardModifier.MetaModifier)


def typed_text(event: QKeyEvent) -> bool:
    """A key that types a character into a box (not a shortcut, not a mnemonic's Alt+letter)."""
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & _NOT_TYPING


class CountBox(QSpinBox):
    """Whole numbers from 0 ("none", its special text) up: emptied, it is 0 again."""

    refused = Signal(str)  # the text Qt would not take, from a keystroke of the user's

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.typing = False

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        answer = super().validate(text, pos)
        if answer[0] == QValidator.State.Invalid and self.typing:
            self.refused.emit(text)
        return answer

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.value() == self.minimum() and event.text()[:1].isdigit():
            self.selectAll()  # the first digit replaces "none" wherever the cursor is
        self.typing = typed_text(event)
        try:
            super().keyPressEvent(event)
        finally:
            self.typing = False


class CountField(QWidget):
    """A count box with the line beside it that says what it takes when a digit is refused
    ("300" where 200 is the most: the box keeps "30", and Save waits until it is corrected)."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None, most: int, none_text: str,
                 suffix: str = "") -> None:
        super().__init__(parent)
        self.spin = CountBox(self)
        self.spin.setRange(0, most)
        self.spin.setSpecialValueText(none_text)
        self.spin.setSuffix(suffix)
        self.spin.setAccessibleName(name)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #c0392b;")
        self.hint.hide()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.spin)  # its natural width, as a number box has in a form
        lay.addWidget(self.hint)
        lay.addStretch(1)
        self.setFocusProxy(self.spin)
        self.setFocusPolicy(self.spin.focusPolicy())  # a label's Alt+letter reaches the box
        self.spin.valueChanged.connect(self.changed)
        self.spin.refused.connect(self._refused)
        self.spin.lineEdit().textEdited.connect(self._edited)

    def takes(self) -> str:
        return arg(self.tr("0 to %1"), self.spin.locale().toString(self.spin.maximum()))

    def _refused(self, _text: str) -> None:
        self.hint.setText(self.takes())
        if self.hint.isHidden():
            self.hint.show()
            self.changed.emit()

    def _edited(self) -> None:
        if not self.spin.cleanText().strip():
            self.spin.setValue(0)  # emptied: "none" on screen, and 0 underneath
            self.spin.selectAll()
        if not self.hint.isHidden():
            self.hint.hide()
            self.changed.emit()

    def problem(self) -> str | None:
        """What was typed and refused: the box still shows what it kept before."""
        return None if self.hint.isHidden() else self.hint.text()

    def value(self) -> int:
        return int(self.spin.value())

    def setValue(self, value: int) -> None:  # QSpinBox's name, as the form's callers use it
        self.hint.hide()
        self.spin.setValue(value)

    def setStyleSheet(self, sheet: str) -> None:  # a refusal marks the box itself
        self.spin.setStyleSheet(sheet)
