"""What the user's clinician decided about a schedule, kept with the day it was said."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped

DECISION_KINDS = ("no-maintenance",)


class Decision(Timestamped, Base):
    """'My clinician prescribed no maintenance' after a loading course (one per course)."""

    __tablename__ = "decision"
    __table_args__ = (CheckConstraint("kind IN ('no-maintenance')", name="kind_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    regimen_id: Mapped[int] = mapped_column(ForeignKey("regimen.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[str] = mapped_column(String(32))
    said_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)
