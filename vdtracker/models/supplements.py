"""Supplements, the regimens a clinician prescribed, and the doses the user logged."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.orm import Mapped

from . import tables
from .base import Base, stored


@stored(tables.supplement)
class Supplement(Base):
    id: Mapped[int]
    name: Mapped[str]
    name_key: Mapped[str]
    substance: Mapped[str | None]
    created_at: Mapped[datetime]


@stored(tables.regimen)
class Regimen(Base):
    """A schedule as typed from the prescription: exactly one of every_days / weekdays."""

    id: Mapped[int]
    supplement_id: Mapped[int]
    dose_amount: Mapped[float]
    dose_unit: Mapped[str]
    every_days: Mapped[int | None]
    weekdays: Mapped[str | None]
    start: Mapped[date]
    end: Mapped[date | None]
    weeks: Mapped[int | None]
    phase: Mapped[str]
    stopped_on: Mapped[date | None]
    stop_why: Mapped[str | None]
    stop_note: Mapped[str | None]
    remind_at: Mapped[time | None]
    note: Mapped[str | None]
    moved_on: Mapped[date | None]
    moved_from: Mapped[int | None]
    created_at: Mapped[datetime]


@stored(tables.dose)
class Dose(Base):
    """A dose taken (or, with skipped, a due dose the user chose to skip)."""

    id: Mapped[int]
    supplement_id: Mapped[int]
    regimen_id: Mapped[int | None]
    day: Mapped[date]
    time: Mapped[time | None]
    amount: Mapped[float]
    unit: Mapped[str]
    skipped: Mapped[bool]
    note: Mapped[str | None]
    late_for: Mapped[date | None]
    created_at: Mapped[datetime]
