"""Queries shared by the services: supplements by name, and domain snapshots of stored data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ..domain import adherence, alerts, schedule
from ..domain import supplies as supply
from ..domain.breaks import TakingBreak, as_of_view
from ..models import (
    CrampNight,
    Decision,
    Dose,
    LabResult,
    PainEntry,
    RecheckDate,
    Regimen,
    SpasmEpisode,
    Supplement,
    Supply,
    SupplyPack,
)
from ..models import TakingBreak as BreakRow


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def find_supplement(session: Session, name: str) -> Supplement | None:
    return session.scalar(select(Supplement).where(Supplement.name_key == name_key(name)))


def supplement(session: Session, name: str) -> Supplement:
    """The supplement of that name (case-insensitive), created on first use."""
    found = find_supplement(session, name)
    if found is None:
        clean = " ".join(name.split())
        found = Supplement(name=clean, name_key=name_key(clean),
                           substance=adherence.substance_key(clean))
        session.add(found)
        session.flush()
    return found


def to_domain_regimen(row: Regimen, supplement_name: str) -> schedule.Regimen:
    rule = (schedule.Rule(every_days=row.every_days) if row.every_days is not None
            else schedule.Rule(weekdays=schedule.parse_weekdays(row.weekdays or "")))
    return schedule.Regimen(row.id, supplement_name, row.dose_amount, row.dose_unit, rule,
                            row.start, row.end, row.phase, row.stopped_on, row.remind_at,
                            row.note, row.stop_why, row.stop_note, row.moved_on, row.moved_from)


def regimens(session: Session) -> list[schedule.Regimen]:
    rows = session.execute(select(Regimen, Supplement.name)
                           .join(Supplement, Regimen.supplement_id == Supplement.id)
                           .order_by(Regimen.start, Regimen.id))
    return [to_domain_regimen(r, name) for r, name in rows]


def doses(session: Session, until: date | None = None) -> list[adherence.Dose]:
    q = (select(Dose.id, Supplement.name, _raw_day(Dose.day), Dose.time, Dose.regimen_id,
                Dose.skipped, _raw_day(Dose.late_for))
         .join(Supplement, Dose.supplement_id == Supplement.id).order_by(Dose.day, Dose.id))
    if until is not None:
        q = q.where(Dose.day <= until)
    return [adherence.Dose(i, name, _day(day), at, rid, skipped,
                           None if late is None else _day(late))
            for i, name, day, at, rid, skipped, late in session.connection().execute(q)]


def _raw_day(column: Any) -> Any:
    """The column's stored text: SQLAlchemy's own date parsing for SQLite costs most of the
    alert rules' time over a long diary; date.fromisoformat (see _day) is many times faster."""
    return type_coerce(column, String)


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)  # other databases


def snapshot(session: Session, as_of: date, whole_diary: bool = True) -> alerts.Snapshot:
    """Everything the alert rules read, up to and including as_of. With `whole_diary` False
    the symptoms only from the latest course's start (none without a schedule): all the
    alert rules read of them (domain.alerts, course_start), at a fraction of a long diary's
    reading."""
    regs = regimens(session)
    since = date.min if whole_diary else alerts.course_start(regs, as_of) or date.max
    labs = [alerts.LabReading(*row) for row in session.execute(
        select(LabResult.id, LabResult.analyte, LabResult.value, LabResult.unit, LabResult.day,
               LabResult.ref_low, LabResult.ref_high, LabResult.value_text)
        .where(LabResult.day <= as_of))]
    rechecks = [alerts.Recheck(*row) for row in session.execute(
        select(RecheckDate.analyte, RecheckDate.due, RecheckDate.set_on)
        .where(RecheckDate.set_on <= as_of))]
    core = session.connection()  # plain rows: the ORM's row loading costs more than the query
    pain = [(_day(day), score) for day, score in core.execute(
        select(_raw_day(PainEntry.day), PainEntry.score)
        .where(PainEntry.day <= as_of, PainEntry.day >= since))]
    nights = [(_day(night), count) for night, count in core.execute(
        select(_raw_day(CrampNight.night_of), CrampNight.count)
        .where(CrampNight.night_of <= as_of, CrampNight.night_of >= since,
               CrampNight.daytime.is_(False)))]
    spasms = [(_day(day), count) for day, count in core.execute(
        select(_raw_day(SpasmEpisode.day), SpasmEpisode.count)
        .where(SpasmEpisode.day <= as_of, SpasmEpisode.day >= since))]
    return alerts.Snapshot(regs, doses(session, as_of), labs, rechecks, pain,
                           nights, spasms, no_maintenance(session, as_of),
                           as_of_view(breaks(session), as_of), supplies(session, as_of))


def supplies(session: Session, as_of: date | None = None
             ) -> list[tuple[supply.Stock, list[supply.Taken]]]:
    """Each supplement's last count (one made by as_of), with the packs bought and the doses
    taken (not skipped) from the day before the count on, up to as_of: what supply.left
    reads."""
    out = []
    rows = session.execute(select(Supply, Supplement)
                           .join(Supplement, Supply.supplement_id == Supplement.id)
                           .order_by(Supplement.name_key)).all()
    for row, sup in rows:
        if as_of is not None and row.counted_at.date() > as_of:
            continue
        packs = tuple((p.added_at, p.count) for p in session.scalars(
            select(SupplyPack).where(SupplyPack.supplement_id == sup.id))
            if as_of is None or p.added_at.date() <= as_of)
        stock = supply.Stock(sup.name, sup.substance, row.form, row.counted, row.counted_at,
                             row.holds_amount, row.holds_unit, packs)
        q = select(Dose).where(Dose.supplement_id == sup.id, Dose.skipped.is_(False),
                               Dose.day >= row.counted_at.date() - timedelta(days=1))
        if as_of is not None:
            q = q.where(Dose.day <= as_of)
        taken = [supply.Taken(d.day, d.time, _local(d.created_at), d.amount, d.unit)
                 for d in session.scalars(q)]
        out.append((stock, taken))
    return out


def _local(utc: datetime) -> datetime:
    """A stored UTC time (created_at) as local time, as the patient counts."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def breaks(session: Session, regimen_id: int | None = None) -> list[TakingBreak]:
    """The times the user said they had stopped taking a schedule, by schedule and first day."""
    q = select(BreakRow).order_by(BreakRow.regimen_id, BreakRow.first, BreakRow.id)
    if regimen_id is not None:
        q = q.where(BreakRow.regimen_id == regimen_id)
    return [to_domain_break(row) for row in session.scalars(q)]


def to_domain_break(row: BreakRow) -> TakingBreak:
    return TakingBreak(row.regimen_id, row.first, row.last, row.why, row.note, row.id)


def no_maintenance(session: Session, as_of: date) -> dict[int, date]:
    """Loading courses after which the clinician prescribed no maintenance, said by as_of."""
    return {regimen_id: said for regimen_id, said in session.execute(
        select(Decision.regimen_id, Decision.said_on)
        .where(Decision.kind == "no-maintenance", Decision.said_on <= as_of))}
