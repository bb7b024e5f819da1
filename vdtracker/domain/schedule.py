"""Regimen rules turned into due dates: every N days or chosen weekdays, bounded and stoppable."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from itertools import pairwise

from .errors import InvalidInput, reason

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PHASES = ("loading", "maintenance", "ongoing")
ONE_DAY = timedelta(days=1)


def parse_weekdays(text: str) -> frozenset[int]:
    """'mon,thu' -> {0, 3}."""
    days: set[int] = set()
    for part in text.split(","):
        key = part.strip().lower()[:3]
        if key not in WEEKDAY_NAMES:
            raise InvalidInput("weekdays", text, reason("weekday-names"))
        days.add(WEEKDAY_NAMES.index(key))
    return frozenset(days)


@dataclass(frozen=True)
class Rule:
    """Exactly one of every_days / weekdays is set."""

    every_days: int | None = None
    weekdays: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if (self.every_days is None) == (not self.weekdays):
            raise InvalidInput("every", "", reason("every-or-weekdays"))
        if self.every_days is not None and not 1 <= self.every_days <= 366:
            raise InvalidInput("every", self.every_days, reason("whole-range", low=1, high=366))

    def _gaps(self) -> list[int]:
        if self.every_days is not None:
            return [self.every_days]
        days = sorted(self.weekdays)
        return [b - a for a, b in pairwise(days)] + [days[0] + 7 - days[-1]]

    @property
    def shortest_gap(self) -> int:
        """Fewest days between two consecutive due dates."""
        return min(self._gaps())

    @property
    def longest_gap(self) -> int:
        return max(self._gaps())

    @property
    def doses_per_week(self) -> float:
        return 7 / self.every_days if self.every_days else float(len(self.weekdays))

    def weekdays_text(self) -> str:
        return ",".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays))


def grace_days(rule: Rule) -> int:
    """Days either side of a due date in which a logged dose still counts for it.

    Same day for daily, 2 days for weekly, and never so wide that two windows overlap.
    """
    return min(2, (rule.shortest_gap - 1) // 2)


@dataclass(frozen=True)
class Plan:
    """What a schedule says (supplement, dose, how often): the wording layer describes it."""

    supplement: str
    amount: float
    unit: str
    every_days: int | None
    weekdays: tuple[int, ...] = ()


@dataclass(frozen=True)
class Regimen:
    """A prescribed schedule as the user typed it from the prescription."""

    id: int
    supplement: str
    amount: float
    unit: str
    rule: Rule
    start: date
    end: date | None = None  # last day of the schedule, inclusive
    phase: str = "ongoing"
    stopped_on: date | None = None  # nothing is due from this day on
    remind_at: time | None = None  # the user's reminder time of day
    note: str | None = None  # the user's own note on the schedule
    stop_why: str | None = None  # why it was stopped early (breaks.WHY), when the user said
    stop_note: str | None = None  # the user's own words on stopping it
    # moved after a late dose on this day: its last due date counts a dose up to it (a weekly
    # dose taken on Wednesday for Sunday), and `moved_from` names the schedule carried on
    moved_on: date | None = None
    moved_from: int | None = None

    @property
    def last_day(self) -> date | None:
        """The last day anything is due, or None while open-ended."""
        stop = self.stopped_on - ONE_DAY if self.stopped_on else None
        if self.end and stop:
            return min(self.end, stop)
        return self.end or stop

    def is_active(self, day: date) -> bool:
        return self.start <= day and (self.last_day is None or day <= self.last_day)

    @property
    def plan(self) -> Plan:
        return Plan(self.supplement, self.amount, self.unit, self.rule.every_days,
                    tuple(sorted(self.rule.weekdays)))

    def final_due(self) -> date | None:
        """The last due date of a schedule that has an end, else None."""
        last = self.last_day
        if last is None or last < self.start:
            return None
        if self.rule.every_days is not None:
            n = self.rule.every_days
            return self.start + timedelta(days=(last - self.start).days // n * n)
        found = list(self.due_dates(last - timedelta(days=6), last))
        return found[-1] if found else None

    def due_dates(self, first: date, last: date) -> Iterator[date]:
        """Due dates within [first, last], both inclusive."""
        lo = max(first, self.start)
        hi = last if self.last_day is None else min(last, self.last_day)
        if lo > hi:
            return
        if self.rule.every_days is not None:
            n = self.rule.every_days
            k = -(-(lo - self.start).days // n)  # ceil
            day = self.start + timedelta(days=k * n)
            step = timedelta(days=n)
            while day <= hi:
                yield day
                day += step
        else:
            day = lo
            while day <= hi:
                if day.weekday() in self.rule.weekdays:
                    yield day
                day += ONE_DAY


def end_from_weeks(start: date, weeks: int) -> date:
    if not 1 <= weeks <= 520:
        raise InvalidInput("weeks", weeks, reason("whole-range", low=1, high=520))
    return start + timedelta(weeks=weeks) - ONE_DAY


def average_per_day(amount: float, rule: Rule) -> float:
    """Plain arithmetic: 50,000 IU weekly is about 7,143 IU a day."""
    return amount * rule.doses_per_week / 7
