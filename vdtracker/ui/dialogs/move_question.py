"""'Keep Sundays, or move the rest to Wednesdays?' asked once after a late weekly dose; Keep is
the default (Enter, Escape and closing the dialog all keep the schedule as it is)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class MoveQuestion(QDialog):
    """Accepted: move the rest of the schedule; rejected (the default): keep it."""

    def __init__(self, parent: QWidget | None, title: str, question: str, keep: str,
                 move: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        sentence = QLabel(question, self)
        sentence.setWordWrap(True)
        sentence.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        outer.addWidget(sentence)
        buttons = QDialogButtonBox(self)
        self.keep = buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        self.move_rest = buttons.addButton(move, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep.setDefault(True)  # Enter keeps, as Escape does
        self.keep.setAutoDefault(True)
        self.move_rest.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.keep.setFocus()
