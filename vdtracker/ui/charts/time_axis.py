"""The chart's time axis: one kind of tick at a time (days, weeks, months or years), as many as
fit without touching at the user's text size, in the user's language, the same in every time
zone (dates are whole days in UTC, never clock times)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from ...wording import Wording
from .style import DAY, day_of, x_of

# (kind, size): days and weeks sit on a day's noon (where its points are), months and years on
# the first day's start, so a month's label begins where the month does
STEPS = (("day", 1), ("day", 2), ("week", 1), ("week", 2), ("month", 1), ("month", 2),
         ("month", 3), ("month", 6), ("year", 1), ("year", 2), ("year", 5))


def _months_from(first: date, every: int, last: date) -> list[date]:
    out: list[date] = []
    index = first.year * 12 + first.month - 1
    index += -index % every  # January, and every `every` months from it
    while True:
        d = date(index // 12, index % 12 + 1, 1)
        if d > last:
            return out
        if d >= first:
            out.append(d)
        index += every


def tick_days(first: date, last: date, kind: str, size: int) -> list[date]:
    """The days that get a tick for one step kind within [first, last]."""
    if kind == "day":
        n = (last - first).days + 1
        return [first + timedelta(days=i) for i in range(n)
                if (first.toordinal() + i) % size == 0]
    if kind == "week":  # Mondays (every other Monday for two weeks)
        monday = first + timedelta(days=-first.weekday() % 7)
        out = []
        while monday <= last:
            if size == 1 or (monday.toordinal() // 7) % size == 0:
                out.append(monday)
            monday += timedelta(days=7)
        return out
    if kind == "month":
        return _months_from(first, size, last)
    return [date(y, 1, 1) for y in range(first.year, last.year + 1)
            if y % size == 0 and date(y, 1, 1) >= first]


class TimeAxis(pg.AxisItem):  # type: ignore[misc]
    """Labels like '3 Nov', 'Nov' (with the year on January and on the first tick) or '2026'."""

    def __init__(self, words: Callable[[], Wording], orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self._words = words
        self._kind = "month"

    def _label_width(self, kind: str) -> float:
        fm = QFontMetrics(self.style["tickFont"] or self.font())
        sample = {"day": "30 Sep", "week": "30 Sep", "month": "Sep 2026", "year": "2026"}[kind]
        return fm.horizontalAdvance(sample) + fm.height() * 1.5

    def tickValues(self, minVal: float, maxVal: float, size: float  # noqa: N802,N803
                   ) -> list[tuple[float, list[float]]]:
        if maxVal <= minVal or size <= 0:
            return []
        first, last = day_of(minVal), day_of(maxVal)
        span_days = max((maxVal - minVal) / DAY, 1.0)
        for kind, step in STEPS:
            per_tick = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}[kind] * step
            if span_days / per_tick * self._label_width(kind) <= size:
                break
        self._kind = kind
        days = tick_days(first, last, kind, step)
        values = [x_of(d) if kind in ("day", "week") else x_of(d) - DAY / 2 for d in days]
        values = [v for v in values if minVal <= v <= maxVal]
        return [(per_tick * DAY, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float  # noqa: N802
                    ) -> list[str]:
        f = self._words().common.formats
        out = []
        for i, v in enumerate(values):
            d = day_of(v + DAY / 4)  # a month's tick sits on midnight: read it inside the day
            if self._kind in ("day", "week"):
                out.append(f.day_month(d))
            elif self._kind == "month":
                out.append(f.month(d, year=(i == 0 or d.month == 1)))
            else:
                out.append(str(d.year))
        return out
