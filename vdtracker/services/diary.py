"""Logging symptoms: one day's entry (pain, cramps, spasm, a note) saved in one transaction,
in SQLAlchemy Core (a new process that logs a pain score never loads the ORM)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.day_entry import DayEntry
from ..domain.messages import message
from ..models import tables as t
from ..storage.database import Database
from ..storage.rows import inserted
from .results import Saved, added


def rows_for(entry: DayEntry) -> list[tuple[str, dict[str, Any]]]:
    """The stored rows of a checked entry, as column values; the first row carries the day's
    note."""
    rows: list[tuple[str, dict[str, Any]]] = []
    note = entry.note
    if entry.pain is not None:
        p = entry.pain
        rows.append(("pain", dict(day=entry.day, time=entry.at, score=p.score, region=p.region,
                                  note=note)))
        note = None
    c = entry.cramps
    if c is not None:
        rows.append(("cramp", dict(
            night_of=entry.night_of, daytime=c.daytime, count=c.count, severity=c.severity,
            longest_min=c.longest_min, sleep_disturbance=c.sleep, region=c.region, side=c.side,
            note=note)))
        note = None
    s = entry.spasm
    if s is not None:
        rows.append(("spasm", dict(day=entry.day, time=entry.at, count=s.count,
                                   severity=s.severity, region=s.region,
                                   duration_min=s.duration_min, note=note)))
    return rows


def saved_message(kind: str, row: Any) -> Any:
    if kind == "pain":
        return message("saved.pain", score=row.score, region=row.region, day=row.day)
    if kind == "cramp":
        return message("saved.cramp", count=row.count, daytime=row.daytime, day=row.night_of)
    return message("saved.spasm", count=row.count, region=row.region, day=row.day)


class DiaryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save_day(self, entry: DayEntry, *, today: date) -> Saved:
        """Check and save a day's entry: all its rows or none. Raises InvalidInput naming
        the field (the window and `vdtracker log` both come through here)."""
        checked = entry.checked(today)
        with self.db.connect() as conn:
            stored = [(kind, inserted(conn, t.BY_KIND[kind], values))
                      for kind, values in rows_for(checked)]
            return Saved(message("saved.entries",
                                 parts=tuple(saved_message(k, r) for k, r in stored)),
                         tuple(added(k, r) for k, r in stored))
