"""Queries shared by the services: supplements by name, and domain snapshots of stored data.
The snapshots are read in SQLAlchemy Core from the tables (models.tables), through a Core
connection or a session alike: the alert rules' reading never loads the ORM."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, select, type_coerce

from ..domain import adherence, alerts, schedule
from ..domain import supplies as supply
from ..domain.breaks import TakingBreak, as_of_view
from ..models import tables as t
from .rows import core

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..models import Supplement
    from .rows import Reads


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def find_supplement(session: Session, name: str) -> Supplement | None:
    from ..models import Supplement

    return session.scalar(select(Supplement).where(Supplement.name_key == name_key(name)))


def new_supplement(name: str) -> dict[str, str | None]:
    """The columns of a supplement named for the first time: its name tidied, the key it is
    found by, its substance (what its doses count for)."""
    clean = " ".join(name.split())
    return {"name": clean, "name_key": name_key(clean),
            "substance": adherence.substance_key(clean)}


def supplement(session: Session, name: str) -> Supplement:
    """The supplement of that name (case-insensitive), created on first use."""
    from ..models import Supplement

    found = find_supplement(session, name)
    if found is None:
        found = Supplement(**new_supplement(name))
        session.add(found)
        session.flush()
    return found


def to_domain_regimen(row: Any, supplement_name: str) -> schedule.Regimen:
    """A stored regimen (a mapped Regimen or a Core row of its table) as the domain's."""
    rule = (schedule.Rule(every_days=row.every_days) if row.every_days is not None
            else schedule.Rule(weekdays=schedule.parse_weekdays(row.weekdays or "")))
    return schedule.Regimen(row.id, supplement_name, row.dose_amount, row.dose_unit, rule,
                            row.start, row.end, row.phase, row.stopped_on, row.remind_at,
                            row.note, row.stop_why, row.stop_note, row.moved_on, row.moved_from)


def regimens(session: Reads) -> list[schedule.Regimen]:
    reg, sup = t.regimen, t.supplement
    rows = session.execute(select(reg, sup.c.name.label("supplement_name"))
                           .join(sup, reg.c.supplement_id == sup.c.id)
                           .order_by(reg.c.start, reg.c.id))
    return [to_domain_regimen(r, r.supplement_name) for r in rows]


def doses(session: Reads, until: date | None = None) -> list[adherence.Dose]:
    d, sup = t.dose, t.supplement
    q = (select(d.c.id, sup.c.name, raw_day(d.c.day), d.c.time, d.c.regimen_id,
                d.c.skipped, raw_day(d.c.late_for))
         .join(sup, d.c.supplement_id == sup.c.id).order_by(d.c.day, d.c.id))
    if until is not None:
        q = q.where(d.c.day <= until)
    return [adherence.Dose(i, name, stored_day(day), at, rid, skipped,
                           None if late is None else stored_day(late))
            for i, name, day, at, rid, skipped, late in core(session).execute(q)]


def raw_day(column: Any) -> Any:
    """The column's stored text: SQLAlchemy's own date parsing for SQLite costs most of the
    alert rules' time over a long diary; date.fromisoformat (stored_day) is many times faster."""
    return type_coerce(column, String)


def stored_day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)  # other databases


def snapshot(session: Reads, as_of: date, whole_diary: bool = True) -> alerts.Snapshot:
    """Everything the alert rules read, up to and including as_of. With `whole_diary` False
    the symptoms only from the latest course's start (none without a schedule): all the
    alert rules read of them (domain.alerts, course_start), at a fraction of a long diary's
    reading."""
    regs = regimens(session)
    since = date.min if whole_diary else alerts.course_start(regs, as_of) or date.max
    lab, recheck = t.lab_result.c, t.recheck_date.c
    conn = core(session)
    labs = [alerts.LabReading(*row) for row in conn.execute(
        select(lab.id, lab.analyte, lab.value, lab.unit, lab.day, lab.ref_low, lab.ref_high,
               lab.value_text)
        .where(lab.day <= as_of))]
    rechecks = [alerts.Recheck(*row) for row in conn.execute(
        select(recheck.analyte, recheck.due, recheck.set_on).where(recheck.set_on <= as_of))]
    pain, night, spasm = t.pain_entry.c, t.cramp_night.c, t.spasm_episode.c
    pains = [(stored_day(day), score) for day, score in conn.execute(
        select(raw_day(pain.day), pain.score).where(pain.day <= as_of, pain.day >= since))]
    nights = [(stored_day(night_of), count) for night_of, count in conn.execute(
        select(raw_day(night.night_of), night.count)
        .where(night.night_of <= as_of, night.night_of >= since, night.daytime.is_(False)))]
    spasms = [(stored_day(day), count) for day, count in conn.execute(
        select(raw_day(spasm.day), spasm.count)
        .where(spasm.day <= as_of, spasm.day >= since))]
    return alerts.Snapshot(regs, doses(conn, as_of), labs, rechecks, pains, nights, spasms,
                           no_maintenance(conn, as_of), as_of_view(breaks(conn), as_of),
                           supplies(conn, as_of))


def supplies(session: Reads, as_of: date | None = None
             ) -> list[tuple[supply.Stock, list[supply.Taken]]]:
    """Each supplement's last count (one made by as_of), with the packs bought and the doses
    taken (not skipped) from the day before the count on, up to as_of: what supply.left
    reads."""
    out = []
    have, sup, pack, d = t.supply.c, t.supplement.c, t.supply_pack.c, t.dose.c
    conn = core(session)
    rows = conn.execute(select(have.form, have.counted, have.counted_at, have.holds_amount,
                               have.holds_unit, sup.id, sup.name, sup.substance)
                        .join(t.supplement, have.supplement_id == sup.id)
                        .order_by(sup.name_key)).all()
    for row in rows:
        if as_of is not None and row.counted_at.date() > as_of:
            continue
        packs = tuple((added, count) for added, count in conn.execute(
            select(pack.added_at, pack.count).where(pack.supplement_id == row.id)
            .order_by(pack.id))
            if as_of is None or added.date() <= as_of)
        stock = supply.Stock(row.name, row.substance, row.form, row.counted, row.counted_at,
                             row.holds_amount, row.holds_unit, packs)
        q = (select(d.day, d.time, d.created_at, d.amount, d.unit)
             .where(d.supplement_id == row.id, d.skipped.is_(False),
                    d.day >= row.counted_at.date() - timedelta(days=1)).order_by(d.id))
        if as_of is not None:
            q = q.where(d.day <= as_of)
        taken = [supply.Taken(day, at, _local(made), amount, unit)
                 for day, at, made, amount, unit in conn.execute(q)]
        out.append((stock, taken))
    return out


def _local(utc: datetime) -> datetime:
    """A stored UTC time (created_at) as local time, as the patient counts."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def breaks(session: Reads, regimen_id: int | None = None) -> list[TakingBreak]:
    """The times the user said they had stopped taking a schedule, by schedule and first day."""
    b = t.taking_break.c
    q = select(t.taking_break).order_by(b.regimen_id, b.first, b.id)
    if regimen_id is not None:
        q = q.where(b.regimen_id == regimen_id)
    return [to_domain_break(row) for row in core(session).execute(q)]


def to_domain_break(row: Any) -> TakingBreak:
    """A stored break (a mapped TakingBreak or a Core row of its table) as the domain's."""
    return TakingBreak(row.regimen_id, row.first, row.last, row.why, row.note, row.id)


def no_maintenance(session: Reads, as_of: date) -> dict[int, date]:
    """Loading courses after which the clinician prescribed no maintenance, said by as_of."""
    said = t.decision.c
    return {regimen_id: on for regimen_id, on in core(session).execute(
        select(said.regimen_id, said.said_on)
        .where(said.kind == "no-maintenance", said.said_on <= as_of))}
