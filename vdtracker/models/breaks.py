"""Times the user said they had stopped taking a schedule, with the reason they gave."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from . import tables
from .base import Base, stored


@stored(tables.taking_break)
class TakingBreak(Base):
    """'I had stopped taking it' from `first` to `last` (inclusive): the schedule's due dates in
    that span are settled as not taken; one row, so one undo."""

    id: Mapped[int]
    regimen_id: Mapped[int]
    first: Mapped[date]
    last: Mapped[date]
    why: Mapped[str | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
