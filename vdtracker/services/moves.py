"""A schedule moved to another day after a late dose: the patient's choice, from that day on."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..domain import validation as v
from ..domain.errors import InvalidInput, reason
from ..domain.messages import message
from ..domain.schedule import WEEKDAY_NAMES, parse_weekdays
from ..models import Regimen, Supplement
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
    if row.end is not None and start > row.end:
        raise InvalidInput("from", day.isoformat(), reason("move-nothing-after", end=row.end))
    before = data_of("regimen", row)
    new = Regimen(**{c: getattr(row, c) for c in CARRIED}, every_days=every, weekdays=names,
                  start=start, end=row.end, moved_from=row.id)
    row.end, row.weeks, row.moved_on = day, None, day
    s.add(new)
    s.flush()
    name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
    carried = repo.to_domain_regimen(new, name)
    return Saved(message("saved.moved", plan=carried.plan, day=day, start=start),
                 (Change("regimen", int(row.id), before, data_of("regimen", row)),
                  added("regimen", new)))


__all__ = ["move"]
