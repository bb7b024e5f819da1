"""Plain results the services return (never live ORM objects)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Any

from ..domain.messages import Message
from ..domain.schedule import Plan


@dataclass(frozen=True)
class EntryData:
    """All stored columns of one entry, enough to put it back exactly as it was."""

    kind: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return int(self.values["id"])


def data_of(kind: str, row: Any) -> EntryData:
    """Every stored column of a row (read inside the caller's transaction): a mapped object, or
    a Core row of its whole table."""
    if hasattr(row, "_mapping"):
        return EntryData(kind, dict(row._mapping))
    return EntryData(kind, {c.key: getattr(row, c.key) for c in row.__table__.columns})


def added(kind: str, row: Any) -> Change:
    """A row just added (flushed, so it has its id)."""
    return Change(kind, int(row.id), None, data_of(kind, row))


@dataclass(frozen=True)
class Change:
    """One stored row going from `before` to `after` (None: absent), read inside the
    transaction that made the change: all an undo step needs."""

    kind: str
    id: int
    before: EntryData | None
    after: EntryData | None

    def reversed(self) -> Change:
        return Change(self.kind, self.id, self.after, self.before)


def backwards(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    return tuple(c.reversed() for c in reversed(changes))


@dataclass(frozen=True)
class Saved:
    """What a call stored: a message that confirms it, and the changes for undo."""

    message: Message
    changes: tuple[Change, ...] = ()

    def added_id(self, kind: str) -> int | None:
        """The id of the first `kind` row this call added (a dose just logged), if any."""
        return next((c.id for c in self.changes
                     if c.kind == kind and c.before is None and c.after is not None), None)

    def undoing(self) -> tuple[Change, ...]:
        """The changes that put everything back, in the order to apply them."""
        return backwards(self.changes)

    @property
    def kind(self) -> str:
        """The row the call was about: the last change (a new supplement name comes first)."""
        return self.changes[-1].kind

    @property
    def id(self) -> int:
        return self.changes[-1].id


@dataclass(frozen=True)
class RegimenView:
    id: int
    supplement: str
    amount: float
    unit: str
    schedule: str  # "every 7 days" / "on Mon, Thu"
    every_days: int | None
    weekdays: str | None
    start: date
    end: date | None
    phase: str
    stopped_on: date | None
    status: str  # planned / active / ended / stopped
    average_per_day: float
    description: str
    remind_at: time | None = None
    plan: Plan | None = None
    note: str | None = None
    stop_why: str | None = None  # why it was stopped early (domain.breaks.WHY), when said
    stop_note: str | None = None
    moved_on: date | None = None  # moved after a late dose that day (`regimen move`)

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        for k in ("start", "end", "stopped_on", "moved_on"):
            d[k] = d[k].isoformat() if d[k] else None
        d["remind_at"] = self.remind_at.strftime("%H:%M") if self.remind_at else None
        return d


@dataclass(frozen=True)
class DoseRecord:
    id: int
    supplement: str
    day: date
    time: time | None
    amount: float
    unit: str
    regimen_id: int | None
    skipped: bool
    late_for: date | None = None  # taken late, counted for that due date
