"""Lab results exactly as reported, and the retest dates a clinician set."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from . import tables
from .base import Base, stored


@stored(tables.lab_result)
class LabResult(Base):
    id: Mapped[int]
    analyte: Mapped[str]
    value: Mapped[float]
    value_text: Mapped[str]
    unit: Mapped[str]
    ref_low: Mapped[float | None]
    ref_high: Mapped[float | None]
    day: Mapped[date]
    lab_name: Mapped[str | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]


@stored(tables.recheck_date)
class RecheckDate(Base):
    id: Mapped[int]
    analyte: Mapped[str]
    due: Mapped[date]
    set_on: Mapped[date]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
