"""A small dialog about one day: a sentence, the day's field, the rows a dialog adds, and
Save / Cancel. It saves only with a date that reads (the field says why beside it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..locale_numbers import date_box
from ..widgets.dates import qdate


class DayDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, day: date, today: date,
                 width_em: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        sentence = QLabel(text, self)
        sentence.setWordWrap(True)
        # the width is the sentence's, not the dialog's: the dialog (its minimum left to the
        # layout) then grows with a line said beside a field instead of cutting it
        sentence.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * width_em)
        outer.addWidget(sentence)  # above the form: a wrapped sentence keeps its height
        self.form = QFormLayout()
        # a field goes under its label where both do not fit (200 % text, a line said beside
        # a field): the label is never cut
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        self.day = date_box(self, day, today=lambda: today)
        self.day.setMaximumDate(qdate(today))  # nothing happens after today

    def add_buttons(self) -> None:
        """Save / Cancel below the rows the dialog added."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def accept(self) -> None:
        if self.day.unread():
            self.day.setFocus()
            return
        super().accept()
