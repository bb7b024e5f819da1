"""Logging a dose, taken or skipped, against the schedule active that day; and whether a late
weekly dose may move the rest of its schedule. In SQLAlchemy Core: `vdtracker dose` never loads
the ORM (issue 28)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import Connection, Row, select

from ..domain import adherence, moving
from ..domain import validation as v
from ..domain.errors import InvalidInput, reason
from ..domain.messages import message
from ..domain.moving import MoveOffer
from ..domain.units import canonical_dose_unit
from ..models import tables as t
from ..storage import repositories as repo
from ..storage.database import Database
from ..storage.rows import inserted
from .entry_lines import differing
from .results import Change, Saved, added


def _supplement(conn: Connection, name: str) -> Row[Any] | None:
    sup = t.supplement
    return conn.execute(select(sup).where(sup.c.name_key == repo.name_key(name))).first()


def _active_regimen(conn: Connection, supplement_id: int, day: date) -> Row[Any] | None:
    reg = t.regimen.c
    rows = conn.execute(select(t.regimen).where(reg.supplement_id == supplement_id,
                                                reg.start <= day)
                        .order_by(reg.start.desc(), reg.id.desc()))
    return next((row for row in rows if repo.to_domain_regimen(row, "").is_active(day)), None)


def _known(conn: Connection) -> str:
    sup = t.supplement.c
    return ", ".join(conn.scalars(select(sup.name).order_by(sup.name)))


class DoseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, *, supplement: str, day: date, today: date, at: time | None = None,
               amount: float | None = None, unit: str | None = None, skipped: bool = False,
               confirmed: bool = False, late_for: date | None = None) -> Saved:
        """A dose taken (or skipped) on `day`; `late_for`: the due date before `day` it was
        taken late for (counted for that one, the day taken kept as it was). Without an amount,
        the dose of the schedule active that day; a supplement named for the first time is
        stored with it (and taken away with it by undo)."""
        v.not_future("date", day, today)
        if late_for is not None and not late_for < day:
            raise InvalidInput("late_for", late_for.isoformat(), reason("late-for-before", day=day))
        if (amount is None) != (unit is None):
            raise InvalidInput("amount" if amount is None else "unit", "",
                               reason("amount-with-unit"))
        name = v.text("supplement", supplement) or ""
        with self.db.connect() as conn:
            sup = _supplement(conn, name)
            active = _active_regimen(conn, sup.id, day) if sup else None
            if amount is None or unit is None:
                if active is None:
                    raise InvalidInput("supplement", supplement,
                                       reason("no-active-schedule", day=day, known=_known(conn)))
                amount, unit = active.dose_amount, active.dose_unit
            else:
                unit = canonical_dose_unit(unit)
                amount = v.dose_amount("amount", amount, unit, name)
                v.check_typo("amount", amount, unit, name, confirmed)
            new_name: tuple[Change, ...] = ()
            if sup is None:
                sup = inserted(conn, t.supplement, repo.new_supplement(name))
                new_name = (added("supplement", sup),)
            dose = inserted(conn, t.dose, dict(
                supplement_id=sup.id, regimen_id=active.id if active else None, day=day,
                time=at, amount=amount, unit=unit, skipped=skipped,
                late_for=late_for if active is not None and not skipped else None))
            scheduled = (differing(sup.name, amount, unit, active.dose_amount, active.dose_unit)
                         if active is not None else None)
            return Saved(message("saved.dose", skipped=skipped, supplement=sup.name,
                                 amount=amount, unit=unit, day=day, at=at, scheduled=scheduled),
                         (*new_name, added("dose", dose)))

    def move_offer(self, dose_id: int, today: date) -> MoveOffer | None:
        """After a dose was logged: whether it was late for a weekly due date and may move the
        rest of its schedule to its day (domain.moving), asked once, where it was logged."""
        dose = t.dose.c
        with self.db.connect() as conn:
            regimen_id = conn.scalar(select(dose.regimen_id).where(dose.id == dose_id))
            if regimen_id is None:
                return None
            found = next((r for r in repo.regimens(conn) if r.id == regimen_id), None)
            if found is None or not moving.movable(found.plan):
                return None  # a daily schedule (most doses logged) reads no doses for it
            own = adherence.doses_for(found, repo.doses(conn, until=today))
        return moving.offer(found, own, dose_id, today)
