"""What a journey hands a test: plain facts about what was stored (dates, schedules, gaps),
never a figure the app is expected to print. A test recomputes its figures from the stored
data (tests/journeys/plain.py) and uses these facts to choose the spans."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class Course:
    """One saved schedule, as the patient typed it from the prescription."""

    regimen_id: int
    supplement: str  # the name as typed: "Vitamin D3", "Vitamin B12"
    substance: str  # "vitamin-d" or "b12"
    phase: str  # "loading", "maintenance" or "ongoing"
    amount: float
    unit: str  # "IU", "mcg"
    start: date
    every_days: int | None = None
    weekdays: str | None = None  # "mon,thu"
    end: date | None = None  # the last day of the schedule (inclusive); None: open-ended
    stopped_on: date | None = None  # nothing is due from this day on
    stop_why: str | None = None  # ran-out, side-effects, felt-better, clinician, other
    stop_note: str | None = None

    @property
    def last_day(self) -> date | None:
        """The last day a dose is due, or None while open-ended."""
        stop = self.stopped_on - timedelta(days=1) if self.stopped_on else None
        if self.end and stop:
            return min(self.end, stop)
        return self.end or stop


@dataclass(frozen=True)
class Span:
    """Days first..last, both inclusive (a holiday without diary entries, a lapse)."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True)
class Lapse:
    """Days in a row with no dose logged on a schedule that had doses due on every one."""

    regimen_id: int
    last_dose: date  # the last dose before it
    span: Span  # the days without a dose
    resumed: date | None  # the day of the next dose; None: none by as_of
    why: str | None = None  # what the patient said (in a diary note), if anything
    note: str | None = None


@dataclass(frozen=True)
class Lab:
    analyte: str  # "vitamin-d", "b12", "pth"
    value_text: str  # as printed on the report
    unit: str
    day: date
    low: float | None = None  # the range printed on the report
    high: float | None = None

    @property
    def value(self) -> float:
        return float(self.value_text.lstrip("<>"))


@dataclass(frozen=True)
class LateDose:
    regimen_id: int
    due: date
    taken: date  # 1-2 days after `due`


@dataclass(frozen=True)
class Journey:
    name: str
    seed: int
    story: str  # one sentence: who this is
    diary_first: date  # the first day with a pain, cramp or spasm entry
    diary_last: date
    as_of: date  # the day the journey ends: nothing is stored after it
    report_from: date  # the start of the period a report on this journey would cover
    courses: tuple[Course, ...]
    labs: tuple[Lab, ...]
    lapses: tuple[Lapse, ...] = ()
    diary_gaps: tuple[Span, ...] = ()  # holidays: no diary entry on any of these days
    late: tuple[LateDose, ...] = ()
    skipped: tuple[tuple[int, date], ...] = ()  # (regimen id, due date) answered "skipped"
    missing: tuple[tuple[int, date], ...] = ()  # due dates left with nothing (lapses aside)
    marks: Mapping[str, date] = field(default_factory=dict)  # named days of the story

    def courses_of(self, substance: str, phase: str | None = None) -> list[Course]:
        """This substance's schedules (of one phase), by start."""
        return sorted((c for c in self.courses if c.substance == substance
                       and (phase is None or c.phase == phase)), key=lambda c: c.start)

    def course(self, substance: str, phase: str, nth: int = 0) -> Course:
        return self.courses_of(substance, phase)[nth]

    def labs_of(self, analyte: str) -> list[Lab]:
        return sorted((lab for lab in self.labs if lab.analyte == analyte),
                      key=lambda lab: lab.day)

    def mark(self, name: str) -> date:
        return self.marks[name]
