"""What the patient has of a supplement: the last count, what one unit holds, and packs bought."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, DateTime, Float, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped

from .base import Base, created_at, metadata, stored

supply = Table(
    "supply", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="CASCADE"),
           nullable=False, unique=True),
    Column("form", String(16), nullable=False),
    Column("holds_amount", Float),
    Column("holds_unit", String(16)),
    Column("counted", Float, nullable=False),
    Column("counted_at", DateTime, nullable=False),
    created_at(),
    CheckConstraint("counted >= 0", name="counted_nonneg"),
    CheckConstraint("form IN ('capsule', 'tablet', 'drop', 'ml', 'ampoule')", name="form_known"),
    CheckConstraint("(holds_amount IS NULL) = (holds_unit IS NULL)", name="holds_both"),
    CheckConstraint("holds_amount IS NULL OR holds_amount > 0", name="holds_positive"))


@stored(supply)
class Supply(Base):
    """One per supplement: `counted` units at `counted_at` (local time, as the patient counted);
    what one unit holds (both or neither: without it, one unit is one dose)."""

    id: Mapped[int]
    supplement_id: Mapped[int]
    form: Mapped[str]
    holds_amount: Mapped[float | None]
    holds_unit: Mapped[str | None]
    counted: Mapped[float]
    counted_at: Mapped[datetime]
    created_at: Mapped[datetime]


supply_pack = Table(
    "supply_pack", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("count", Float, nullable=False),
    Column("added_at", DateTime, nullable=False),
    created_at(),
    CheckConstraint("count > 0", name="count_positive"))


@stored(supply_pack)
class SupplyPack(Base):
    """A pack bought: `count` units added at `added_at` (local time)."""

    id: Mapped[int]
    supplement_id: Mapped[int]
    count: Mapped[float]
    added_at: Mapped[datetime]
    created_at: Mapped[datetime]
