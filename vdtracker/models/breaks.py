"""Times the user said they had stopped taking a schedule, with the reason they gave."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class TakingBreak(Timestamped, Base):
    """'I had stopped taking it' from `first` to `last` (inclusive): the schedule's due dates in
    that span are settled as not taken; one row, so one undo."""

    __tablename__ = "taking_break"
    __table_args__ = (
        CheckConstraint("first <= last", name="span_order"),
        CheckConstraint("why IS NULL OR why IN ('ran-out', 'side-effects', 'felt-better', "
                        "'clinician', 'other')", name="why_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    regimen_id: Mapped[int] = mapped_column(ForeignKey("regimen.id", ondelete="CASCADE"),
                                            index=True)
    first: Mapped[date] = mapped_column(Date, index=True)
    last: Mapped[date] = mapped_column(Date)
    why: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
