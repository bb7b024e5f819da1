"""A schedule moved to another day after a late dose: the patient's choice, from that day on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import validation as v
from ..domain.errors import InvalidInput, reason
from ..domain.messages import message
from ..domain.schedule import WEEKDAY_NAMES, parse_weekdays
from ..models import Dose, Regimen, Supplement
from ..storage import repositories as repo
from .results import Change, Saved, added, data_of

CARRIED = ("supplement_id", "dose_amount", "dose_unit", "phase", "remind_at", "note")


def move(s: Session, row: Regimen, day: date, today: date, weekdays: str | None) -> Saved:
    """Due dates up to `day` stay as they were (the last one takes the dose logged late on
    `day`); after it the schedule carries on as a new one that names this one: every N days
    counted from `day` (weekly: on its weekday), or on the new `weekdays`. Undo puts the one
    schedule back."""
    v.not_future("from", day, today)
    if row.stopped_on is not None:
        raise InvalidInput("id", row.id, reason("already-stopped", on=row.stopped_on))
    if row.moved_on is not None:
        raise InvalidInput("id", row.id, reason("already-moved", on=row.moved_on))
    if day < row.start or (row.end is not None and day >= row.end):
        raise InvalidInput("from", day.isoformat(),
                           reason("move-within", start=row.start, end=row.end))
    if row.every_days is not None:
        if weekdays is not None:
            raise InvalidInput("weekdays", weekdays, reason("move-every-days"))
        start = day + timedelta(days=row.every_days)
        every, names = row.every_days, None
    else:
        if weekdays is None:
            raise InvalidInput("weekdays", "", reason("move-weekdays"))
        chosen = parse_weekdays(weekdays)
        every, names = None, ",".join(WEEKDAY_NAMES[d] for d in sorted(chosen))
        start = next(day + timedelta(days=k) for k in range(1, 8)
                     if (day + timedelta(days=k)).weekday() in chosen)
    name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
    nxt = _next_due(row, name, day)
    if nxt is None or (row.end is not None and nxt > row.end):
        raise InvalidInput("from", day.isoformat(), reason("move-nothing-after", end=row.end))
    later = s.scalar(select(Dose.day).where(Dose.regimen_id == row.id, Dose.day > day)
                     .order_by(Dose.day).limit(1))
    if later is not None:  # they would count for nothing after the move
        raise InvalidInput("from", day.isoformat(), reason("move-doses-after", day=later))
    before = data_of("regimen", row)
    # the rest of the course keeps its number of doses: its end moves as its dates do
    end = None if row.end is None else row.end + (start - nxt)
    new = Regimen(**{c: getattr(row, c) for c in CARRIED}, every_days=every, weekdays=names,
                  start=start, end=end, moved_from=row.id)
    row.end, row.weeks, row.moved_on = day, None, day
    s.add(new)
    s.flush()
    carried = repo.to_domain_regimen(new, name)
    return Saved(message("saved.moved", plan=carried.plan, day=day, start=start),
                 (Change("regimen", int(row.id), before, data_of("regimen", row)),
                  added("regimen", new)))


def _next_due(row: Regimen, name: str, day: date) -> date | None:
    """The schedule's first due date after `day` as it stood before any move (its end and a
    move set aside: the rest of the course is what moves)."""
    r = replace(repo.to_domain_regimen(row, name), end=None, moved_on=None, stopped_on=None)
    return next(r.due_dates(day + timedelta(days=1), day + timedelta(days=r.rule.longest_gap)),
                None)


def carrier_of(s: Session, row: Regimen) -> Regimen | None:
    """The schedule that carries `row` on after its move (None: not moved)."""
    return s.scalars(select(Regimen).where(Regimen.moved_from == row.id)
                     .order_by(Regimen.id)).first()


def refuse_first_half(s: Session, row: Regimen, carrier: Regimen) -> InvalidInput:
    """Deleting the first half of a moved schedule alone would leave the half in force now
    naming nothing: refused, naming the half that carries it on (deleting that undoes the
    move; both named in one delete go together)."""
    name = s.get(Supplement, carrier.supplement_id).name  # type: ignore[union-attr]
    later = repo.to_domain_regimen(carrier, name)
    return InvalidInput("id", row.id, reason("moved-carries-on", id=carrier.id, plan=later.plan,
                                             day=row.moved_on, start=carrier.start))


def unmove(s: Session, carrier: Regimen) -> Change | None:
    """The carrier of a move is being deleted: the schedule it carried on gets back its end
    (the carrier's, less the days the move shifted it) and is no longer moved, so its due
    dates are those before the move. The weeks as typed are not kept by a move (an end typed
    on a whole week reads the same), so the end stands alone; undo of the move itself still
    puts them back."""
    first = s.get(Regimen, carrier.moved_from) if carrier.moved_from is not None else None
    if first is None or first.moved_on is None:
        return None
    before = data_of("regimen", first)
    name = s.get(Supplement, first.supplement_id).name  # type: ignore[union-attr]
    nxt = _next_due(first, name, first.moved_on)
    shift = carrier.start - nxt if nxt is not None else timedelta(0)
    # the move took the end along with the dates (move): back by as many days
    first.end = None if carrier.end is None else carrier.end - shift
    first.moved_on = None
    s.flush()
    return Change("regimen", int(first.id), before, data_of("regimen", first))


def later_halves_first(s: Session, targets: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """The entries to delete, each once, a moved schedule's carrier before the schedule it
    carries on (the carrier's delete undoes the move; then the first half goes alone)."""
    def moves_before(entry: tuple[str, int]) -> int:
        kind, entry_id = entry
        seen: set[int] = set()
        row = s.get(Regimen, entry_id) if kind == "regimen" else None
        while row is not None and row.moved_from is not None and row.id not in seen:
            seen.add(row.id)
            row = s.get(Regimen, row.moved_from)
        return -len(seen)
    return sorted(dict.fromkeys(targets), key=moves_before)


__all__ = ["carrier_of", "later_halves_first", "move", "refuse_first_half", "unmove"]
