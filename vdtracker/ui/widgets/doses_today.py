"""The doses due today on the saved schedules, each with "Taken" (at the click, or a time typed)
or "Skipped"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from ...domain.reminders import Key
from ...services.due_doses import DueDose
from ...wording import Wording, arg
from .time_field import TimeField


class DosesToday(QGroupBox):
    """Emits answered(regimen_id, supplement, time or None, taken). The time box is empty until
    the patient types one: then Taken means "now, at the click" for today (a past day: no time
    known). A time typed in one row stays there when another row is answered."""

    answered = Signal(int, str, object, bool)
    snoozed = Signal(int, object, str)  # regimen id, due date, "15min" / "1h" / "tonight"

    def __init__(self, parent: QWidget | None, now: Callable[[], datetime]) -> None:
        """`now`: the window's clock, to refuse a time typed for today that has not come yet."""
        super().__init__(self.tr("Doses due from your saved schedules"), parent)
        self.now = now
        self.today = True
        self.drawn_on = now().date()
        self.grid = QGridLayout(self)
        self.widgets: list[QWidget] = []
        self.buttons: dict[int, tuple[QPushButton, QPushButton, TimeField]] = {}
        self.typed: dict[Key, str] = {}  # the times typed, by (schedule, due date)

    def show_doses(self, doses: list[DueDose], words: Wording, day: date, today: date,
                   snoozed: Mapping[Key, datetime] | None = None) -> None:
        """The doses due on `day` (today, or a past day the page went back to)."""
        for w in self.widgets:  # out of sight at once: deleteLater waits for the event loop
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.widgets, self.buttons, self.today = [], {}, day == today
        today_shown = self.today
        self.drawn_on = self.now().date()
        open_keys = {(d.regimen_id, d.due) for d in doses if d.status == "open"}
        self.typed = {k: t for k, t in self.typed.items() if k in open_keys}
        if not doses:
            nothing = (self.tr("Nothing is due today on your saved schedules.") if today_shown
                       else arg(self.tr("Nothing was due on %1 on your saved schedules."),
                                words.weekday_day(day)))
            self._add(QLabel(nothing, self), 0, 0, 5)
        first = True  # the first open row's Taken answers Alt+A (one letter once on the page)
        for i, d in enumerate(doses):
            description = words.schedule(d.plan)
            label = QLabel(description, self)
            label.setWordWrap(True)
            self._add(label, i, 0)
            if d.status != "open":
                state = self.tr("Taken ✓") if d.status == "taken" else self.tr("Skipped")
                self._add(QLabel(state, self), i, 1, 4)
                continue
            if d.days_late:
                label.setText(arg(self.tr("%1 — was due %2 (%3)"), description,
                                  words.weekday_day(d.due), words.ago(d.days_late)))
            until = (snoozed or {}).get((d.regimen_id, d.due))
            if until is not None:
                label.setText(arg(self.tr("%1 — reminder snoozed until %2"), label.text(),
                                  until.strftime("%H:%M")))
            key = (d.regimen_id, d.due)
            at = TimeField(self, None, self.tr("now") if today_shown else self.tr("not known"))
            at.edit.setText(self.typed.get(key, ""))
            at.setAccessibleName(arg(self.tr("Time taken for %1 (empty: the time you press "
                                             "Taken)") if today_shown else
                                     self.tr("Time taken for %1, if you remember it"),
                                     d.supplement))
            at.changed.connect(lambda key=key, at=at: self.typed.__setitem__(key, at.edit.text()))
            taken = QPushButton(self.tr("T&aken") if first else self.tr("Taken"), self)
            first = False
            taken.setAccessibleName(arg(self.tr("Taken: %1"), description))
            skipped = QPushButton(self.tr("Skipped"), self)
            skipped.setAccessibleName(arg(self.tr("Skipped: %1"), description))
            taken.clicked.connect(lambda _=False, d=d, at=at: self._taken(d, at))
            skipped.clicked.connect(lambda _=False, d=d: self.answered.emit(
                d.regimen_id, d.supplement, None, False))
            # a push button's menu arrow has room of its own; a tool button's instant-popup
            # arrow is drawn over its text (the last letter of "Später erinnern")
            snooze = QPushButton(self.tr("Snooze"), self)
            snooze.setAccessibleName(arg(self.tr("Snooze the reminder for %1"), description))
            menu = QMenu(snooze)
            for choice, title in (("15min", self.tr("15 minutes")), ("1h", self.tr("1 hour")),
                                  ("tonight", self.tr("Tonight"))):
                menu.addAction(title).triggered.connect(
                    lambda _=False, d=d, c=choice: self.snoozed.emit(d.regimen_id, d.due, c))
            snooze.setMenu(menu)
            self._add(at, i, 1)
            self._add(taken, i, 2)
            self._add(snooze, i, 3)
            self._add(skipped, i, 4)
            # Tab follows the row as it reads (Skipped was made before Snooze)
            QWidget.setTabOrder(at, taken)
            QWidget.setTabOrder(taken, snooze)
            QWidget.setTabOrder(snooze, skipped)
            self.buttons[d.regimen_id] = (taken, skipped, at)
        self.grid.setColumnStretch(0, 1)

    def _taken(self, d: DueDose, at: TimeField) -> None:
        """A time that does not read is said beside its box; nothing is logged until it does."""
        if at.unread():
            at.tidy()
            at.setFocus()
            return
        now = self.now()
        # rows drawn before midnight: the page draws them again (DoseAnswers), not said here
        later = at.later_than(now) if self.today and now.date() == self.drawn_on else None
        if later:
            at.refuse(later)
            return
        self.answered.emit(d.regimen_id, d.supplement, at.time(), True)

    def _add(self, w: QWidget, row: int, col: int, span: int = 1) -> None:
        self.grid.addWidget(w, row, col, 1, span)
        self.widgets.append(w)
