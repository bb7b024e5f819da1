"""Logging symptoms: pain ratings, night cramps and spasm episodes."""

from __future__ import annotations

from datetime import date, time

from ..domain import validation as v
from ..domain.symptoms import check_score
from ..domain.warnings import day_text
from ..models import CrampNight, PainEntry, SpasmEpisode
from ..storage.database import Database
from .results import Saved

SIDES = ("left", "right", "both")


class DiaryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def log_pain(self, score: float, *, day: date, today: date, at: time | None = None,
                 region: str | None = None, note: str | None = None) -> Saved:
        row = PainEntry(day=v.not_future("--date", day, today), time=at,
                        score=check_score("VAS", score, required=True),
                        region=v.text("--region", region), note=v.text("--note", note, v.MAX_TEXT))
        with self.db.transaction() as s:
            s.add(row)
            s.flush()
            where = f" ({row.region})" if row.region else ""
            return Saved("pain", row.id, f"Pain {row.score:g}/10{where} on {day_text(day)}")

    def log_cramp(self, *, day: date, today: date, count: int = 1, severity: float | None = None,
                  duration: float | None = None, sleep: float | None = None,
                  region: str | None = None, side: str | None = None, daytime: bool = False,
                  note: str | None = None) -> Saved:
        row = CrampNight(night_of=v.not_future("--date", day, today), daytime=daytime,
                         count=v.count("--count", count, low=1), severity=check_score("--severity", severity),
                         longest_min=v.minutes("--duration", duration, 600),
                         sleep_disturbance=check_score("--sleep", sleep),
                         region=v.text("--region", region), side=v.choice("--side", side, SIDES),
                         note=v.text("--note", note, v.MAX_TEXT))
        when = "in the day" if daytime else "in the night of"
        with self.db.transaction() as s:
            s.add(row)
            s.flush()
            n = row.count
            return Saved("cramp", row.id,
                         f"{n} cramp{'s' if n != 1 else ''} {when} {day_text(day)}")

    def log_spasm(self, *, day: date, today: date, count: int = 1, severity: float | None = None,
                  region: str | None = None, duration: float | None = None,
                  at: time | None = None, note: str | None = None) -> Saved:
        row = SpasmEpisode(day=v.not_future("--date", day, today), time=at,
                           count=v.count("--count", count, low=1),
                           severity=check_score("--severity", severity),
                           region=v.text("--region", region),
                           duration_min=v.minutes("--duration", duration),
                           note=v.text("--note", note, v.MAX_TEXT))
        with self.db.transaction() as s:
            s.add(row)
            s.flush()
            where = f" ({row.region})" if row.region else ""
            n = row.count
            return Saved("spasm", row.id,
                         f"{n} spasm episode{'s' if n != 1 else ''}{where} on {day_text(day)}")
