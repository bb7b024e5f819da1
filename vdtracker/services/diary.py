"""Logging symptoms: pain ratings, night cramps and spasm episodes (alone or a whole day at once)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from ..domain import validation as v
from ..domain.symptoms import check_score
from ..domain.alert_types import day_text
from ..models import CrampNight, PainEntry, SpasmEpisode
from ..storage.database import Database
from .results import Saved

SIDES = ("left", "right", "both")
Entry = PainEntry | CrampNight | SpasmEpisode


def pain_row(score: float, *, day: date, today: date, at: time | None = None,
             region: str | None = None, note: str | None = None) -> PainEntry:
    return PainEntry(day=v.not_future("--date", day, today), time=at,
                     score=check_score("VAS", score, required=True),
                     region=v.text("--region", region), note=v.text("--note", note, v.MAX_TEXT))


def cramp_row(*, day: date, today: date, count: int = 1, severity: float | None = None,
              duration: float | None = None, sleep: float | None = None,
              region: str | None = None, side: str | None = None, daytime: bool = False,
              note: str | None = None) -> CrampNight:
    return CrampNight(night_of=v.not_future("--date", day, today), daytime=daytime,
                      count=v.count("--count", count, low=1),
                      severity=check_score("--severity", severity),
                      longest_min=v.minutes("--duration", duration, 600),
                      sleep_disturbance=check_score("--sleep", sleep),
                      region=v.text("--region", region), side=v.choice("--side", side, SIDES),
                      note=v.text("--note", note, v.MAX_TEXT))


def spasm_row(*, day: date, today: date, count: int = 1, severity: float | None = None,
              region: str | None = None, duration: float | None = None, at: time | None = None,
              note: str | None = None) -> SpasmEpisode:
    return SpasmEpisode(day=v.not_future("--date", day, today), time=at,
                        count=v.count("--count", count, low=1),
                        severity=check_score("--severity", severity),
                        region=v.text("--region", region),
                        duration_min=v.minutes("--duration", duration),
                        note=v.text("--note", note, v.MAX_TEXT))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def describe(row: Entry) -> Saved:
    if isinstance(row, PainEntry):
        where = f" ({row.region})" if row.region else ""
        return Saved("pain", row.id, f"Pain {row.score:g}/10{where} on {day_text(row.day)}")
    if isinstance(row, CrampNight):
        when = "in the day" if row.daytime else "in the night of"
        return Saved("cramp", row.id, f"{_plural(row.count, 'cramp')} {when} {day_text(row.night_of)}")
    where = f" ({row.region})" if row.region else ""
    return Saved("spasm", row.id,
                 f"{_plural(row.count, 'spasm episode')}{where} on {day_text(row.day)}")


class DiaryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, rows: Sequence[Entry]) -> list[Saved]:
        """Save entries built by pain_row/cramp_row/spasm_row together: all or none."""
        with self.db.transaction() as s:
            s.add_all(rows)
            s.flush()
            return [describe(r) for r in rows]

    def log_pain(self, score: float, **kw) -> Saved:  # type: ignore[no-untyped-def]
        return self.save([pain_row(score, **kw)])[0]

    def log_cramp(self, **kw) -> Saved:  # type: ignore[no-untyped-def]
        return self.save([cramp_row(**kw)])[0]

    def log_spasm(self, **kw) -> Saved:  # type: ignore[no-untyped-def]
        return self.save([spasm_row(**kw)])[0]
