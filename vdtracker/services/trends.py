"""Everything the trends chart draws, computed once from stored data (the chart only re-frames)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, select

from ..domain import alerts as alert_rules
from ..domain import story, trends
from ..domain.printed import qualifier_of
from ..domain.ranges import Profile
from ..domain.schedule import Plan
from ..domain.symptoms import (
    Improvement,
    default_windows,
    percent_improvement,
)
from ..domain.units import B12, PTH, VITAMIN_D, convert
from ..models import tables as t
from ..storage.database import Database
from ..wording import Wording
from .story import DiaryRead, read_diary, tell

SERIES_UNIT = {B12: "pmol/L", PTH: "pg/mL"}


@dataclass(frozen=True)
class LabPoint:
    day: date
    value: float  # in the series' display unit
    printed: str  # as printed, e.g. "19 nmol/L"
    low: float | None  # the report's range, in the display unit
    high: float | None
    qualifier: str = ""  # "<" / ">" (or ≤ ≥) for a value printed beyond the assay's limit


@dataclass(frozen=True)
class LabSeries:
    analyte: str
    title: str
    unit: str
    points: list[LabPoint]


@dataclass
class TrendData:
    as_of: date
    pain: list[trends.DailyPain]
    rolling: list[tuple[date, float]]
    cramps: list[tuple[date, int]]
    spasms: list[tuple[date, int]]
    labs: dict[str, LabSeries]
    phases: list[trends.Span]
    lapses: list[trends.Span]
    doses: dict[str, list[date]]  # supplement -> days a dose was taken
    course_start: date | None
    bands: Profile | None = None  # an opted-in vitamin D profile, shaded instead of the range
    first: date | None = field(default=None)
    schedules_elsewhere: bool = False  # schedules saved, none of them in the period shown
    stretch: story.Stretch | None = None  # the best 14 days: the story's, the summary's
    baseline: story.Span | None = None  # the latest course's baseline (the story's)
    course_plan: Plan | None = None  # the schedule that began that course, to name it

    def improvement(self, baseline: tuple[date, date], current: tuple[date, date]
                    ) -> Improvement | None:
        daily = {p.day: p.mean for p in self.pain}
        return percent_improvement(daily, baseline, current)

    def within(self, first: date, last: date) -> TrendData:
        """The same data with only the schedules that ran in [first, last] (for a page that
        shows that period: no empty rows for supplements taken long before)."""
        ran = [p for p in self.phases if p.start <= last and p.end >= first]
        return replace(self, phases=ran, schedules_elsewhere=bool(self.phases) and not ran)

    def default_windows(self) -> tuple[tuple[date, date], tuple[date, date]] | None:
        """The story's baseline of the latest course (the days logged before it, or the
        diary's first 7 days when it starts with the course) against the last 7 days."""
        if self.course_start is None:
            return None
        if self.baseline is None:
            return default_windows(self.course_start, self.as_of)
        if self.baseline.last >= self.as_of:
            return None  # a diary younger than a before and a now: nothing to compare yet
        now = max(self.as_of - timedelta(days=6), self.baseline.last + timedelta(days=1))
        return ((self.baseline.first, self.baseline.last), (now, self.as_of))


class TrendsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def data(self, as_of: date, vitamin_d_unit: str = "ng/mL",
             profiles: dict[str, Profile] | None = None, words: Wording | None = None,
             since: date | None = None, read: DiaryRead | None = None) -> TrendData:
        """The chart's series; labels and tooltips in `words` (English when not given);
        symptoms from `since` on (a week earlier, for the 7-day mean) when given. `read`: the
        diary as read for the summary printed with it (as of the same day)."""
        words = words or Wording()
        lab = t.lab_result
        with self.db.connect() as s:
            read = read_diary(s, as_of, read)
            snap, days = read.snapshot, read.days
            labs = s.execute(select(lab).where(lab.c.day <= as_of)
                             .order_by(lab.c.day, lab.c.id)).all()
            lab_series = self._labs(labs, vitamin_d_unit, words)
        start = since - timedelta(days=trends.ROLLING_DAYS) if since else date.min
        pain = trends.daily_pain((d, v) for d, v in snap.pain if d >= start)
        cramps = [(d, n) for d, n in snap.cramp_nights if d >= start]
        spasms = [(d, n) for d, n in snap.spasms if d >= start]
        found = alert_rules.compute(snap, as_of, profiles)
        lapses = [(int(a.details["regimen_id"]), a.date, words.lapse_band(a), words.alert(a))
                  for a in found if a.kind == "lapsed-maintenance"]
        regimens = story.as_told(alert_rules.as_of_view(snap.regimens, as_of), snap.doses, as_of)
        # the story the summary tells of the whole diary: its gaps, best 14 days, baselines
        began = min([*days, *(r.start for r in snap.regimens)], default=as_of)
        told = tell(days, snap.regimens, snap.doses, began, as_of, as_of, snap.breaks)
        ended = [trends.Span(g.since, g.until, "lapsed", words.story.gap_band(g, as_of),
                             g.regimen.id, g.regimen.supplement, words.story.gap_band(g, as_of))
                 for g in told.gaps if g.until is not None]
        course = told.stretch_course if told.courses else None
        baseline = story.baseline_span(days, course) if course else None
        doses: dict[str, list[date]] = {}
        for d in snap.doses:
            if not d.skipped:
                doses.setdefault(d.supplement, []).append(d.day)
        shown = [p.day for p in pain] + [r.start for r in regimens] \
            + [p.day for series in lab_series.values() for p in series.points]
        return TrendData(
            as_of=as_of, pain=pain, rolling=trends.rolling_mean(pain),
            cramps=trends.counts_per_day((d, n) for d, n in cramps),
            spasms=trends.counts_per_day((d, n) for d, n in spasms), labs=lab_series,
            phases=trends.phase_spans(
                regimens, as_of,
                lambda r: f"{words.schedule(r.plan)} ({words.common.phase(r.phase)})"),
            lapses=ended + trends.lapse_spans(lapses, as_of),
            doses=doses, course_start=course, bands=(profiles or {}).get(VITAMIN_D),
            first=min(shown, default=None), stretch=told.stretch, baseline=baseline,
            course_plan=told.stretch_plan if course else None)

    @staticmethod
    def _labs(rows: Sequence[Row[Any]], vitamin_d_unit: str, words: Wording
              ) -> dict[str, LabSeries]:
        out: dict[str, LabSeries] = {}
        for r in rows:
            if r.analyte not in (VITAMIN_D, B12, PTH):
                continue
            unit = vitamin_d_unit if r.analyte == VITAMIN_D else SERIES_UNIT[r.analyte]

            def conv(v: float | None) -> float | None:
                return None if v is None else convert(v, r.unit, unit, r.analyte)  # noqa: B023

            series = out.setdefault(r.analyte, LabSeries(r.analyte, words.common.analyte(r.analyte),
                                                         unit, []))
            value = convert(r.value, r.unit, unit, r.analyte)
            series.points.append(LabPoint(r.day, value, f"{r.value_text} {r.unit}",
                                          conv(r.ref_low), conv(r.ref_high),
                                          qualifier_of(r.value_text)))
        return out


