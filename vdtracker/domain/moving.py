"""Whether a dose just logged late for a weekly due date offers to move the rest of its schedule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from . import adherence
from .adherence import Dose
from .schedule import WEEKDAY_NAMES, Plan, Regimen, grace_days


@dataclass(frozen=True)
class MoveOffer:
    """'You took Sunday's dose on Wednesday: keep Sundays, or move the rest to Wednesdays?'
    `weekdays`: the new day's name for a weekdays schedule (regimen move --weekdays); None for
    an every-N-days schedule, which counts on from `taken`."""

    regimen_id: int
    supplement: str
    due: date
    taken: date
    weekdays: str | None
    every_days: int | None
    next_kept: date  # the next due date as the schedule stands
    next_moved: date  # the next due date after the move


def movable(plan: Plan) -> bool:
    """A schedule a week apart or more with one day to move: every N ≥ 7 days, or one weekday
    (twice a week has no single day to move to)."""
    if plan.every_days is not None:
        return plan.every_days >= 7
    return len(plan.weekdays) == 1


def offer(r: Regimen, own: Sequence[Dose], dose_id: int, today: date) -> MoveOffer | None:
    """The question to ask after the dose `dose_id` was logged, or None: the dose was taken
    after the grace days of the due date before it (a day or two late counts as on time and
    asks nothing) and counts for no other due date (adherence.late_doses), and nothing else
    was taken for it. `own`: this schedule's doses by time (adherence.doses_for)."""
    dose = next((d for d in own if d.id == dose_id), None)
    if (dose is None or dose.skipped or not movable(r.plan) or r.moved_on is not None
            or r.stopped_on is not None or dose.day > today or not r.is_active(dose.day)):
        return None
    if r.end is not None and dose.day >= r.end:  # nothing of it after that day to move
        return None
    before = list(r.due_dates(dose.day - timedelta(days=r.rule.longest_gap), dose.day))
    if not before or before[-1] == dose.day:
        return None  # taken on a due date (or before the first): nothing was late
    due = before[-1]
    g = grace_days(r.rule)
    if dose.day <= due + timedelta(days=g):
        return None  # in its grace days (Monday for Sunday): on time, nothing to ask
    found = adherence.match(r, own, due, dose.day + timedelta(days=g))
    if any(s.dose_id == dose.id for s in found if s.due != due):
        return None  # early for the next due date (Friday for Sunday), not late for this one
    answered = next((s.dose_id for s in found if s.due == due), None)
    if answered is not None and answered != dose.id:
        return None  # another dose answered that due date
    if answered is None:  # just after its grace days, and counted for no other date
        late = adherence.late_doses(r, own, [due])
        if not late or late[0][2] != dose.id:
            return None
    if any(d.day > dose.day for d in own):
        return None  # a later dose is logged (or skipped): a move now would orphan it
    step = timedelta(days=r.rule.every_days or 7)
    moved = dose.day + step
    kept = next(r.due_dates(dose.day + timedelta(days=1), dose.day + step), None)
    if kept is None:
        return None  # no due date of it after the dose: nothing to move
    if kept <= today:
        return None  # the next due date has come already: moving would rewrite the past
    names = None if r.rule.every_days is not None else WEEKDAY_NAMES[dose.day.weekday()]
    return MoveOffer(r.id, r.supplement, due, dose.day, names, r.rule.every_days, kept, moved)


__all__ = ["MoveOffer", "movable", "offer"]
