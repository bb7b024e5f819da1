"""What the patient has of a supplement: the last count, what one unit holds, and packs bought."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from . import tables
from .base import Base, stored


@stored(tables.supply)
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


@stored(tables.supply_pack)
class SupplyPack(Base):
    """A pack bought: `count` units added at `added_at` (local time)."""

    id: Mapped[int]
    supplement_id: Mapped[int]
    count: Mapped[float]
    added_at: Mapped[datetime]
    created_at: Mapped[datetime]
