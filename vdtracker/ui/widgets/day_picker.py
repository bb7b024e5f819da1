"""Which day the Today page logs for: previous / next day, a date box, and back to today."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..locale_numbers import date_box
from .dates import pydate, qdate


class DayPicker(QWidget):
    """Emits day_changed(date); never a day after `today` (nothing is logged for the future)."""

    day_changed = Signal(object)

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.today, self.day = today, today
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.previous = QPushButton(self.tr("◀ Previous day"), self)
        self.previous.setToolTip(self.tr("Alt+Left"))
        self.pick = date_box(self, today, today=lambda: self.today)
        self.pick.setAccessibleName(self.tr("The day to log for"))
        self.next = QPushButton(self.tr("Next day ▶"), self)
        self.next.setToolTip(self.tr("Alt+Right"))
        self.back = QPushButton(self.tr("Back to &today"), self)
        for w in (self.previous, self.pick, self.next, self.back):
            lay.addWidget(w)
        lay.addStretch(1)
        self.previous.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.back.clicked.connect(lambda: self.show_day(self.today))
        self.pick.dateChanged.connect(lambda q: self.show_day(pydate(q)))
        QShortcut(QKeySequence("Alt+Left"), parent or self, lambda: self.go(-1)).setWhatsThis(
            self.tr("The day before"))
        QShortcut(QKeySequence("Alt+Right"), parent or self, lambda: self.go(1)).setWhatsThis(
            self.tr("The day after (never past today)"))
        self.set_today(today)

    def set_today(self, today: date) -> None:
        """The real today moved (midnight passed): a day still shown stays, the limit moves."""
        self.today = today
        self.pick.setMaximumDate(qdate(today))
        self._update()

    def go(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def show_day(self, day: date) -> None:
        day = min(day, self.today)
        if day != self.day:
            self.day = day
            self.day_changed.emit(day)
        self._update()

    def _update(self) -> None:
        self.pick.blockSignals(True)
        self.pick.setDate(qdate(self.day))
        self.pick.blockSignals(False)
        self.next.setEnabled(self.day < self.today)
        self.back.setEnabled(self.day != self.today)
