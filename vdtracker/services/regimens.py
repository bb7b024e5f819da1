"""Prescribed schedules and the doses logged against them."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import adherence, schedule
from ..domain import validation as v
from ..domain.breaks import WHY, TakingBreak
from ..domain.errors import InvalidInput, reason
from ..domain.messages import message
from ..domain.units import canonical_dose_unit, readable
from ..models import Decision, Dose, Regimen, Supplement
from ..models import TakingBreak as BreakRow
from ..storage import repositories as repo
from ..storage.database import Database
from ..wording import english
from . import moves
from .results import Change, DoseRecord, RegimenView, Saved, added, data_of

# `regimen list --json` keeps its English description and schedule fields in every locale.
ENGLISH = english()


@dataclass(frozen=True)
class RegimenInput:
    """A schedule as typed from the prescription (the form and `regimen add` both hand this)."""

    supplement: str
    amount: float
    unit: str
    start: date
    every_days: int | None = None
    weekdays: str | None = None
    weeks: int | None = None
    end: date | None = None
    phase: str = "ongoing"
    note: str | None = None
    remind_at: time | None = None


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
        id=r.id, supplement=r.supplement, amount=r.amount, unit=r.unit,
        schedule=ENGLISH.common.how_often(r.plan),
        every_days=r.rule.every_days, weekdays=r.rule.weekdays_text() or None, start=r.start,
        end=r.end, phase=r.phase, stopped_on=r.stopped_on, status=status(r, today),
        stop_why=r.stop_why, stop_note=r.stop_note,
        average_per_day=schedule.average_per_day(r.amount, r.rule),
        description=ENGLISH.schedule(r.plan), remind_at=r.remind_at, plan=r.plan, note=r.note,
        moved_on=r.moved_on)


class RegimenService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, plan: RegimenInput, *, confirmed: bool = False,
            replace_id: int | None = None) -> Saved:
        """Save a schedule; with replace_id, change that saved schedule instead of adding one."""
        name = v.text("supplement", plan.supplement)
        if not name:
            raise InvalidInput("supplement", "", reason("supplement-name"))
        unit = canonical_dose_unit(plan.unit)
        amount = v.dose_amount("dose", plan.amount, unit, name)
        phase = v.choice("phase", plan.phase, schedule.PHASES) or "ongoing"
        weekdays = (schedule.parse_weekdays(plan.weekdays) if plan.weekdays is not None
                    else frozenset())  # "" is refused as no day names, not taken for none
        rule = schedule.Rule(every_days=plan.every_days, weekdays=weekdays)
        start, end, weeks = plan.start, plan.end, plan.weeks
        if weeks is not None and end is not None:
            raise InvalidInput("weeks", weeks, reason("weeks-or-end"))
        if weeks is not None:
            end = schedule.end_from_weeks(start, weeks)
        if end is not None and end < start:
            raise InvalidInput("end", end.isoformat(), reason("end-after-start", start=start))
        v.check_typo("dose", amount, unit, name, confirmed, rule)
        fields = dict(dose_amount=amount, dose_unit=unit, every_days=rule.every_days,
                      weekdays=rule.weekdays_text() or None, start=start, end=end, weeks=weeks,
                      phase=phase, note=v.text("note", plan.note, v.MAX_TEXT),
                      remind_at=plan.remind_at)
        with self.db.transaction() as s:
            sup, new_name = self._supplement(s, name)
            before = None
            if replace_id is None:
                row = Regimen(supplement_id=sup.id, **fields)
                s.add(row)
            else:
                row = self._row(s, replace_id)
                before = data_of("regimen", row)
                row.supplement_id = sup.id
                for key, value in fields.items():
                    setattr(row, key, value)
            s.flush()
            r = repo.to_domain_regimen(row, sup.name)
            changes = (*new_name, Change("regimen", r.id, before, data_of("regimen", row)))
        avg = schedule.average_per_day(amount, rule)
        return Saved(message("saved.schedule", id=r.id, plan=r.plan, phase=phase, start=start,
                             end=end, per_day=readable(avg), unit=unit,
                             remind_at=plan.remind_at,
                             changed=replace_id is not None), changes)

    def list(self, today: date) -> list[RegimenView]:
        with self.db.reading() as s:
            return [view(r, today) for r in repo.regimens(s)]

    def stop(self, regimen_id: int, *, day: date, today: date, why: str | None = None,
             note: str | None = None) -> Saved:
        """End a schedule early on `day` (nothing is due from then on), with the reason the
        user gave (one of breaks.WHY) and their note, both optional; undo restores the row."""
        why = v.choice("why", why, WHY)
        note = v.text("note", note, v.MAX_TEXT)
        v.not_future("date", day, today)
        with self.db.transaction() as s:
            row = self._row(s, regimen_id)
            if row.stopped_on is not None:
                raise InvalidInput("id", regimen_id, reason("already-stopped", on=row.stopped_on))
            if day < row.start:
                raise InvalidInput("date", day.isoformat(),
                                   reason("stop-after-start", start=row.start))
            if row.end is not None and day > row.end:
                raise InvalidInput("date", day.isoformat(), reason("stop-before-end", end=row.end))
            before = data_of("regimen", row)
            row.stopped_on, row.stop_why, row.stop_note = day, why, note
            name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
            r = repo.to_domain_regimen(row, name)
            change = Change("regimen", r.id, before, data_of("regimen", row))
        return Saved(message("saved.stopped", id=r.id, plan=r.plan, start=r.start, day=day,
                             why=why), (change,))

    def move(self, regimen_id: int, *, day: date, today: date, weekdays: str | None = None
             ) -> Saved:
        """The rest of a schedule moved after a late dose on `day` (services.moves)."""
        with self.db.transaction() as s:
            return moves.move(s, self._row(s, regimen_id), day, today, weekdays)

    def no_maintenance(self, regimen_id: int, *, day: date, today: date,
                       note: str | None = None) -> Saved:
        """'My clinician prescribed no maintenance' after this loading course, said on `day`:
        silences that course's lapse warning from that day, and nothing else."""
        v.not_future("date", day, today)
        with self.db.transaction() as s:
            row = self._row(s, regimen_id)
            if row.phase != "loading":
                raise InvalidInput("id", regimen_id, reason("not-a-course"))
            if day < row.start:
                raise InvalidInput("date", day.isoformat(),
                                   reason("stop-after-start", start=row.start))
            said = s.scalar(select(Decision.said_on).where(Decision.regimen_id == regimen_id,
                                                           Decision.kind == "no-maintenance"))
            if said is not None:
                raise InvalidInput("id", regimen_id, reason("already-no-maintenance", on=said))
            made = Decision(regimen_id=regimen_id, kind="no-maintenance", said_on=day,
                            note=v.text("note", note, v.MAX_TEXT))
            s.add(made)
            s.flush()
            name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
            r = repo.to_domain_regimen(row, name)
            change = added("decision", made)
        return Saved(message("saved.no-maintenance", id=r.id, plan=r.plan, start=r.start,
                             day=day), (change,))

    def stopped_taking(self, regimen_id: int, *, first: date, last: date, today: date,
                       why: str | None = None, note: str | None = None) -> Saved:
        """'I had stopped taking it' from `first` to `last`: every due date of the schedule in
        that span with nothing logged is settled as not taken, as one row (one undo)."""
        why = v.choice("why", why, WHY)
        note = v.text("note", note, v.MAX_TEXT)
        v.not_future("from", first, today)
        v.not_future("to", last, today)
        if last < first:
            raise InvalidInput("to", last.isoformat(), reason("date-not-before", first=first))
        with self.db.transaction() as s:
            row = self._row(s, regimen_id)
            if first < row.start:
                raise InvalidInput("from", first.isoformat(),
                                   reason("stop-after-start", start=row.start))
            name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
            r = repo.to_domain_regimen(row, name)
            own = adherence.doses_for(r, repo.doses(s, last))
            earlier = repo.breaks(s, regimen_id)
            settled = sum(st.open for st in adherence.match(r, own, first, last, earlier))
            made = BreakRow(regimen_id=regimen_id, first=first, last=last, why=why, note=note)
            s.add(made)
            s.flush()
            change = added("break", made)
        return Saved(message("saved.stopped-taking", id=r.id, plan=r.plan, first=first,
                             last=last, settled=settled), (change,))

    def breaks(self, regimen_id: int | None = None) -> builtins.list[TakingBreak]:
        """The times the user said they had stopped taking a schedule (all, or one's)."""
        with self.db.reading() as s:
            return repo.breaks(s, regimen_id)

    def delete_break(self, break_id: int) -> Saved:
        """Take a recorded break back: its due dates are open (or logged) as before."""
        with self.db.transaction() as s:
            row = s.get(BreakRow, break_id)
            if row is None:
                raise InvalidInput("id", break_id, reason("entry-gone"))
            regimen = self._row(s, row.regimen_id)
            name = s.get(Supplement, regimen.supplement_id).name  # type: ignore[union-attr]
            r = repo.to_domain_regimen(regimen, name)
            change = Change("break", break_id, data_of("break", row), None)
            first, last = row.first, row.last
            s.delete(row)
        return Saved(message("saved.break-deleted", id=r.id, plan=r.plan, first=first,
                             last=last), (change,))

    @staticmethod
    def _row(s: Session, regimen_id: int) -> Regimen:
        row = s.get(Regimen, regimen_id)
        if row is None:
            raise InvalidInput("id", regimen_id, reason("schedule-id"))
        return row

    def count_for(self, dose_id: int, due: date) -> Saved:
        """A dose logged after its due date's grace days counted for that due date: the day it
        was taken stays as logged (undo takes the count back)."""
        with self.db.transaction() as s:
            row = s.get(Dose, dose_id)
            if row is None:
                raise InvalidInput("id", dose_id, reason("entry-gone"))
            if not due < row.day:
                raise InvalidInput("late_for", due.isoformat(),
                                   reason("late-for-before", day=row.day))
            before = data_of("dose", row)
            row.late_for = due
            s.flush()
            name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
            change = Change("dose", int(row.id), before, data_of("dose", row))
        return Saved(message("saved.late-for", supplement=name, day=row.day, due=due), (change,))

    def record_doses(self, regimen_id: int, answers: Sequence[tuple[date, bool]], *,
                     today: date) -> Saved:
        """Several due dates of one schedule answered together (True: taken on that date,
        False: skipped), all or none, as one step for undo."""
        for day, _ in answers:
            v.not_future("date", day, today)
        with self.db.transaction() as s:
            row = self._row(s, regimen_id)
            name = s.get(Supplement, row.supplement_id).name  # type: ignore[union-attr]
            made = [Dose(supplement_id=row.supplement_id, regimen_id=row.id, day=day,
                         amount=row.dose_amount, unit=row.dose_unit, skipped=not taken)
                    for day, taken in answers]
            s.add_all(made)
            s.flush()
            changes = tuple(added("dose", d) for d in made)
        taken = sum(1 for _, t in answers if t)
        return Saved(message("saved.doses", supplement=name, taken=taken,
                             skipped=len(answers) - taken), changes)

    @staticmethod
    def _supplement(s: Session, name: str) -> tuple[Supplement, tuple[Change, ...]]:
        """The supplement of that name; a new one is part of the change (undo removes it)."""
        found = repo.find_supplement(s, name)
        if found is not None:
            return found, ()
        made = repo.supplement(s, name)
        return made, (added("supplement", made),)

    def doses(self, until: date | None = None) -> builtins.list[DoseRecord]:
        with self.db.reading() as s:
            rows = s.execute(select(Dose, Supplement.name)
                             .join(Supplement, Dose.supplement_id == Supplement.id)
                             .order_by(Dose.day, Dose.id))
            return [DoseRecord(d.id, name, d.day, d.time, d.amount, d.unit, d.regimen_id, d.skipped,
                               d.late_for)
                    for d, name in rows if until is None or d.day <= until]
