"""The diary's story read from the store: courses with their before/after figures, the best 14
days, the gaps in taking a schedule and the notes that explain them. The summary, Trends and
the chart all read this one model; none of them decides these facts for itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..domain import alerts as alert_rules
from ..domain import story
from ..domain.adherence import Dose
from ..domain.breaks import TakingBreak, as_of_view
from ..domain.schedule import Plan, Regimen
from ..models import tables as t
from ..storage import repositories as repo
from ..storage.rows import core

if TYPE_CHECKING:
    from ..storage.rows import Reads

NOTE_DAYS_BEFORE = 14  # notes this many days before a lapse or a worse stretch explain it


@dataclass(frozen=True)
class Story:
    as_of: date
    first: date  # the period told
    last: date
    days: dict[date, story.DiaryDay]
    courses: list[story.CourseStory]  # each course begun in or shortly before the period
    whole_diary: story.CourseStory | None  # no course at all: the diary's first days vs now
    stretch: story.Stretch | None  # pain's best 14 days since the alerts' course began
    stretch_course: date | None  # that course's start
    gaps: list[story.Gap] = field(default_factory=list)  # in the period, ended ones too

    measures: list[str] = field(default_factory=list)  # the symptoms the patient logs
    stretch_plan: Plan | None = None  # the schedule that began that course, to name it


@dataclass(frozen=True)
class DiaryRead:
    """The whole diary up to as_of, read once for what is printed together (a summary's text
    and its chart): each reads its days up to its own last day from it."""

    as_of: date
    snapshot: alert_rules.Snapshot
    days: dict[date, story.DiaryDay]


def read_diary(s: Reads, as_of: date, given: DiaryRead | None = None) -> DiaryRead:
    """The diary as of `as_of`: `given` when it was read as of that day (for the summary
    printed with a chart), else read here."""
    if given is not None and given.as_of == as_of:
        return given
    return DiaryRead(as_of, repo.snapshot(s, as_of), read_days(s, as_of))


def read_days(s: Reads, as_of: date) -> dict[date, story.DiaryDay]:
    """Every diary day up to as_of (a daytime cramp is no cramp night, but its day is a day
    the diary covers)."""
    conn, day = core(s), repo.stored_day
    pain, night, spasm = t.pain_entry.c, t.cramp_night.c, t.spasm_episode.c
    pains = [(day(d), v) for d, v in conn.execute(
        select(repo.raw_day(pain.day), pain.score).where(pain.day <= as_of))]
    cramps = [(day(d), a, b, daytime) for d, a, b, daytime in conn.execute(
        select(repo.raw_day(night.night_of), night.severity, night.sleep_disturbance,
               night.daytime).where(night.night_of <= as_of))]
    spasms = [(day(d), n, v) for d, n, v in conn.execute(
        select(repo.raw_day(spasm.day), spasm.count, spasm.severity)
        .where(spasm.day <= as_of))]
    return story.diary_days(((d, v) for d, v in pains),
                            ((d, a, b) for d, a, b, daytime in cramps if not daytime),
                            ((d, n, v) for d, n, v in spasms),
                            (d for d, _, _, daytime in cramps if daytime))


def tell(days: dict[date, story.DiaryDay], regimens: Sequence[Regimen], doses: Sequence[Dose],
         first: date, last: date, as_of: date, breaks: Sequence[TakingBreak] = ()) -> Story:
    """The story of [first, last] as it stood on `last` (nothing later is read)."""
    known = {d: v for d, v in days.items() if d <= last}
    doses = [d for d in doses if d.day <= last]
    regimens = story.as_told(alert_rules.as_of_view(regimens, last), doses, last)
    every = story.courses(regimens, last)
    told = story.told_courses(every, first, last)
    if every and every[-1] not in told:  # a period begun long after its course: that course
        told.append(every[-1])  # is still the one its figures are about
    # what the patient logs, counting the baselines before the period (cramps that stopped
    # with the course are the story, not a symptom never logged)
    since = min([first, *(c.start - timedelta(days=story.BEFORE_DAYS) for c in told)])
    measures = story.logged_measures(known, since, last)
    stories = [story.course_story(known, c, measures, last) for c in told]
    whole = None
    if not every and known:
        whole = story.course_story(known, None, measures, last)
    start = alert_rules.course_start(regimens, last) or (min(known) if known else None)
    pain = {d: v.pain for d, v in known.items() if v.pain is not None}
    stretch = story.best_stretch(pain, start, last) if start is not None else None
    gaps = [g for g in story.gaps(regimens, doses, last, as_of_view(breaks, last))
            if (g.until or last) >= first and g.since <= last]
    began = [c.first.plan for c in every if c.start == start]
    return Story(as_of, first, last, known, stories, whole, stretch, start, gaps, measures,
                 began[-1] if began else None)


def explaining_notes(notes: Sequence[tuple[date, str]], since: date, last: date
                     ) -> list[tuple[date, str]]:
    """The notes written from two weeks before `since` to `last`: why a lapse began, what
    happened as pain rose."""
    lo = since - timedelta(days=NOTE_DAYS_BEFORE)
    return [(d, t) for d, t in notes if lo <= d <= last]


__all__ = ["DiaryRead", "Story", "explaining_notes", "read_days", "read_diary", "tell"]
