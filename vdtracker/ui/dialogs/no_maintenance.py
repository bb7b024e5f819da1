"""'My clinician prescribed no maintenance': the day it was said, and an optional note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...wording import arg
from ..locale_numbers import date_box
from ..widgets.dates import pydate, qdate


class NoMaintenanceDialog(QDialog):
    def __init__(self, parent: QWidget | None, course: str, start: date, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("No maintenance prescribed"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        lay = QFormLayout(self)
        text = QLabel(arg(self.tr(
            "Keep a record that your clinician prescribed no maintenance after your course "
            "(%1). From the day they said it, the warning that no maintenance schedule follows "
            "this course is off. Every other warning stays, and Undo or History takes it back."),
            course), self)
        text.setWordWrap(True)
        lay.addRow(text)
        self.day = date_box(self, today, today=lambda: today)
        self.day.setDateRange(qdate(start), qdate(today))
        self.day.setAccessibleName(self.tr("The day your clinician said it"))
        lay.addRow(self.tr("&Said on"), self.day)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. at the follow-up appointment"))
        self.note.setAccessibleName(self.tr("Note"))
        lay.addRow(self.tr("&Note (optional)"), self.note)
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

    def answer(self) -> tuple[date, str | None]:
        return pydate(self.day.date()), self.note.text().strip() or None
