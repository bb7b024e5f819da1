"""'Taken on…': the day (and, if remembered, the time) a missed dose was taken."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from ..locale_numbers import date_box
from ..widgets.dates import pydate, qdate


class TakenOnDialog(QDialog):
    """Defaults to the due date with no time; never a day after today."""

    def __init__(self, parent: QWidget | None, question: str, due: date, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Taken on…"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)
        lay = QFormLayout(self)
        text = QLabel(question, self)
        text.setWordWrap(True)
        lay.addRow(text)
        self.day = date_box(self, due, today=lambda: today)
        self.day.setMaximumDate(qdate(today))
        self.day.setAccessibleName(self.tr("Day the dose was taken"))
        lay.addRow(self.tr("&Day"), self.day)
        self.timed = QCheckBox(self.tr("I remember the &time"), self)
        self.at = QTimeEdit(QTime(8, 0), self)
        self.at.setDisplayFormat("HH:mm")
        self.at.setEnabled(False)
        self.at.setAccessibleName(self.tr("Time the dose was taken"))
        self.timed.toggled.connect(self.at.setEnabled)
        lay.addRow(self.timed, self.at)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addRow(buttons)

    def accept(self) -> None:
        """Save only with a date that reads: the box says why beside it otherwise."""
        if self.day.unread():
            self.day.setFocus()
            return
        super().accept()

    def answer(self) -> tuple[date, time | None]:
        t = self.at.time()
        return pydate(self.day.date()), (time(t.hour(), t.minute()) if self.timed.isChecked()
                                         else None)
