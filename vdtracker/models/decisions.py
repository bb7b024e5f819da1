"""What the user's clinician decided about a schedule, kept with the day it was said."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped

from .base import Base, created_at, metadata, stored

DECISION_KINDS = ("no-maintenance",)

decision = Table(
    "decision", metadata,
    Column("id", Integer, primary_key=True),
    Column("regimen_id", Integer, ForeignKey("regimen.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", String(32), nullable=False),
    Column("said_on", Date, nullable=False, index=True),
    Column("note", Text),
    created_at(),
    CheckConstraint("kind IN ('no-maintenance')", name="kind_known"))


@stored(decision)
class Decision(Base):
    """'My clinician prescribed no maintenance' after a loading course (one per course)."""

    id: Mapped[int]
    regimen_id: Mapped[int]
    kind: Mapped[str]
    said_on: Mapped[date]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
