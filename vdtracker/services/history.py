"""Every stored entry as one history, newest first, paged and filtered: read in SQLAlchemy Core
(Today's day list and the History page never load the ORM to show what was logged)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import Subquery, func, literal, select, union_all

from ..domain.messages import Message
from ..models import tables as t
from ..storage.database import Database
from ..storage.repositories import to_domain_regimen
from .entry_lines import summarize

HISTORY_KINDS = ("pain", "cramp", "spasm", "dose", "lab", "decision")
DAY_FIELD = {"pain": "day", "cramp": "night_of", "spasm": "day", "dose": "day", "lab": "day",
             "decision": "said_on", "regimen": "start", "break": "first"}
VALUE_FIELD = {"pain": "score", "cramp": "count", "spasm": "count", "dose": "amount",
               "lab": "value"}


@dataclass(frozen=True)
class EntryRow:
    kind: str
    id: int
    day: date
    time: time | None
    summary: Message
    value: float | None
    note: str | None


@dataclass(frozen=True)
class HistoryFilter:
    kinds: tuple[str, ...] = HISTORY_KINDS
    first: date | None = None
    last: date | None = None


def _keys(f: HistoryFilter) -> Subquery | None:
    parts = []
    for kind in f.kinds:
        c = t.BY_KIND[kind].c
        day = c[DAY_FIELD[kind]]
        tm = c["time"] if "time" in c else literal(None)
        q = select(literal(kind).label("kind"), c.id.label("id"), day.label("day"),
                   tm.label("tm"))
        if f.first is not None:
            q = q.where(day >= f.first)
        if f.last is not None:
            q = q.where(day <= f.last)
        parts.append(q)
    if not parts:
        return None
    return union_all(*parts).subquery()


class HistoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def any(self, kind: str) -> bool:
        """Whether anything of that kind ("regimen", "lab" …) is saved, without reading it all."""
        table = t.BY_KIND[kind]
        with self.db.connect() as conn:
            return conn.execute(select(table.c.id).limit(1)).first() is not None

    def count(self, f: HistoryFilter) -> int:
        keys = _keys(f)
        if keys is None:
            return 0
        with self.db.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(keys)) or 0)

    def page(self, f: HistoryFilter, offset: int, limit: int) -> list[EntryRow]:
        """Newest first: by day, then time (untimed last within a day), then newest id."""
        keys = _keys(f)
        if keys is None:
            return []
        q = (select(keys.c.kind, keys.c.id)
             .order_by(keys.c.day.desc(), keys.c.tm.is_(None), keys.c.tm.desc(), keys.c.id.desc(),
                       keys.c.kind)
             .offset(offset).limit(limit))
        with self.db.connect() as conn:
            order = [(k, i) for k, i in conn.execute(q)]
            wanted: dict[str, list[int]] = {}
            for k, i in order:
                wanted.setdefault(k, []).append(i)
            rows: dict[tuple[str, int], EntryRow] = {}
            for kind, ids in wanted.items():
                table = t.BY_KIND[kind]
                sup, reg = t.supplement.c, t.regimen.c
                items: list[tuple[Any, Any]]
                if kind == "dose":  # with its schedule's amount, to note a dose far from it
                    found = conn.execute(
                        select(table, sup.name.label("supplement_name"),
                               reg.dose_amount.label("scheduled_amount"),
                               reg.dose_unit.label("scheduled_unit"))
                        .join(t.supplement, table.c.supplement_id == sup.id)
                        .outerjoin(t.regimen, table.c.regimen_id == reg.id)
                        .where(table.c.id.in_(ids)))
                    items = [(r, (r.supplement_name, r.scheduled_amount, r.scheduled_unit))
                             for r in found]
                elif kind == "decision":
                    said = conn.execute(select(table).where(table.c.id.in_(ids))).all()
                    courses = {r.id: to_domain_regimen(r, r.supplement_name) for r in conn.execute(
                        select(t.regimen, sup.name.label("supplement_name"))
                        .join(t.supplement, reg.supplement_id == sup.id)
                        .where(reg.id.in_({r.regimen_id for r in said})))}
                    items = [(r, courses[r.regimen_id]) for r in said
                             if r.regimen_id in courses]  # as the join did: none without one
                else:
                    items = [(r, None) for r in conn.execute(select(table)
                                                             .where(table.c.id.in_(ids)))]
                for r, extra in items:
                    rows[(kind, r.id)] = EntryRow(
                        kind, r.id, getattr(r, DAY_FIELD[kind]), getattr(r, "time", None),
                        summarize(kind, r, extra),
                        getattr(r, VALUE_FIELD[kind]) if kind in VALUE_FIELD else None, r.note)
            return [rows[key] for key in order if key in rows]
