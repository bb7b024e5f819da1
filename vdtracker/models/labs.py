"""Lab results exactly as reported, and the retest dates a clinician set."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Date, Float, Integer, String, Table, Text
from sqlalchemy.orm import Mapped

from .base import Base, created_at, metadata, stored

lab_result = Table(
    "lab_result", metadata,
    Column("id", Integer, primary_key=True),
    Column("analyte", String(24), nullable=False, index=True),
    Column("value", Float, nullable=False),
    Column("value_text", String(24), nullable=False),  # as printed, e.g. "7.60"
    Column("unit", String(16), nullable=False),  # as printed
    Column("ref_low", Float),  # the report's own range,
    Column("ref_high", Float),  # in `unit`
    Column("day", Date, nullable=False, index=True),
    Column("lab_name", String(120)),
    Column("note", Text),
    created_at())


@stored(lab_result)
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


recheck_date = Table(
    "recheck_date", metadata,
    Column("id", Integer, primary_key=True),
    Column("analyte", String(24), nullable=False),
    Column("due", Date, nullable=False),
    Column("set_on", Date, nullable=False),
    Column("note", Text),
    created_at())


@stored(recheck_date)
class RecheckDate(Base):
    id: Mapped[int]
    analyte: Mapped[str]
    due: Mapped[date]
    set_on: Mapped[date]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
