"""Times the user said they had stopped taking a schedule, with the reason they gave."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped

from .base import Base, created_at, metadata, stored

taking_break = Table(
    "taking_break", metadata,
    Column("id", Integer, primary_key=True),
    Column("regimen_id", Integer, ForeignKey("regimen.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("first", Date, nullable=False, index=True),
    Column("last", Date, nullable=False),
    Column("why", String(16)),
    Column("note", Text),
    created_at(),
    CheckConstraint("first <= last", name="span_order"),
    CheckConstraint("why IS NULL OR why IN ('ran-out', 'side-effects', 'felt-better', "
                    "'clinician', 'other')", name="why_known"))


@stored(taking_break)
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
