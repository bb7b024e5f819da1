"""The story of a diary: its courses, what each changed (before vs now, over the days the diary
really covers), the best stretch since a course began, and the gaps in taking a schedule."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .adherence import (
    CONTINUING,
    Dose,
    doses_for,
    folded,
    lapse_threshold_days,
    replaced_on,
    substance_key,
)
from .breaks import TakingBreak, of_regimen
from .schedule import Regimen
from .symptoms import RECURRENCE_MIN_DAYS, RECURRENCE_WINDOW, Recurrence, recurrence

BEFORE_DAYS = 28  # at most this many days before a course are its baseline
NOW_DAYS = 28  # rates and severities now: the last 4 weeks
PAIN_NOW_DAYS = 7  # pain now: the last 7 days (IMMPACT compares weekly means)
MIN_RATE_DAYS = 7  # fewer days covered than this: "too few days to compare"
MIN_SCORE_DAYS = 3  # fewer days with a score than this: no mean
DIARY_START_DAYS = 7  # a diary that starts with its course: its first 7 days are the baseline
DIARY_START_MAX_DAYS = 14  # ... or up to 14, until 7 of them are logged
COURSE_JOIN_DAYS = 28  # a schedule of the same substance that starts within 4 weeks of the
# previous one's end continues its course (loading, then maintenance); later, a new course
SHORTLY_BEFORE_DAYS = 56  # courses begun up to 8 weeks before a period are told in it

RATES = ("cramp-nights", "spasm-episodes")
SEVERITIES = ("cramp-severity", "sleep", "spasm-severity")  # of a symptom, when it happened
MEASURES = ("pain", "cramp-nights", "cramp-severity", "sleep", "spasm-episodes",
            "spasm-severity")


@dataclass(frozen=True)
class DiaryDay:
    """What one day of the diary holds (a day with any entry is a day the diary covers)."""

    day: date
    pain: float | None = None  # mean of the day's scores
    cramp_nights: int = 0  # 1 when cramps were logged for that night
    cramp_severity: float | None = None
    sleep: float | None = None
    spasm_episodes: int = 0
    spasm_severity: float | None = None

    def value(self, measure: str) -> float | None:
        return {"pain": self.pain, "cramp-nights": float(self.cramp_nights),
                "cramp-severity": self.cramp_severity, "sleep": self.sleep,
                "spasm-episodes": float(self.spasm_episodes),
                "spasm-severity": self.spasm_severity}[measure]


@dataclass(frozen=True)
class Course:
    """Schedules of one substance that follow each other (loading, then maintenance)."""

    regimens: tuple[Regimen, ...]  # the first one names the course

    @property
    def start(self) -> date:
        return self.regimens[0].start

    @property
    def first(self) -> Regimen:
        return self.regimens[0]

    @property
    def substance(self) -> str:
        return substance_key(self.first.supplement)


@dataclass(frozen=True)
class Span:
    """Days compared: [first, last], `covered` of them with a diary entry; `source` says what
    the span is: 'before' (days before the course), 'diary-start' (the diary's first days, when
    it starts with the course), 'now' (the latest days)."""

    first: date
    last: date
    covered: int
    source: str


@dataclass(frozen=True)
class Figure:
    """One measure over one span: None when too few days were logged for a number."""

    value: float | None
    span: Span
    days: int  # days that counted: covered days for a rate, days with a score for a mean


@dataclass(frozen=True)
class Change:
    measure: str
    before: Figure
    now: Figure


@dataclass(frozen=True)
class CourseStory:
    course: Course | None  # None: a diary without any schedule
    changes: tuple[Change, ...]  # only the measures the patient logs


@dataclass(frozen=True)
class Gap:
    """A stretch with no dose of a continuing schedule longer than its lapse threshold:
    `since` the last dose (or the schedule's start), `until` the next dose (or the schedule's
    last day; None while the gap runs to today); `first` and `last` the days without a dose."""

    regimen: Regimen
    since: date
    until: date | None
    said: TakingBreak | None = None  # "I had stopped taking it" for (part of) this time
    first: date | None = None  # the first day without a dose (since + 1 after a dose)
    last: date | None = None  # the last one (until - 1 before a dose); None while running

    def days(self, as_of: date) -> int:
        """An ended gap: its days without a dose; a running one: the days since `since` (as
        the lapse warning counts them)."""
        if self.last is None or self.first is None:
            return (as_of - self.since).days
        return (self.last - self.first).days + 1


def diary_days(pain: Iterable[tuple[date, float]],
               cramps: Iterable[tuple[date, float | None, float | None]],
               spasms: Iterable[tuple[date, int, float | None]],
               other: Iterable[date] = ()) -> dict[date, DiaryDay]:
    """pain (day, score); cramp nights (night, severity, sleep); spasms (day, episodes,
    severity); `other` days with another entry (a daytime cramp): one DiaryDay per day with
    anything logged, severities averaged."""
    pains: dict[date, list[float]] = {}
    nights: dict[date, list[float | None]] = {}  # each night's (severity, sleep) below
    sleeps: dict[date, list[float | None]] = {}
    episodes: dict[date, int] = {}
    spasm_severity: dict[date, list[float | None]] = {}
    for day, score in pain:  # ten years of days: plain loops, no call per value
        pains.setdefault(day, []).append(score)
    for day, severity, sleep in cramps:
        nights.setdefault(day, []).append(severity)
        sleeps.setdefault(day, []).append(sleep)
    for day, count, severity in spasms:
        episodes[day] = episodes.get(day, 0) + count
        spasm_severity.setdefault(day, []).append(severity)

    def mean(xs: list[float | None] | list[float] | None) -> float | None:
        known = [x for x in xs if x is not None] if xs else []
        return sum(known) / len(known) if known else None

    days = dict.fromkeys(other)
    days.update(dict.fromkeys(pains))
    days.update(dict.fromkeys(nights))
    days.update(dict.fromkeys(episodes))
    return {d: DiaryDay(d, mean(pains.get(d)), int(d in nights), mean(nights.get(d)),
                        mean(sleeps.get(d)), episodes.get(d, 0), mean(spasm_severity.get(d)))
            for d in days}


def courses(regimens: Sequence[Regimen], as_of: date) -> list[Course]:
    """The courses begun by as_of, by start: each substance's schedules, joined while one
    starts within COURSE_JOIN_DAYS of the previous one's end (an open-ended one runs on); a
    loading course always begins a course of its own (re-treatment is a new story), unless
    it carries on one the patient moved to another day (`regimen move`)."""
    chains: dict[str, list[list[Regimen]]] = {}
    for r in sorted((r for r in regimens if r.start <= as_of), key=lambda r: (r.start, r.id)):
        runs = chains.setdefault(substance_key(r.supplement), [])
        if runs and any(x.id == r.moved_from for x in runs[-1]):  # the same course, moved
            runs[-1].append(r)
            continue
        if runs and r.phase != "loading":  # a loading course is a new course, always
            ends = [x.last_day for x in runs[-1]]
            end = None if any(e is None for e in ends) else max(e for e in ends if e)
            if end is None or r.start <= end + timedelta(days=COURSE_JOIN_DAYS):
                runs[-1].append(r)
                continue
        runs.append([r])
    out = [Course(tuple(run)) for runs in chains.values() for run in runs]
    return sorted(out, key=lambda c: (c.start, c.first.id))


def told_courses(all_courses: Sequence[Course], first: date, last: date) -> list[Course]:
    """The courses a period tells: begun in it or up to 8 weeks before it."""
    return [c for c in all_courses
            if first - timedelta(days=SHORTLY_BEFORE_DAYS) <= c.start <= last]


def _covered(days: Mapping[date, DiaryDay], first: date, last: date) -> list[DiaryDay]:
    """The diary days from first to last, in order."""
    length = (last - first).days + 1
    if length < len(days):  # a span of weeks in a diary of years: look up each of its days
        found = (days.get(first + timedelta(days=i)) for i in range(max(length, 0)))
        return [d for d in found if d is not None]
    return [days[d] for d in sorted(days) if first <= d <= last]


def figure(days: Mapping[date, DiaryDay], measure: str, span: Span) -> Figure:
    """A rate a week over the covered days (a day without an entry is unknown, not none), or
    the mean of the days with a score."""
    logged = _covered(days, span.first, span.last)
    if measure in RATES:
        if len(logged) < MIN_RATE_DAYS:
            return Figure(None, span, len(logged))
        total = sum(d.value(measure) or 0.0 for d in logged)
        return Figure(total / len(logged) * 7, span, len(logged))
    scores = [v for d in logged if (v := d.value(measure)) is not None]
    if len(scores) < MIN_SCORE_DAYS:
        return Figure(None, span, len(scores))
    return Figure(sum(scores) / len(scores), span, len(scores))


def baseline_span(days: Mapping[date, DiaryDay], start: date) -> Span | None:
    """The days before the course the diary covers (up to 4 weeks), when a rate can be read
    from them (7 days); otherwise the diary's first 7 days (up to 14, until 7 are logged),
    from its first day in those 4 weeks, course days among them; None without a diary."""
    before = _covered(days, start - timedelta(days=BEFORE_DAYS), start - timedelta(days=1))
    if len(before) >= MIN_RATE_DAYS:
        return Span(before[0].day, start - timedelta(days=1), len(before), "before")
    # fewer days before the course than a rate needs (a diary begun the day before the visit):
    # the diary's first days, those before the course and its first ones, said as such
    after = [d for d in sorted(days) if d >= start - timedelta(days=BEFORE_DAYS)]
    if not after:
        return None
    # its first 7 days, or as many more (up to 14) as a diary kept 2-3 days a week needs to
    # hold 7 logged days
    last = after[0] + timedelta(days=DIARY_START_DAYS - 1)
    if len(_covered(days, after[0], last)) < MIN_RATE_DAYS:
        latest = after[0] + timedelta(days=DIARY_START_MAX_DAYS - 1)
        held = [d for d in after if d <= latest][:MIN_RATE_DAYS]
        last = max(last, held[-1])
    return Span(after[0], last, len(_covered(days, after[0], last)), "diary-start")


def now_span(days: Mapping[date, DiaryDay], baseline: Span, as_of: date, length: int) -> Span:
    """The last `length` days, never reaching back into the baseline."""
    first = max(as_of - timedelta(days=length - 1), baseline.last + timedelta(days=1))
    return Span(first, as_of, len(_covered(days, first, as_of)), "now")


def logged_measures(days: Mapping[date, DiaryDay], first: date, last: date) -> list[str]:
    """The measures with at least one entry in [first, last]: nothing is printed for a symptom
    the patient does not log."""
    seen = _covered(days, first, last)
    out = []
    for m in MEASURES:
        counts = m in RATES  # a count of 0 is nothing logged; a score of 0 is a score
        if any(d.value(m) if counts else d.value(m) is not None for d in seen):
            out.append(m)
    return out


def course_story(days: Mapping[date, DiaryDay], course: Course | None,
                 measures: Sequence[str], as_of: date) -> CourseStory:
    """Each measure before the course and now; `course` None: the diary's first 7 days (a
    diary without any schedule). Nothing while the baseline reaches to as_of."""
    if course is None and not days:
        return CourseStory(None, ())
    base = baseline_span(days, course.start if course else min(days))
    if base is None or base.last >= as_of:
        return CourseStory(course, ())
    changes = []
    for m in measures:
        now = now_span(days, base, as_of, PAIN_NOW_DAYS if m == "pain" else NOW_DAYS)
        before, after = figure(days, m, base), figure(days, m, now)
        if m in SEVERITIES and before.days == 0 and after.days == 0:
            continue  # no cramp (or spasm) on either side: no severity to compare
        changes.append(Change(m, before, after))
    return CourseStory(course, tuple(changes))


@dataclass(frozen=True)
class Stretch:
    """The best 14 days of pain since a course began, and the last 14 days: one rule for the
    summary's words, the chart's mark and the recurrence alert."""

    best_first: date
    best_last: date
    best: float
    recent: float | None  # the last 14 days (at least 4 logged), None if fewer
    risen: bool  # the recurrence rule: at least 2 points and 30 % above the best


def best_stretch(pain: Mapping[date, float], start: date, as_of: date) -> Stretch | None:
    """The lowest 14-day mean pain (at least 4 days logged) since `start` that ends before the
    last 14 days begin; None while the course is too young or too little was logged."""
    w = RECURRENCE_WINDOW
    recent_first = as_of - timedelta(days=w - 1)
    best: tuple[float, date] | None = None
    day = start + timedelta(days=w - 1)
    while day < recent_first:
        vals = [pain[d] for d in _days(day - timedelta(days=w - 1), day) if d in pain]
        if len(vals) >= RECURRENCE_MIN_DAYS:
            m = sum(vals) / len(vals)
            if best is None or round(m, 9) < round(best[0], 9):
                best = (m, day)
        day += timedelta(days=1)
    if best is None:
        return None
    recent_vals = [pain[d] for d in _days(recent_first, as_of) if d in pain]
    recent = (sum(recent_vals) / len(recent_vals)
              if len(recent_vals) >= RECURRENCE_MIN_DAYS else None)
    rec: Recurrence | None = recurrence(pain, start, as_of)
    return Stretch(best[1] - timedelta(days=w - 1), best[1], best[0], recent, rec is not None)


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def as_told(regimens: Sequence[Regimen], doses: Sequence[Dose], as_of: date) -> list[Regimen]:
    """The schedules as the story tells them: one a newer course of the same substance
    replaced (and that has no dose logged since, see adherence.folded) ends the day before
    that course began, as the alerts fold it: no lapse, no missed due dates after it."""
    gone = folded(regimens, doses, as_of)
    out = []
    for r in regimens:
        began = replaced_on(r, regimens) if r.id in gone else None
        if began is not None and (r.end is None or r.end >= began):
            r = replace(r, end=began - timedelta(days=1))
        out.append(r)
    return out


def gaps(regimens: Sequence[Regimen], doses: Sequence[Dose], as_of: date,
         breaks: Sequence[TakingBreak] = ()) -> list[Gap]:
    """Every stretch without a dose longer than the schedule's lapse threshold while a
    continuing schedule ran, ended ones included: a lapse stays in the story after doses
    resume (and when the patient said they had stopped, with that answer). The one running
    to as_of has `until` None."""
    out = []
    for r in regimens:
        paused = of_regimen(breaks, r.id)
        if (r.phase not in CONTINUING and not paused) or r.start > as_of:
            continue
        end = min(as_of, r.last_day or as_of)
        taken = sorted({d.day for d in doses_for(r, doses)
                        if not d.skipped and r.start <= d.day <= end})
        marks = [r.start, *taken]
        limit = lapse_threshold_days(r) if r.phase in CONTINUING else None
        dosed = set(taken)
        for a, b in zip(marks, [*taken, None], strict=True):
            stop = b or end
            said = [p for p in paused if p.first <= stop and p.last >= a]
            # long enough to be a lapse, or a time the patient said they had stopped: kept
            # with its answer whatever its length
            if (limit is not None and (stop - a).days > limit) or said:
                first = a + timedelta(days=1) if a in dosed else a  # a start with no dose is
                running = b is None and end == as_of  # itself a day without one
                last = None if running else (b - timedelta(days=1) if b is not None else end)
                if last is not None and last < first:
                    continue  # doses on consecutive days: no day without one between them
                out.append(Gap(r, a, None if running else stop, said[-1] if said else None,
                               first, last))
    return sorted(out, key=lambda g: (g.since, g.regimen.id))


__all__ = ["Change", "Course", "CourseStory", "DiaryDay", "Figure", "Gap", "Span", "Stretch",
           "as_told", "best_stretch", "course_story", "courses", "diary_days", "figure", "gaps",
           "logged_measures", "told_courses"]
