"""Symptom diary entries: pain ratings, night cramps and spasm episodes."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.orm import Mapped

from . import tables
from .base import Base, stored


@stored(tables.pain_entry)
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


@stored(tables.cramp_night)
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


@stored(tables.spasm_episode)
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
