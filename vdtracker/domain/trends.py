"""Series for the trends chart: daily pain, rolling means, counts per day, phases and lapses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .schedule import Regimen

ROLLING_DAYS = 7
ROLLING_MIN_DAYS = 3  # fewer entries than this in a week: no rolling mean drawn there


@dataclass(frozen=True)
class DailyPain:
    day: date
    mean: float
    worst: float
    entries: int


@dataclass(frozen=True)
class Span:
    """A shaded stretch of the time line: a regimen phase, or a lapse."""

    start: date
    end: date  # inclusive
    kind: str  # "loading", "maintenance", "ongoing", "lapsed"
    label: str
    regimen_id: int | None = None
    supplement: str = ""
    detail: str = ""  # the longer text (a lapse's alert), for a tooltip


def daily_pain(entries: Iterable[tuple[date, float]]) -> list[DailyPain]:
    by_day: dict[date, list[float]] = defaultdict(list)
    for day, value in entries:
        by_day[day].append(value)
    return [DailyPain(d, sum(v) / len(v), max(v), len(v)) for d, v in sorted(by_day.items())]


def rolling_mean(daily: Sequence[DailyPain], days: int = ROLLING_DAYS,
                 min_days: int = ROLLING_MIN_DAYS) -> list[tuple[date, float]]:
    """The trailing `days`-day mean of daily means, on each day that has an entry."""
    out = []
    window: list[DailyPain] = []
    total = 0.0
    for p in daily:
        window.append(p)
        total += p.mean
        while window[0].day <= p.day - timedelta(days=days):
            total -= window.pop(0).mean
        if len(window) >= min_days:
            out.append((p.day, total / len(window)))
    return out


def counts_per_day(items: Iterable[tuple[date, int]]) -> list[tuple[date, int]]:
    sums: dict[date, int] = defaultdict(int)
    for day, n in items:
        sums[day] += n
    return sorted(sums.items())


def phase_spans(regimens: Sequence[Regimen], as_of: date,
                label: Callable[[Regimen], str]) -> list[Span]:
    """Each regimen from its start to its last day (or today while it runs), labelled by the
    caller (the wording layer)."""
    spans = []
    for r in regimens:
        if r.start > as_of:
            continue
        end = min(r.last_day or as_of, as_of)
        spans.append(Span(r.start, end, r.phase, label(r), r.id, r.supplement))
    return spans


def lapse_spans(lapses: Iterable[tuple[int | None, date, str, str]], as_of: date) -> list[Span]:
    """(regimen id, since, short label, alert text) of each lapse in force, drawn from `since`
    to today."""
    return [Span(since, as_of, "lapsed", label, rid, detail=text)
            for rid, since, label, text in lapses]
