"""Symptom diary entries: pain ratings, night cramps and spasm episodes."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, CheckConstraint, Column, Date, Float, Integer, String, Table, Text
from sqlalchemy import Time as TimeType
from sqlalchemy.orm import Mapped

from .base import Base, created_at, metadata, stored

pain_entry = Table(
    "pain_entry", metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False, index=True),
    Column("time", TimeType),
    Column("score", Float, nullable=False),
    Column("scale", String(16), nullable=False, default="vas-0-10"),
    Column("region", String(80)),
    Column("note", Text),
    created_at(),
    CheckConstraint("score >= 0 AND score <= 10", name="score_range"))


@stored(pain_entry)
class PainEntry(Base):
    """One pain rating, 0-10 with one decimal; several a day are allowed."""

    id: Mapped[int]
    day: Mapped[date]
    time: Mapped[time | None]
    score: Mapped[float]
    scale: Mapped[str]
    region: Mapped[str | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]


cramp_night = Table(
    "cramp_night", metadata,
    Column("id", Integer, primary_key=True),
    Column("night_of", Date, nullable=False, index=True),
    Column("daytime", Boolean, nullable=False, default=False),
    Column("count", Integer, nullable=False, default=1),
    Column("severity", Float),
    Column("longest_min", Float),
    Column("sleep_disturbance", Float),
    Column("region", String(80)),
    Column("side", String(8)),
    Column("note", Text),
    created_at(),
    CheckConstraint("count >= 0", name="count_nonneg"))


@stored(cramp_night)
class CrampNight(Base):
    """Leg cramps in the night that starts on `night_of` (or in the day, if `daytime`)."""

    id: Mapped[int]
    night_of: Mapped[date]
    daytime: Mapped[bool]
    count: Mapped[int]
    severity: Mapped[float | None]
    longest_min: Mapped[float | None]
    sleep_disturbance: Mapped[float | None]
    region: Mapped[str | None]
    side: Mapped[str | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]


spasm_episode = Table(
    "spasm_episode", metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False, index=True),
    Column("time", TimeType),
    Column("region", String(80)),
    Column("count", Integer, nullable=False, default=1),
    Column("severity", Float),
    Column("duration_min", Float),
    Column("note", Text),
    created_at(),
    CheckConstraint("count >= 0", name="count_nonneg"))


@stored(spasm_episode)
class SpasmEpisode(Base):
    """Muscle spasm episodes in a region (neck, back, legs, face ...) on a day."""

    id: Mapped[int]
    day: Mapped[date]
    time: Mapped[time | None]
    region: Mapped[str | None]
    count: Mapped[int]
    severity: Mapped[float | None]
    duration_min: Mapped[float | None]
    note: Mapped[str | None]
    created_at: Mapped[datetime]
