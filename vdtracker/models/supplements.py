"""Supplements, the regimens a clinician prescribed, and the doses the user logged."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy import Time as TimeType
from sqlalchemy.orm import Mapped

from .base import Base, created_at, metadata, stored

supplement = Table(
    "supplement", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    # lower-cased name, unique, so "vitamin d3" and "Vitamin D3" are one supplement
    Column("name_key", String(120), nullable=False, unique=True),
    Column("substance", String(40)),
    created_at())


@stored(supplement)
class Supplement(Base):
    id: Mapped[int]
    name: Mapped[str]
    name_key: Mapped[str]
    substance: Mapped[str | None]
    created_at: Mapped[datetime]


regimen = Table(
    "regimen", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="RESTRICT"),
           nullable=False, index=True),
    Column("dose_amount", Float, nullable=False),
    Column("dose_unit", String(16), nullable=False),
    Column("every_days", Integer),
    Column("weekdays", String(40)),  # "mon,thu"
    Column("start", Date, nullable=False),
    Column("end", Date),  # last day, inclusive
    Column("weeks", Integer),  # as typed, when given in weeks
    Column("phase", String(16), nullable=False, default="ongoing"),
    Column("stopped_on", Date),
    # why the user stopped it early (domain.breaks.WHY) and their own words, when said
    Column("stop_why", String(16)),
    Column("stop_note", Text),
    Column("remind_at", TimeType),  # the user's reminder time of day
    Column("note", Text),
    # the patient moved the rest of it after a late dose on this day (`regimen move`): its due
    # dates up to this day are unchanged, and the schedule that carries on names it
    Column("moved_on", Date),
    Column("moved_from", Integer, ForeignKey("regimen.id", ondelete="SET NULL")),
    created_at(),
    CheckConstraint("dose_amount > 0", name="dose_positive"),
    CheckConstraint("(every_days IS NULL) <> (weekdays IS NULL)", name="one_rule"),
    CheckConstraint("phase IN ('loading', 'maintenance', 'ongoing')", name="phase_known"),
    CheckConstraint("stop_why IS NULL OR stop_why IN ('ran-out', 'side-effects', "
                    "'felt-better', 'clinician', 'other')", name="stop_why_known"))


@stored(regimen)
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


dose = Table(
    "dose", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="RESTRICT"),
           nullable=False, index=True),
    Column("regimen_id", Integer, ForeignKey("regimen.id", ondelete="SET NULL"), index=True),
    Column("day", Date, nullable=False, index=True),
    Column("time", TimeType),
    Column("amount", Float, nullable=False),
    Column("unit", String(16), nullable=False),
    Column("skipped", Boolean, nullable=False, default=False),
    Column("note", Text),
    # taken late, counted for this due date of its schedule (the day above is when it was taken)
    Column("late_for", Date),
    created_at(),
    CheckConstraint("amount >= 0", name="amount_nonneg"))


@stored(dose)
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
