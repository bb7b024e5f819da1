"""The story's words on the summary: which course a comparison is about, over which days, each
figure before and now (or "too few days to compare"), the best 14 days, and gaps in taking."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ..domain.schedule import Plan
from ..domain.story import (
    MIN_RATE_DAYS,
    MIN_SCORE_DAYS,
    NOW_DAYS,
    PAIN_NOW_DAYS,
    RATES,
    SEVERITIES,
    Change,
    CourseStory,
    Figure,
    Gap,
    Span,
    Stretch,
)
from ..domain.symptoms import research_benchmark
from .base import Common, Words
from .translate import arg


class StoryWords(Words):
    def __init__(self, common: Common, why: Callable[[str], str]) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common
        self._why = why  # the reason words the alerts use ("ran out")

    def _span(self, first: date, last: date) -> str:
        return f"{self.c.day(first)} – {self.c.day(last)}"

    def course_line(self, cs: CourseStory, same: Sequence[CourseStory] = ()) -> str:
        """'Since Vitamin B12 1,000 mcg daily began on 3 Sep 2025, compared with the 9 days
        logged before it (25 Aug – 2 Sep 2025):' — the course each figure below is about
        (`same`: courses begun the same day, whose figures are these very ones)."""
        if not cs.changes:
            return ""
        base = cs.changes[0].before.span
        if cs.course is None:
            return arg(self.tr("Over this diary, compared with its first %1 days (%2):"),
                       self.c.number((base.last - base.first).days + 1),
                       self._span(base.first, base.last))
        named = self.c.schedule(cs.course.first.plan)
        for other in same:
            if other.course is not None:
                named = arg(self.tr("%1 and %2"), named, self.c.schedule(other.course.first.plan))
        since = arg(self.tr("Since %1 began on %2"), named, self.c.day(cs.course.start))
        if base.source == "before":
            return arg(self.tr("%1, compared with the %n day(s) logged before it (%2):", None,
                               base.covered), since, self._span(base.first, base.last))
        start = cs.course.start
        last_day = (base.last - start).days + 1  # course days are counted from 1
        if base.first < start:  # a diary begun a few days before: those days and the first
            return arg(self.tr("%1, compared with the first days logged around it, %n day(s) "
                               "before it and course days 1–%2 (%3):", None,
                               (start - base.first).days),
                       since, self.c.number(last_day), self._span(base.first, base.last))
        return arg(self.tr("%1, compared with course days %2–%3, the first days logged "
                           "(%4):"), since, self.c.number((base.first - start).days + 1),
                   self.c.number(last_day), self._span(base.first, base.last))

    def too_recent(self, cs: CourseStory) -> str:
        assert cs.course is not None
        return arg(self.tr("Since %1 began on %2: too few days since then to compare."),
                   self.c.schedule(cs.course.first.plan), self.c.day(cs.course.start))

    def name(self, measure: str) -> str:
        return {"pain": self.tr("Pain (0–10)"),
                "cramp-nights": self.tr("Nights with leg cramps a week"),
                "cramp-severity": self.tr("Cramp severity (0–10)"),
                "sleep": self.tr("Sleep disturbed by cramps (0–10)"),
                "spasm-episodes": self.tr("Spasm episodes a week"),
                "spasm-severity": self.tr("Spasm severity (0–10)")}[measure]

    def _now(self, measure: str, span: Span) -> str:
        length = (span.last - span.first).days + 1
        if measure == "pain" and length == PAIN_NOW_DAYS:
            return self.tr("in the last 7 days")
        if length == NOW_DAYS:
            return self.tr("over the last 4 weeks")
        return arg(self.tr("since %1"), self.c.day(span.first))

    def _too_few(self, f: Figure, measure: str, before: bool) -> str:
        need = MIN_RATE_DAYS if measure in RATES else MIN_SCORE_DAYS
        if before and f.span.source == "before":
            return arg(self.tr("too few days to compare (%1 logged before, at least %2 "
                               "needed)"), self.c.number(f.days), self.c.number(need))
        if before:  # the diary's first days, compared with
            return arg(self.tr("too few days to compare (%1 logged in those first days, at "
                               "least %2 needed)"), self.c.number(f.days), self.c.number(need))
        return arg(self.tr("too few days to compare (%1 logged %2, at least %3 needed)"),
                   self.c.number(f.days), self._now(measure, f.span), self.c.number(need))

    def change(self, ch: Change) -> str:
        """'Spasm episodes a week: 44.3 before (9 days logged), 8.1 over the last 4 weeks
        (28 days logged).'"""
        b, n = ch.before, ch.now
        if b.days == 0 and ch.measure in SEVERITIES:  # the symptom was not there before
            if n.value is None:
                return arg(self.tr("%1: nothing logged before; %n logged %2.", None, n.days),
                           self.name(ch.measure), self._now(ch.measure, n.span))
            return arg(self.tr("%1: nothing logged before; %2 %3 (%n day(s) logged).", None,
                               n.days), self.name(ch.measure), self.c.number(n.value, 1),
                       self._now(ch.measure, n.span))
        if b.value is None:
            return arg(self.tr("%1: %2."), self.name(ch.measure), self._too_few(b, ch.measure,
                                                                                True))
        if n.value is None and n.days == 0 and ch.measure in SEVERITIES:
            return arg(self.tr("%1: %2 before (%n day(s) logged); nothing logged %3.", None,
                               b.days), self.name(ch.measure), self.c.number(b.value, 1),
                       self._now(ch.measure, n.span))
        if n.value is None:
            return arg(self.tr("%1: %2."), self.name(ch.measure), self._too_few(n, ch.measure,
                                                                                False))
        before = arg(self.tr("%1 before (%n day(s) logged)", None, b.days),
                     self.c.number(b.value, 1))
        now = arg(self.tr("%1 %2 (%n day(s) logged)", None, n.days), self.c.number(n.value, 1),
                  self._now(ch.measure, n.span))
        text = arg(self.tr("%1: %2, %3"), self.name(ch.measure), before, now)
        if ch.measure != "pain" or b.value == 0:
            return text + "."
        percent = (b.value - n.value) / b.value * 100
        shown = self.c.number(round(abs(percent), 1))  # 29.6, never a rounded-up "30"
        if percent < 0:  # a benchmark of improvement says nothing about a rise
            return arg(self.tr("%1 — %2 % higher."), text, shown)
        change = arg(self.tr("%1 % lower"), shown)
        context = {"substantial": self.tr("at or above the research benchmark of 50 % "
                                          "(IMMPACT) for a substantial change"),
                   "moderate": self.tr("at or above the research benchmark of 30 % "
                                       "(IMMPACT) for a moderate change"),
                   "below": self.tr("below the research benchmark of 30 % (IMMPACT)")}
        return arg(self.tr("%1 — %2; %3."), text, change, context[research_benchmark(percent)])

    def risen(self, st: Stretch, began: date | None, plan: Plan | None = None) -> str:
        """Leads the pain lines when the recurrence rule holds: now against the best weeks,
        since the course (`plan`, begun on `began`) they are measured from."""
        assert st.recent is not None
        if began is None:
            return arg(self.tr("Pain has risen: the last 14 days average %1, %2 points higher "
                               "than the best 14 days in this diary (%3, %4)."),
                       self.c.number(st.recent, 1), self.c.number(_rise(st), 1),
                       self.c.number(st.best, 1), self._span(st.best_first, st.best_last))
        return arg(self.tr("Pain has risen: the last 14 days average %1, %2 points higher than "
                           "the best 14 days since %3 began on %4 (%5, %6)."),
                   self.c.number(st.recent, 1), self.c.number(_rise(st), 1),
                   self._course(plan), self.c.day(began), self.c.number(st.best, 1),
                   self._span(st.best_first, st.best_last))

    def best(self, st: Stretch, began: date | None, plan: Plan | None = None) -> str:
        """The best 14 days since the course began (`began` None: no course, the diary)."""
        text = (arg(self.tr("Best 14 days of pain since %1 began on %2: %3 (%4)."),
                    self._course(plan), self.c.day(began), self.c.number(st.best, 1),
                    self._span(st.best_first, st.best_last)) if began is not None
                else arg(self.tr("Best 14 days of pain in this diary: %1 (%2)."),
                         self.c.number(st.best, 1), self._span(st.best_first, st.best_last)))
        if st.recent is None:
            return text
        return text + " " + arg(self.tr("The last 14 days average %1."),
                                self.c.number(st.recent, 1))

    def _course(self, plan: Plan | None) -> str:
        return self.c.schedule(plan) if plan is not None else self.tr("the course")

    def gap(self, g: Gap, as_of: date) -> str:
        """'no dose logged 8 Jan – 27 Jan 2026 (20 days)'; running: 'since 8 Jan 2026'; with
        the patient's answer: '…; you had stopped taking it (ran out)'."""
        if g.last is None or g.first is None:
            text = arg(self.tr("no dose logged since %1 (%n day(s))", None, g.days(as_of)),
                       self.c.day(g.since))
        else:  # the days without a dose, both counted
            text = arg(self.tr("no dose logged %1 (%n day(s))", None, g.days(as_of)),
                       self._span(g.first, g.last))
        if g.said is None:
            return text
        if g.said.why:
            return arg(self.tr("%1; you had stopped taking it (%2)"), text,
                       self._why(g.said.why))
        return arg(self.tr("%1; you had stopped taking it"), text)

    def gap_band(self, g: Gap, as_of: date) -> str:
        """The words on a past gap's band on the chart: the supplement and both dates."""
        return arg(self.tr("%1: %2"), g.regimen.supplement, self.gap(g, as_of))

    def quoted(self, day: date, text: str) -> str:
        """A note quoted beside an alert, short, with its date."""
        short = text if len(text) <= 140 else text[:139].rstrip() + "…"
        return arg(self.tr("“%1” (note of %2)"), short, self.c.day(day))

    def why_heading(self) -> str:
        return self.tr("What was noted around then:")


def _rise(st: Stretch) -> float:
    """The rise as the printed figures give it: 6.8 - 1.3 = 5.5, never a 5.4 that a reader's
    own subtraction contradicts."""
    assert st.recent is not None
    return round(round(st.recent, 1) - round(st.best, 1), 1)


__all__ = ["StoryWords"]
