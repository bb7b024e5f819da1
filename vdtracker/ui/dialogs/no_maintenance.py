"""'My clinician prescribed no maintenance': the day it was said, and an optional note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from ...wording import arg
from ..widgets.dates import pydate, qdate
from .day_dialog import DayDialog


class NoMaintenanceDialog(DayDialog):
    def __init__(self, parent: QWidget | None, course: str, start: date, today: date) -> None:
        super().__init__(parent, self.tr("No maintenance prescribed"), arg(self.tr(
            "Keep a record that your clinician prescribed no maintenance after your course "
            "(%1). From the day they said it, the warning that no maintenance schedule follows "
            "this course is off. Every other warning stays, and Undo or History takes it back."),
            course), today, today, 36)
        self.day.setMinimumDate(qdate(start))
        self.day.setAccessibleName(self.tr("The day your clinician said it"))
        self.form.addRow(self.tr("&Said on"), self.day)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. at the follow-up appointment"))
        self.note.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("&Note (optional)"), self.note)
        self.add_buttons()

    def answer(self) -> tuple[date, str | None]:
        return pydate(self.day.date()), self.note.text().strip() or None
