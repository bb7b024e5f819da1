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
    """Labels like '3 Nov', 'Nov' or '2026'. The year is always in sight: on the first label
    drawn, and on the first label of each new year ('Jan 2027', '1 Jan 2027'). A label that
    would run past either end is left out with its tick (pyqtgraph would drop the words alone,
    and with them the year the first label carried)."""

    def __init__(self, words: Callable[[], Wording], orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self._words = words
        self._kind = "month"
        self._labels: dict[float, str] = {}

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.style["tickFont"] or self.font())

    def _label_width(self, kind: str) -> float:
        fm = self._metrics()
        sample = {"day": "30 Sep", "week": "30 Sep", "month": "Sep 2026", "year": "2026"}[kind]
        return fm.horizontalAdvance(sample) + fm.height() * 1.5

    def labels(self, days: list[date], kind: str) -> list[str]:
        """The words under each tick: the year on the first and where a new year begins."""
        f = self._words().common.formats
        out = []
        for i, d in enumerate(days):
            new_year = i == 0 or d.year != days[i - 1].year
            if kind in ("day", "week"):
                out.append(f.day(d) if new_year else f.day_month(d))
            elif kind == "month":
                out.append(f.month(d, year=new_year))
            else:
                out.append(str(d.year))
        return out

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
        fm = self._metrics()
        per_px = (maxVal - minVal) / size

        def fits(value: float, text: str) -> bool:  # the words whole between the ends
            half = (fm.horizontalAdvance(text) / 2 + 2) * per_px
            return minVal + half <= value <= maxVal - half

        days = tick_days(first, last, kind, step)
        at = [(x_of(d) if kind in ("day", "week") else x_of(d) - DAY / 2, d) for d in days]
        # measured with the year, which any of them may carry
        kept = [(v, d) for v, d in at if fits(v, self.labels([d], kind)[0])]
        self._labels = dict(zip([v for v, _ in kept], self.labels([d for _, d in kept], kind),
                                strict=True))
        return [(per_tick * DAY, [v for v, _ in kept])]

    def tickStrings(self, values: list[float], scale: float, spacing: float  # noqa: N802
                    ) -> list[str]:
        if all(v in self._labels for v in values):
            return [self._labels[v] for v in values]
        days = [day_of(v + DAY / 4) for v in values]  # a month's tick sits on midnight
        return self.labels(days, self._kind)
