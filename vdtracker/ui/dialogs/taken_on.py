"""'Taken on…': the day (and, if remembered, the time) a missed dose was taken."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtWidgets import QWidget

from ..widgets.dates import pydate
from ..widgets.time_field import TimeField
from .day_dialog import DayDialog


class TakenOnDialog(DayDialog):
    """Defaults to the due date with no time; never a day after today. A time typed that does
    not read (25:00) keeps the dialog open and says why beside the box."""

    def __init__(self, parent: QWidget | None, question: str, due: date,
                 now: Callable[[], datetime]) -> None:
        """`now`: the window's clock, read when Save is pressed (not when the dialog opened)."""
        super().__init__(parent, self.tr("Taken on…"), question, due, now().date(), 28)
        self.now = now
        self.day.setAccessibleName(self.tr("Day the dose was taken"))
        self.form.addRow(self.tr("&Day"), self.day)
        self.at = TimeField(self, None, self.tr("not known"))
        self.at.setAccessibleName(self.tr("Time the dose was taken, if you remember it"))
        self.form.addRow(self.tr("&Time, if you remember it"), self.at)
        self.add_buttons()

    def accept(self) -> None:
        if self.at.unread():
            self.at.tidy()  # the reason beside the box
            self.at.setFocus()
            return
        now = self.now()
        later = self.at.later_than(now) if pydate(self.day.date()) == now.date() else None
        if later:
            self.at.refuse(later)
            return
        super().accept()

    def answer(self) -> tuple[date, time | None]:
        return pydate(self.day.date()), self.at.time()
