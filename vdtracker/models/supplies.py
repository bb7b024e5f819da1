"""What the patient has of a supplement: the last count, what one unit holds, and packs bought."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class Supply(Timestamped, Base):
    """One per supplement: `counted` units at `counted_at` (local time, as the patient counted);
    what one unit holds (both or neither: without it, one unit is one dose)."""

    __tablename__ = "supply"
    __table_args__ = (
        CheckConstraint("counted >= 0", name="counted_nonneg"),
        CheckConstraint("form IN ('capsule', 'tablet', 'drop', 'ml', 'ampoule')",
                        name="form_known"),
        CheckConstraint("(holds_amount IS NULL) = (holds_unit IS NULL)", name="holds_both"),
        CheckConstraint("holds_amount IS NULL OR holds_amount > 0", name="holds_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplement_id: Mapped[int] = mapped_column(ForeignKey("supplement.id", ondelete="CASCADE"),
                                               unique=True)
    form: Mapped[str] = mapped_column(String(16))
    holds_amount: Mapped[float | None] = mapped_column(Float)
    holds_unit: Mapped[str | None] = mapped_column(String(16))
    counted: Mapped[float] = mapped_column(Float)
    counted_at: Mapped[datetime] = mapped_column(DateTime)


class SupplyPack(Timestamped, Base):
    """A pack bought: `count` units added at `added_at` (local time)."""

    __tablename__ = "supply_pack"
    __table_args__ = (CheckConstraint("count > 0", name="count_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplement_id: Mapped[int] = mapped_column(ForeignKey("supplement.id", ondelete="CASCADE"),
                                               index=True)
    count: Mapped[float] = mapped_column(Float)
    added_at: Mapped[datetime] = mapped_column(DateTime)
