"""Supplements, the regimens a clinician prescribed, and the doses the user logged."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class Supplement(Timestamped, Base):
    __tablename__ = "supplement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # lower-cased name, unique, so "vitamin d3" and "Vitamin D3" are one supplement
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    substance: Mapped[str | None] = mapped_column(String(40))


class Regimen(Timestamped, Base):
    """A schedule as typed from the prescription: exactly one of every_days / weekdays."""

    __tablename__ = "regimen"
    __table_args__ = (
        CheckConstraint("dose_amount > 0", name="dose_positive"),
        CheckConstraint("(every_days IS NULL) <> (weekdays IS NULL)", name="one_rule"),
        CheckConstraint("phase IN ('loading', 'maintenance', 'ongoing')", name="phase_known"),
        CheckConstraint("stop_why IS NULL OR stop_why IN ('ran-out', 'side-effects', "
                        "'felt-better', 'clinician', 'other')", name="stop_why_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplement_id: Mapped[int] = mapped_column(ForeignKey("supplement.id", ondelete="RESTRICT"),
                                               index=True)
    dose_amount: Mapped[float] = mapped_column(Float)
    dose_unit: Mapped[str] = mapped_column(String(16))
    every_days: Mapped[int | None] = mapped_column(Integer)
    weekdays: Mapped[str | None] = mapped_column(String(40))  # "mon,thu"
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)  # last day, inclusive
    weeks: Mapped[int | None] = mapped_column(Integer)  # as typed, when given in weeks
    phase: Mapped[str] = mapped_column(String(16), default="ongoing")
    stopped_on: Mapped[date | None] = mapped_column(Date)
    # why the user stopped it early (domain.breaks.WHY) and their own words, when said
    stop_why: Mapped[str | None] = mapped_column(String(16))
    stop_note: Mapped[str | None] = mapped_column(Text)
    remind_at: Mapped[time | None] = mapped_column(Time)  # the user's reminder time of day
    note: Mapped[str | None] = mapped_column(Text)
    # the patient moved the rest of it after a late dose on this day (`regimen move`): its due
    # dates up to this day are unchanged, and the schedule that carries on names it
    moved_on: Mapped[date | None] = mapped_column(Date)
    moved_from: Mapped[int | None] = mapped_column(ForeignKey("regimen.id", ondelete="SET NULL"))


class Dose(Timestamped, Base):
    """A dose taken (or, with skipped, a due dose the user chose to skip)."""

    __tablename__ = "dose"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_nonneg"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplement_id: Mapped[int] = mapped_column(ForeignKey("supplement.id", ondelete="RESTRICT"),
                                               index=True)
    regimen_id: Mapped[int | None] = mapped_column(
        ForeignKey("regimen.id", ondelete="SET NULL"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    time: Mapped[time | None] = mapped_column(Time)
    amount: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    skipped: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)
    # taken late, counted for this due date of its schedule (the day above is when it was taken)
    late_for: Mapped[date | None] = mapped_column(Date)
