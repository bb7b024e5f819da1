"""Pain over time: daily means, windowed means, percent improvement and rising-symptom detection."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import InvalidInput, reason

RECURRENCE_WINDOW = 14
# Days with an entry in a 14-day window before its mean means something: two a week, so a
# diary kept two or three days a week is read too (a stricter 7 left such diaries silent).
RECURRENCE_MIN_DAYS = 4
# Cramp nights or spasm episodes: a rise of this many a week (and 30 %) over the best 14 days
RECURRENCE_PER_WEEK = 2.0
RECURRENCE_POINTS = 2.0  # Farrar 2001: about 2 points ...
RECURRENCE_RATIO = 1.3  # ... and 30 %
IMPROVEMENT_MIN_DAYS = 3


def check_score(field: str, value: float | None, *, required: bool = False) -> float | None:
    """0-10 with at most one decimal (the cases report 'VAS 0-10')."""
    if value is None:
        if required:
            raise InvalidInput(field, "", reason("score-range"))
        return None
    if value != value or not 0 <= value <= 10:
        raise InvalidInput(field, _plain(value), reason("score-range"))
    if abs(round(value, 1) - value) > 1e-9:
        raise InvalidInput(field, _plain(value), reason("score-decimal"))
    return round(value, 1)


def _plain(v: float) -> str:
    return f"{v:g}"


def daily_means(entries: Iterable[tuple[date, float]]) -> dict[date, float]:
    sums: dict[date, float] = defaultdict(float)
    counts: dict[date, int] = defaultdict(int)
    for day, value in entries:
        sums[day] += value
        counts[day] += 1
    return {d: sums[d] / counts[d] for d in sums}


def window_mean(daily: Mapping[date, float], first: date, last: date, min_days: int = 1
                ) -> float | None:
    """Mean of the daily means in [first, last]; None when fewer than min_days have an entry."""
    values = []
    day = first
    while day <= last:
        if day in daily:
            values.append(daily[day])
        day += timedelta(days=1)
    if len(values) < max(1, min_days):
        return None
    return sum(values) / len(values)


@dataclass(frozen=True)
class Improvement:
    baseline: float
    current: float
    percent: float  # positive = better


def percent_improvement(daily: Mapping[date, float], baseline: tuple[date, date],
                        current: tuple[date, date], min_days: int = IMPROVEMENT_MIN_DAYS
                        ) -> Improvement | None:
    """(baseline - current) / baseline x 100; None when a window lacks data or baseline is 0."""
    b = window_mean(daily, *baseline, min_days=min_days)
    c = window_mean(daily, *current, min_days=min_days)
    if b is None or c is None or b == 0:
        return None
    return Improvement(b, c, (b - c) / b * 100)


def default_windows(course_start: date, as_of: date) -> tuple[tuple[date, date], tuple[date, date]]:
    """7 days before the course started versus the last 7 days."""
    return ((course_start - timedelta(days=7), course_start - timedelta(days=1)),
            (as_of - timedelta(days=6), as_of))


def research_benchmark(percent: float) -> str:
    """IMMPACT context for a change, as research benchmarks rather than targets: "substantial"
    (50 % or more), "moderate" (30 % or more) or "below" (the wording layer says it)."""
    if percent >= 50:
        return "substantial"
    if percent >= 30:
        return "moderate"
    return "below"


@dataclass(frozen=True)
class Recurrence:
    recent_mean: float
    best_mean: float
    best_until: date  # last day of the best window
    since: date  # the course start it is measured from


def count_recurrence(per_day: Mapping[date, int], course_start: date, as_of: date,
                     covered: Collection[date] | None = None) -> Recurrence | None:
    """Night cramps or spasm episodes: the last 14 days' weekly rate at least 2 a week and 30 %
    above the lowest 14-day rate since the course started. `covered`: the days the diary
    covers (any entry); a rate is events ÷ covered days × 7 over windows with at least 4 of
    them (a day without an entry is unknown, not none): cramps that had gone entirely and come
    back are a rise from 0. Without it every day counts as none unless logged, and the rule
    only starts once a cramp (or episode) was logged before the recent window."""
    w = RECURRENCE_WINDOW
    recent_first = as_of - timedelta(days=w - 1)
    if recent_first - timedelta(days=w) < course_start:
        return None
    logged = per_day if covered is None else covered  # a diary kept without cramps counts
    if not any(course_start <= d < recent_first for d in logged):
        return None

    # prefix sums over [course_start, as_of]: every 14-day window's rate in one pass
    days = (as_of - course_start).days + 1
    sums = [0] * (days + 1)
    seen = [0] * (days + 1)
    for i in range(days):
        day = course_start + timedelta(days=i)
        sums[i + 1] = sums[i] + per_day.get(day, 0)
        seen[i + 1] = seen[i] + (1 if covered is None or day in covered else 0)

    def rate(i: int) -> float | None:  # the window starting i days after the course start
        n = seen[i + w] - seen[i]
        if covered is not None and n < RECURRENCE_MIN_DAYS:
            return None
        return (sums[i + w] - sums[i]) * 7 / (w if covered is None else n)

    recent = rate((recent_first - course_start).days)
    span = (recent_first - course_start).days - w
    rates = [(r, i) for i in range(span + 1) if (r := rate(i)) is not None]
    if recent is None or not rates:
        return None
    best, best_first = min(rates)
    eps = 1e-9
    if recent - best >= RECURRENCE_PER_WEEK - eps and recent >= RECURRENCE_RATIO * best - eps:
        return Recurrence(recent, best, course_start + timedelta(days=best_first + w - 1),
                          course_start)
    return None


def recurrence(daily: Mapping[date, float], course_start: date, as_of: date) -> Recurrence | None:
    """The last 14 days' mean pain at least 2 points and 30 % above the best 14-day mean
    since the course started (the best window ends before the recent one begins)."""
    w = RECURRENCE_WINDOW
    recent_first = as_of - timedelta(days=w - 1)
    recent = window_mean(daily, recent_first, as_of, RECURRENCE_MIN_DAYS)
    if recent is None or recent_first - timedelta(days=w) < course_start:
        return None
    # Rolling sums over [course_start, recent_first - 1] in one pass.
    n = (recent_first - course_start).days
    sums = [0.0] * (n + 1)
    counts = [0] * (n + 1)
    for i in range(n):
        v = daily.get(course_start + timedelta(days=i))
        sums[i + 1] = sums[i] + (v or 0.0)
        counts[i + 1] = counts[i] + (v is not None)
    best: tuple[float, int] | None = None
    for end in range(w, n + 1):
        c = counts[end] - counts[end - w]
        if c >= RECURRENCE_MIN_DAYS:
            m = (sums[end] - sums[end - w]) / c
            if best is None or m < best[0]:
                best = (m, end)
    if best is None:
        return None
    best_mean, end = best
    eps = 1e-9  # a rise of exactly 2.0 points must count despite float rounding
    if (recent - best_mean >= RECURRENCE_POINTS - eps
            and recent >= RECURRENCE_RATIO * best_mean - eps):
        return Recurrence(recent, best_mean, course_start + timedelta(days=end - 1), course_start)
    return None
