"""The one question after a late weekly dose: keep the schedule's day, or move the rest to the
day it was taken (window, notification and command line say the same)."""

from __future__ import annotations

from datetime import date

from ..domain.moving import MoveOffer
from .base import Common, Words
from .translate import arg


class MoveWords(Words):
    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def _days(self, weekday: int) -> str:
        """'Sundays' (English), 'Sonntag' (German: 'beim Sonntag bleiben')."""
        return (self.tr("Mondays"), self.tr("Tuesdays"), self.tr("Wednesdays"),
                self.tr("Thursdays"), self.tr("Fridays"), self.tr("Saturdays"),
                self.tr("Sundays"))[weekday]

    def _day_of(self, weekday: int) -> str:
        """'Sunday's dose' (English), 'die Dosis vom Sonntag' (German)."""
        return (self.tr("Monday's dose"), self.tr("Tuesday's dose"),
                self.tr("Wednesday's dose"), self.tr("Thursday's dose"),
                self.tr("Friday's dose"), self.tr("Saturday's dose"),
                self.tr("Sunday's dose"))[weekday]

    @staticmethod
    def weekly(o: MoveOffer) -> bool:
        """A schedule on one weekday (every 7 days is one too): said with weekday names."""
        return o.every_days in (None, 7)

    def _kept(self, o: MoveOffer) -> str:
        """'next due on Sun 13 Dec'."""
        return arg(self.tr("next due on %1"), self.c.weekday_day(o.next_kept))

    def title(self, o: MoveOffer, hide: bool = False) -> str:
        if hide:
            return self.tr("A dose taken on another day: keep the schedule's day?")
        if self.weekly(o):
            return arg(self.tr("%1: keep %2 or move to %3?"), o.supplement,
                       self._days(o.due.weekday()), self._days(o.taken.weekday()))
        return arg(self.tr("%1: keep the dates or count from %2?"), o.supplement,
                   self.c.weekday_day(o.taken))

    def question(self, o: MoveOffer, hide: bool = False) -> str:
        """The whole question, with the next due date either way; never a dose."""
        what = self.tr("your supplement") if hide else o.supplement
        if self.weekly(o):
            return arg(self.tr(
                "You took %1 of %2 (due %3) on %4. Keep %5 (%6), or "
                "move the rest of this schedule to %7 (next due on %8)? Due dates before then "
                "stay as they were, and the summary shows the move."),
                self._day_of(o.due.weekday()), what, self.c.weekday_day(o.due),
                self.c.weekday_day(o.taken), self._days(o.due.weekday()),
                self._kept(o), self._days(o.taken.weekday()),
                self.c.weekday_day(o.next_moved))
        return arg(self.tr(
            "You took the dose of %1 due on %2 on %3. Keep the dates as they are (%4), or "
            "count every %5 days from %3 (next due on %6)? Due dates before then stay as they "
            "were, and the summary shows the move."),
            what, self.c.weekday_day(o.due), self.c.weekday_day(o.taken),
            self._kept(o), str(o.every_days),
            self.c.weekday_day(o.next_moved))

    def keep(self, o: MoveOffer, mnemonic: bool = True) -> str:
        """The button that changes nothing (the default: Enter, Escape, closing)."""
        if self.weekly(o):
            text = arg(self.tr("&Keep %1"), self._days(o.due.weekday()))
        else:
            text = self.tr("&Keep the dates")
        return text if mnemonic else text.replace("&", "")

    def move(self, o: MoveOffer, mnemonic: bool = True) -> str:
        if self.weekly(o):
            text = arg(self.tr("&Move to %1"), self._days(o.taken.weekday()))
        else:
            text = arg(self.tr("&Count from %1"), self.c.weekday_day(o.taken))
        return text if mnemonic else text.replace("&", "")

    def card_action(self, every_days: int | None, taken: date) -> str:
        """The missed dose's card, beside "Count the dose of … for …": the same question."""
        if every_days in (None, 7):
            return arg(self.tr("Move the rest of this schedule to %1…"),
                       self._days(taken.weekday()))
        return arg(self.tr("Count every %1 days from %2…"), str(every_days),
                   self.c.weekday_day(taken))

    def nothing_to_move(self) -> str:
        return self.tr("This schedule cannot be moved from that dose (it ends before its next "
                       "due date, or was moved or stopped already): the dates stay as they are.")

    def command_hint(self, o: MoveOffer) -> str:
        """The command line's line after a late dose: the dates are kept unless asked."""
        command = f"vdtracker regimen move {o.regimen_id} --from {o.taken.isoformat()}"
        if o.weekdays is not None:
            command += f" --weekdays {o.weekdays}"
        if self.weekly(o):
            return arg(self.tr(
                "You took %1 on %2: %3 are kept (%4). To move the rest of this "
                "schedule to %5 instead: %6"), self._day_of(o.due.weekday()),
                self.c.weekday_day(o.taken), self._days(o.due.weekday()),
                self._kept(o), self._days(o.taken.weekday()), command)
        return arg(self.tr(
            "You took the dose due on %1 on %2: the dates are kept (%3). To count "
            "every %4 days from %2 instead: %5"), self.c.weekday_day(o.due),
            self.c.weekday_day(o.taken), self._kept(o),
            str(o.every_days), command)


__all__ = ["MoveWords"]
