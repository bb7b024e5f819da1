"""Symptom diary entries: pain ratings, night cramps and spasm episodes."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import CheckConstraint, Date, Float, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class PainEntry(Timestamped, Base):
    """One pain rating, 0-10 with one decimal; several a day are allowed."""

    __tablename__ = "pain_entry"
    __table_args__ = (CheckConstraint("score >= 0 AND score <= 10", name="score_range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    time: Mapped[time | None] = mapped_column(Time)
    score: Mapped[float] = mapped_column(Float)
    scale: Mapped[str] = mapped_column(String(16), default="vas-0-10")
    region: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)


class CrampNight(Timestamped, Base):
    """Leg cramps in the night that starts on `night_of` (or in the day, if `daytime`)."""

    __tablename__ = "cramp_night"
    __table_args__ = (CheckConstraint("count >= 0", name="count_nonneg"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night_of: Mapped[date] = mapped_column(Date, index=True)
    daytime: Mapped[bool] = mapped_column(default=False)
    count: Mapped[int] = mapped_column(Integer, default=1)
    severity: Mapped[float | None] = mapped_column(Float)
    longest_min: Mapped[float | None] = mapped_column(Float)
    sleep_disturbance: Mapped[float | None] = mapped_column(Float)
    region: Mapped[str | None] = mapped_column(String(80))
    side: Mapped[str | None] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)


class SpasmEpisode(Timestamped, Base):
    """Muscle spasm episodes in a region (neck, back, legs, face ...) on a day."""

    __tablename__ = "spasm_episode"
    __table_args__ = (CheckConstraint("count >= 0", name="count_nonneg"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    time: Mapped[time | None] = mapped_column(Time)
    region: Mapped[str | None] = mapped_column(String(80))
    count: Mapped[int] = mapped_column(Integer, default=1)
    severity: Mapped[float | None] = mapped_column(Float)
    duration_min: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
