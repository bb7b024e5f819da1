"""'Taken on…': the day (and, if remembered, the time) a missed dose was taken."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QTimeEdit, QWidget

from ..widgets.dates import pydate
from .day_dialog import DayDialog


class TakenOnDialog(DayDialog):
    """Defaults to the due date with no time; never a day after today."""

    def __init__(self, parent: QWidget | None, question: str, due: date, today: date) -> None:
        super().__init__(parent, self.tr("Taken on…"), question, due, today, 28)
        self.day.setAccessibleName(self.tr("Day the dose was taken"))
        self.form.addRow(self.tr("&Day"), self.day)
        self.timed = QCheckBox(self.tr("I remember the &time"), self)
        self.at = QTimeEdit(QTime(8, 0), self)
        self.at.setDisplayFormat("HH:mm")
        self.at.setEnabled(False)
        self.at.setAccessibleName(self.tr("Time the dose was taken"))
        self.timed.toggled.connect(self.at.setEnabled)
        self.form.addRow(self.timed, self.at)
        self.add_buttons()

    def answer(self) -> tuple[date, time | None]:
        t = self.at.time()
        return pydate(self.day.date()), (time(t.hour(), t.minute()) if self.timed.isChecked()
                                         else None)
