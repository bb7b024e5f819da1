"""Every stored entry as one history: newest first, paged, filterable; edit, delete and restore."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from sqlalchemy import Select, func, literal, select, union_all

from ..domain import validation as v
from ..domain.errors import InvalidInput
from ..domain.symptoms import check_score
from ..domain.units import format_number
from ..models import (CrampNight, Dose, LabResult, PainEntry, RecheckDate, Regimen, SpasmEpisode,
                      Supplement)
from ..storage.database import Database
from .labs import parse_value
from .summaries import summarize

MODELS: dict[str, Any] = {"pain": PainEntry, "cramp": CrampNight, "spasm": SpasmEpisode,
                          "dose": Dose, "lab": LabResult, "regimen": Regimen,
                          "recheck": RecheckDate}
HISTORY_KINDS = ("pain", "cramp", "spasm", "dose", "lab")
DAY_FIELD = {"pain": "day", "cramp": "night_of", "spasm": "day", "dose": "day", "lab": "day"}
VALUE_FIELD = {"pain": "score", "cramp": "count", "spasm": "count", "dose": "amount", "lab": "value"}


@dataclass(frozen=True)
class EntryRow:
    kind: str
    id: int
    day: date
    time: time | None
    summary: str
    value: float | None
    note: str | None


@dataclass(frozen=True)
class EntryData:
    """All stored columns of one entry, enough to put it back exactly as it was."""

    kind: str
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return int(self.values["id"])


@dataclass(frozen=True)
class HistoryFilter:
    kinds: tuple[str, ...] = HISTORY_KINDS
    first: date | None = None
    last: date | None = None


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


class EntryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading ----------------------------------------------------------------
    def _keys(self, f: HistoryFilter) -> Select[Any] | None:
        parts = []
        for kind in f.kinds:
            model = MODELS[kind]
            day = getattr(model, DAY_FIELD[kind])
            tm = getattr(model, "time", None)
            q = select(literal(kind).label("kind"), model.id.label("id"), day.label("day"),
                       (tm if tm is not None else literal(None)).label("tm"))
            if f.first is not None:
                q = q.where(day >= f.first)
            if f.last is not None:
                q = q.where(day <= f.last)
            parts.append(q)
        if not parts:
            return None
        return union_all(*parts).subquery()  # type: ignore[return-value]

    def count(self, f: HistoryFilter) -> int:
        keys = self._keys(f)
        if keys is None:
            return 0
        with self.db.reading() as s:
            return int(s.scalar(select(func.count()).select_from(keys)) or 0)

    def page(self, f: HistoryFilter, offset: int, limit: int) -> list[EntryRow]:
        """Newest first: by day, then time (untimed last within a day), then newest id."""
        keys = self._keys(f)
        if keys is None:
            return []
        q = (select(keys.c.kind, keys.c.id)
             .order_by(keys.c.day.desc(), keys.c.tm.is_(None), keys.c.tm.desc(), keys.c.id.desc(),
                       keys.c.kind)
             .offset(offset).limit(limit))
        with self.db.reading() as s:
            order = [(k, i) for k, i in s.execute(q)]
            wanted: dict[str, list[int]] = {}
            for k, i in order:
                wanted.setdefault(k, []).append(i)
            rows: dict[tuple[str, int], EntryRow] = {}
            for kind, ids in wanted.items():
                model = MODELS[kind]
                if kind == "dose":
                    found = s.execute(select(model, Supplement.name)
                                      .join(Supplement, model.supplement_id == Supplement.id)
                                      .where(model.id.in_(ids)))
                    items = [(r, name) for r, name in found]
                else:
                    items = [(r, None) for r in s.scalars(select(model).where(model.id.in_(ids)))]
                for r, extra in items:
                    rows[(kind, r.id)] = EntryRow(
                        kind, r.id, getattr(r, DAY_FIELD[kind]), getattr(r, "time", None),
                        summarize(kind, r, extra), getattr(r, VALUE_FIELD[kind]), r.note)
            return [rows[key] for key in order if key in rows]

    def get(self, kind: str, entry_id: int) -> EntryData:
        with self.db.reading() as s:
            row = s.get(MODELS[kind], entry_id)
            if row is None:
                raise InvalidInput("entry", f"{kind} {entry_id}", "an entry that still exists")
            return EntryData(kind, _columns(row))

    # ---- changing ---------------------------------------------------------------
    def delete(self, kind: str, entry_id: int) -> EntryData:
        """Remove one entry and return everything needed to restore it."""
        with self.db.transaction() as s:
            row = s.get(MODELS[kind], entry_id)
            if row is None:
                raise InvalidInput("entry", f"{kind} {entry_id}", "an entry that still exists")
            data = EntryData(kind, _columns(row))
            s.delete(row)
            return data

    def restore(self, data: EntryData) -> None:
        """Put an entry back exactly as it was (same id), whether deleted or edited since."""
        with self.db.transaction() as s:
            s.merge(MODELS[data.kind](**data.values))

    def update(self, kind: str, entry_id: int, field_name: str, typed: Any, *, today: date
               ) -> EntryData:
        """Change one field after checking it as the logging forms do; returns the old entry."""
        column, value = self._checked(kind, field_name, typed, today)
        with self.db.transaction() as s:
            row = s.get(MODELS[kind], entry_id)
            if row is None:
                raise InvalidInput("entry", f"{kind} {entry_id}", "an entry that still exists")
            old = EntryData(kind, _columns(row))
            setattr(row, column, value)
            if kind == "lab" and column == "value":
                row.value_text = format_number(value) if not isinstance(typed, str) else typed.strip()
            return old

    @staticmethod
    def _checked(kind: str, field_name: str, typed: Any, today: date) -> tuple[str, Any]:
        if field_name == "day":
            if not isinstance(typed, date):
                raise InvalidInput("date", typed, "use a date like 2025-01-31")
            return DAY_FIELD[kind], v.not_future("date", typed, today)
        if field_name == "note":
            return "note", v.text("note", str(typed) if typed is not None else None, v.MAX_TEXT)
        if field_name != "value":
            raise InvalidInput("field", field_name, "use day, value or note")
        column = VALUE_FIELD[kind]
        if kind == "pain":
            return column, check_score("pain", _num(typed), required=True)
        if kind in ("cramp", "spasm"):
            n = _num(typed)
            if n != int(n):
                raise InvalidInput("count", typed, "use a whole number from 1 to 200")
            return column, v.count("count", int(n), low=1)
        if kind == "dose":
            n = _num(typed)
            if n <= 0:
                raise InvalidInput("amount", typed, "use a dose above 0")
            return column, n
        return column, parse_value("value", str(typed))


def _num(typed: Any) -> float:
    try:
        return float(str(typed).replace(",", ""))
    except ValueError:
        raise InvalidInput("value", typed, "use a number") from None


__all__ = ["EntryData", "EntryRow", "EntryService", "HistoryFilter", "HISTORY_KINDS"]
