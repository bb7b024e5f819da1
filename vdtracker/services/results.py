"""Plain results the services return (never live ORM objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, time


@dataclass(frozen=True)
class Saved:
    """What a logging call stored, with a sentence that confirms it."""

    kind: str
    id: int
    summary: str


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

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        for k in ("start", "end", "stopped_on"):
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
