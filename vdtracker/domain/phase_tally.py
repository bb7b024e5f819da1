"""How one schedule went over a period, for the summary: doses due, logged on time, logged late,
skipped, missed, and still open (their grace window has not closed yet)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .adherence import Dose, doses_for, late_doses, match
from .breaks import TakingBreak
from .schedule import Regimen, grace_days


@dataclass(frozen=True)
class Tally:
    due: int  # due dates in the period, up to as_of
    on_time: int  # a dose logged within the due date's grace window
    late: int  # counted though taken after its window, or one logged within 3 days after it
    skipped: int  # the patient said they skipped it
    missed: int  # the window closed with nothing logged
    open: int  # the window has not closed yet on as_of: neither taken nor missed so far
    paused: int = 0  # in a time the patient said they had stopped taking it

    @property
    def logged(self) -> int:
        return self.on_time + self.late


def tally(regimen: Regimen, doses: Sequence[Dose], first: date, last: date, as_of: date,
          breaks: Sequence[TakingBreak] = ()) -> Tally:
    """The schedule's due dates in [first, last] (never after as_of), each counted once; those
    in a time the patient said they had stopped are neither missed nor open."""
    mine = doses_for(regimen, [d for d in doses if d.day <= as_of])  # a replay sees no later
    end = min(last, as_of)
    statuses = match(regimen, mine, first, end, breaks)
    closes = timedelta(days=grace_days(regimen.rule))
    still_open = [s for s in statuses if s.open and s.due + closes >= as_of]
    gone = [s.due for s in statuses if s.open and s.due + closes < as_of]
    late = len(late_doses(regimen, mine, gone))
    # a dose counted for its due date though taken after its grace days (said to be late for
    # it, or the late dose a move was made after) is late, not on time
    day_of = {d.id: d.day for d in mine}
    counted = [(s.due, s.dose_id) for s in statuses if s.dose_id is not None]
    after = sum(1 for due, dose_id in counted if day_of.get(dose_id, due) > due + closes)
    return Tally(due=len(statuses), on_time=len(counted) - after,
                 late=late + after, skipped=sum(1 for s in statuses if s.skipped),
                 missed=len(gone) - late, open=len(still_open),
                 paused=sum(1 for s in statuses if s.on_break))


__all__ = ["Tally", "tally"]
