"""Plain calculations a test does for itself, to check a figure the app prints without
calling the app's code (no import from vdtracker here, on purpose: a shared mistake would
pass unseen). Each is a few lines of arithmetic a reader can check by hand.

Conventions (../shared/DOMAIN.md, "Real diaries"): a day the diary covers is a day with any
pain, cramp or spasm entry; a day without an entry is unknown, not zero; a rate is events
÷ days covered × 7, over the days covered in the span asked about."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

DIARY = (("pain", "day"), ("cramps", "night_of"), ("spasms", "day"))  # export kinds, day field


def days_between(first: date, last: date) -> int:
    """Whole days from first to last (0 for the same day; negative when last is earlier)."""
    return (last - first).days


def days_inclusive(first: date, last: date) -> int:
    """How many days first..last holds, both counted."""
    return (last - first).days + 1


def each_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range(days_inclusive(first, last))]


def mean(values: Iterable[float]) -> float | None:
    """The arithmetic mean; None for no values (never 0)."""
    got = list(values)
    return sum(got) / len(got) if got else None


def percent_lower(baseline: float, now: float) -> float | None:
    """(baseline - now) / baseline x 100, positive = lower now; None at a baseline of 0."""
    return None if baseline == 0 else (baseline - now) / baseline * 100


def rate_per_week(events_by_day: Mapping[date, float], first: date, last: date
                  ) -> float | None:
    """Events a week over the days in first..last that have an entry in `events_by_day`
    (days logged with nothing have 0): sum ÷ days covered × 7; None when none is covered."""
    covered = [n for day, n in events_by_day.items() if first <= day <= last]
    return sum(covered) / len(covered) * 7 if covered else None


def covered(events_by_day: Mapping[date, float], first: date, last: date) -> int:
    """Days in first..last the diary covers (the span a rate is printed with)."""
    return sum(1 for day in events_by_day if first <= day <= last)


# ---- the stored data, read from the export document (plain JSON) ------------------------

def rows(doc: Mapping[str, Any], kind: str) -> list[dict[str, Any]]:
    """One kind's records from `svc.export.document()`, ISO dates turned into dates."""
    out = []
    for raw in doc.get(kind, []):
        row = dict(raw)
        for key in ("day", "night_of", "start", "end", "stopped_on", "said_on", "due",
                    "set_on"):
            if isinstance(row.get(key), str):
                row[key] = date.fromisoformat(row[key])
        out.append(row)
    return out


def diary_days(doc: Mapping[str, Any]) -> set[date]:
    """Every day with a pain, cramp or spasm entry (a cramp counts for its night)."""
    return {row[day] for kind, day in DIARY for row in rows(doc, kind)}


def by_day(records: Iterable[Mapping[str, Any]], day_field: str, value_field: str | None,
           days: Iterable[date]) -> dict[date, float]:
    """Per covered day (`days`): the sum of `value_field` over its records, 0 when none;
    value_field None: 1 for a day with any record (cramp nights)."""
    out: dict[date, float] = {day: 0 for day in days}
    for r in records:
        day = r[day_field]
        if day not in out:
            continue
        if value_field is None:
            out[day] = 1
        else:
            out[day] += r[value_field] or 0
    return out


def daily_means(pairs: Iterable[tuple[date, float]]) -> dict[date, float]:
    """The mean of each day's values (two pain ratings on one day count as that day's mean)."""
    seen: dict[date, list[float]] = {}
    for day, value in pairs:
        seen.setdefault(day, []).append(value)
    return {day: sum(v) / len(v) for day, v in seen.items()}


def values_within(per_day: Mapping[date, float], first: date, last: date) -> list[float]:
    return [v for day, v in sorted(per_day.items()) if first <= day <= last]


def gaps(days: Iterable[date], first: date, last: date) -> list[tuple[date, date, int]]:
    """Runs of days in first..last not in `days`: (first day, last day, length), in order."""
    have = set(days)
    out: list[tuple[date, date, int]] = []
    start: date | None = None
    for day in each_day(first, last):
        if day in have:
            if start is not None:
                out.append((start, day - timedelta(days=1), days_between(start, day)))
            start = None
        elif start is None:
            start = day
    if start is not None:
        out.append((start, last, days_inclusive(start, last)))
    return out


def due_dates(start: date, last: date, *, every_days: int | None = None,
              weekdays: Sequence[int] = ()) -> list[date]:
    """A schedule's due dates start..last: every N days from the start, or on the weekdays
    (0 = Monday)."""
    if every_days:
        return [start + timedelta(days=i) for i in range(0, days_inclusive(start, last),
                                                         every_days)]
    return [day for day in each_day(start, last) if day.weekday() in weekdays]


def lowest_window(per_day: Mapping[date, float], first: date, last: date, length: int = 7,
                  min_days: int = 4) -> tuple[date, float] | None:
    """The `length`-day window within first..last whose covered days have the lowest mean
    (at least `min_days` of them covered): (its first day, that mean); None if there is none."""
    best: tuple[date, float] | None = None
    for start in each_day(first, last - timedelta(days=length - 1)):
        got = values_within(per_day, start, start + timedelta(days=length - 1))
        if len(got) >= min_days and (best is None or sum(got) / len(got) < best[1]):
            best = (start, sum(got) / len(got))
    return best
