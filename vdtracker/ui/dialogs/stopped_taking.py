"""'I had stopped taking it': from, to, why (optional) and a note; Save settles that time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QWidget

from ...wording import arg
from ..locale_numbers import date_box
from ..widgets.dates import pydate, qdate
from ..widgets.why_box import WhyBox
from .day_dialog import DayDialog


class StoppedTakingDialog(DayDialog):
    """`first`, `last`: the first guess (domain.breaks.suggested_span); `start`: the schedule's
    start, the earliest day the answer can begin."""

    def __init__(self, parent: QWidget | None, schedule: str, start: date, first: date,
                 last: date, today: date) -> None:
        super().__init__(parent, self.tr("I had stopped taking it"), arg(self.tr(
            "Keep a record of the time you did not take %1. Every due date in that time with "
            "nothing logged then counts as not taken, not as missed, and the time stays in your "
            "diary. A dose you logged in it still counts. Undo takes it back."), schedule),
            first, today, 36)
        self.day.setMinimumDate(qdate(start))
        self.day.setAccessibleName(self.tr("The first day you did not take it"))
        self.form.addRow(self.tr("&From"), self.day)
        self.to = date_box(self, last, today=lambda: today)
        self.to.setDateRange(qdate(first), qdate(today))
        self.to.setAccessibleName(self.tr("The last day you did not take it"))
        self.form.addRow(self.tr("&To"), self.to)
        self.day.dateChanged.connect(self._from_changed)
        self.why = WhyBox(self)  # the same choices as Stop early (Supplements)
        self.form.addRow(self.tr("&Why (optional)"), self.why)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. worried about taking too much"))
        self.note.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("&Note (optional)"), self.note)
        self.add_buttons()

    def _from_changed(self, first: QDate) -> None:
        """The last day is never before the first (a later first moves it along)."""
        self.to.setMinimumDate(first)

    def accept(self) -> None:
        if self.to.unread():
            self.to.setFocus()
            return
        super().accept()

    def answer(self) -> tuple[date, date, str | None, str | None]:
        """(first, last, why, note) as chosen; why and note None when not given."""
        return (pydate(self.day.date()), pydate(self.to.date()), self.why.why(),
                self.note.text().strip() or None)
