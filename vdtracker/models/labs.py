"""Lab results exactly as reported, and the retest dates a clinician set."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class LabResult(Timestamped, Base):
    __tablename__ = "lab_result"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analyte: Mapped[str] = mapped_column(String(24), index=True)
    value: Mapped[float] = mapped_column(Float)
    value_text: Mapped[str] = mapped_column(String(24))  # as printed, e.g. "7.60"
    unit: Mapped[str] = mapped_column(String(16))  # as printed
    ref_low: Mapped[float | None] = mapped_column(Float)  # the report's own range,
    ref_high: Mapped[float | None] = mapped_column(Float)  # in `unit`
    day: Mapped[date] = mapped_column(Date, index=True)
    lab_name: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)


class RecheckDate(Timestamped, Base):
    __tablename__ = "recheck_date"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analyte: Mapped[str] = mapped_column(String(24))
    due: Mapped[date] = mapped_column(Date)
    set_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
