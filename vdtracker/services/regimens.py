"""Prescribed schedules and the doses logged against them."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from ..domain import schedule
from ..domain import validation as v
from ..domain.errors import ConfirmationNeeded, InvalidInput
from ..domain.units import canonical_dose_unit, format_number
from ..domain.alert_types import day_text
from ..models import Dose, Regimen, Supplement
from ..storage import repositories as repo
from ..storage.database import Database
from .results import DoseRecord, RegimenView, Saved


def status(r: schedule.Regimen, today: date) -> str:
    if r.start > today:
        return "planned"
    if r.stopped_on is not None and r.stopped_on <= today:
        return "stopped"
    if r.end is not None and r.end < today:
        return "ended"
    return "active"


def view(r: schedule.Regimen, today: date) -> RegimenView:
    return RegimenView(
        id=r.id, supplement=r.supplement, amount=r.amount, unit=r.unit, schedule=r.rule.text(),
        every_days=r.rule.every_days, weekdays=r.rule.weekdays_text() or None, start=r.start,
        end=r.end, phase=r.phase, stopped_on=r.stopped_on, status=status(r, today),
        average_per_day=round(schedule.average_per_day(r.amount, r.rule), 1),
        description=r.describe(), remind_at=r.remind_at)


class RegimenService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, *, supplement: str, amount: float, unit: str, start: date,
            every_days: int | None = None, weekdays: str | None = None, weeks: int | None = None,
            end: date | None = None, phase: str = "ongoing", confirmed: bool = False,
            note: str | None = None, replace_id: int | None = None,
            remind_at: time | None = None) -> Saved:
        """Save a schedule; with replace_id, change that saved schedule instead of adding one."""
        name = v.text("--supplement", supplement)
        if not name:
            raise InvalidInput("--supplement", "(empty)", "give the supplement's name, e.g. \"Vitamin D3\"")
        unit = canonical_dose_unit(unit)
        amount = v.dose_amount("--dose", amount, unit, name)
        phase = v.choice("--phase", phase, schedule.PHASES) or "ongoing"
        rule = schedule.Rule(every_days=every_days,
                             weekdays=schedule.parse_weekdays(weekdays) if weekdays else frozenset())
        if weeks is not None and end is not None:
            raise InvalidInput("--weeks", weeks, "give either --weeks or --end, not both")
        if weeks is not None:
            end = schedule.end_from_weeks(start, weeks)
        if end is not None and end < start:
            raise InvalidInput("--end", end.isoformat(), f"use a date on or after the start ({start})")
        question = v.typo_question(amount, unit, name)
        if question and not confirmed:
            raise ConfirmationNeeded("--dose", format_number(amount), question)
        fields = dict(dose_amount=amount, dose_unit=unit, every_days=rule.every_days,
                      weekdays=rule.weekdays_text() or None, start=start, end=end, weeks=weeks,
                      phase=phase, note=v.text("--note", note, v.MAX_TEXT), remind_at=remind_at)
        with self.db.transaction() as s:
            sup = repo.supplement(s, name)
            if replace_id is None:
                row = Regimen(supplement_id=sup.id, **fields)
                s.add(row)
            else:
                row = s.get(Regimen, replace_id)
                if row is None:
                    raise InvalidInput("ID", replace_id, "use an id shown by `vdtracker regimen list`")
                row.supplement_id = sup.id
                for key, value in fields.items():
                    setattr(row, key, value)
            s.flush()
            r = repo.to_domain_regimen(row, sup.name)
        span = f"from {day_text(start)}" + (f" to {day_text(end)}" if end else "")
        avg = format_number(round(schedule.average_per_day(amount, rule)))
        remind = f"; reminder at {remind_at:%H:%M}" if remind_at else ""
        return Saved("regimen", r.id, f"Schedule {r.id}: {r.describe()} ({phase}) {span}; "
                                      f"on average about {avg} {unit} a day{remind}")

    def list(self, today: date) -> list[RegimenView]:
        with self.db.reading() as s:
            return [view(r, today) for r in repo.regimens(s)]

    def stop(self, regimen_id: int, *, day: date, today: date) -> Saved:
        v.not_future("--date", day, today)
        with self.db.transaction() as s:
            row = s.get(Regimen, regimen_id)
            if row is None:
                raise InvalidInput("ID", regimen_id, "use an id shown by `vdtracker regimen list`")
            if row.stopped_on is not None:
                raise InvalidInput("ID", regimen_id,
                                   f"use a schedule not stopped yet (it was stopped on {row.stopped_on})")
            if day < row.start:
                raise InvalidInput("--date", day.isoformat(),
                                   f"use a date on or after the schedule's start ({row.start})")
            if row.end is not None and day > row.end:
                raise InvalidInput("--date", day.isoformat(),
                                   f"use a date on or before its end ({row.end}); it has already ended")
            row.stopped_on = day
            name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
            r = repo.to_domain_regimen(row, name)
        return Saved("regimen", r.id, f"Schedule {r.id} ({r.describe()}) stopped on {day_text(day)}; "
                                      f"nothing is due from that day on")

    def record_dose(self, *, supplement: str, day: date, today: date, at: time | None = None,
                    amount: float | None = None, unit: str | None = None, skipped: bool = False,
                    confirmed: bool = False) -> Saved:
        v.not_future("--date", day, today)
        if (amount is None) != (unit is None):
            raise InvalidInput("--amount" if amount is None else "--unit", "(none)",
                               "give --amount and --unit together")
        name = v.text("--supplement", supplement) or ""
        with self.db.transaction() as s:
            sup = repo.find_supplement(s, name)
            active = self._active_regimen(s, sup.id, day) if sup else None
            if amount is None or unit is None:
                if active is None:
                    raise InvalidInput("--supplement", supplement,
                                       f"use a supplement with a schedule active on {day}; "
                                       f"otherwise give --amount and --unit "
                                       f"(known: {self._known(s)})")
                amount, unit = active.dose_amount, active.dose_unit
            else:
                unit = canonical_dose_unit(unit)
                amount = v.dose_amount("--amount", amount, unit, name)
                question = v.typo_question(amount, unit, name)
                if question and not confirmed:
                    raise ConfirmationNeeded("--amount", format_number(amount), question)
            sup = sup or repo.supplement(s, name)
            row = Dose(supplement_id=sup.id, regimen_id=active.id if active else None, day=day,
                       time=at, amount=amount, unit=unit, skipped=skipped)
            s.add(row)
            s.flush()
            what = "Skipped" if skipped else "Taken"
            at_text = f" at {at:%H:%M}" if at else ""
            return Saved("dose", row.id, f"{what}: {sup.name} {format_number(amount)} {unit} "
                                         f"on {day_text(day)}{at_text}")

    @staticmethod
    def _active_regimen(s, supplement_id: int, day: date) -> Regimen | None:  # type: ignore[no-untyped-def]
        rows = s.scalars(select(Regimen).where(Regimen.supplement_id == supplement_id,
                                               Regimen.start <= day)
                         .order_by(Regimen.start.desc(), Regimen.id.desc()))
        for row in rows:
            if repo.to_domain_regimen(row, "").is_active(day):
                return row
        return None

    @staticmethod
    def _known(s) -> str:  # type: ignore[no-untyped-def]
        names = s.scalars(select(Supplement.name).order_by(Supplement.name)).all()
        return ", ".join(names) if names else "none yet"

    def doses(self, until: date | None = None) -> list[DoseRecord]:
        with self.db.reading() as s:
            rows = s.execute(select(Dose, Supplement.name)
                             .join(Supplement, Dose.supplement_id == Supplement.id)
                             .order_by(Dose.day, Dose.id))
            return [DoseRecord(d.id, name, d.day, d.time, d.amount, d.unit, d.regimen_id, d.skipped)
                    for d, name in rows if until is None or d.day <= until]
