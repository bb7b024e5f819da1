"""The appointment summary's words: headings, how each phase went, symptoms before and now."""

from __future__ import annotations

from datetime import date

from ..domain.phase_tally import Tally
from .base import Common, Words
from .translate import arg


class SummaryWords(Words):
    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def title(self) -> str:
        return self.tr("Summary for my appointment")

    def period(self, first: date, last: date, printed: date) -> str:
        return arg(self.tr("Period %1 – %2 · printed %3"), self.c.day(first), self.c.day(last),
                   self.c.day(printed))

    def as_it_ended(self, last: date) -> str:
        """Said under Symptoms when the period ended before today."""
        return arg(self.tr("As they were on %1, the period's last day."), self.c.day(last))

    def printed(self, day: date) -> str:
        return arg(self.tr("printed %1"), self.c.day(day))

    def page_of(self) -> str:
        """'Page %1 of %2': the page's number, then how many (filled in when printed)."""
        return self.tr("Page %1 of %2")

    def disclaimer(self) -> str:
        return self.tr("Patient diary — not a medical record; values as entered by the patient.")

    def heading(self, key: str) -> str:
        return {"schedules": self.tr("Schedules"), "labs": self.tr("Lab results"),
                "symptoms": self.tr("Symptoms"), "alerts": self.tr("Alerts in force"),
                "questions": self.tr("Questions for my clinician"),
                "other-labs": self.tr("Other lab results"),
                "notes": self.tr("Notes in this period"),
                "method": self.tr("How this was calculated")}[key]

    def personal(self, name: str, birth: date | None) -> str:
        """'Name: … · Date of birth: …', each part only when it was given."""
        parts = [arg(self.tr("Name: %1"), name)] if name else []
        if birth is not None:
            parts.append(arg(self.tr("Date of birth: %1"), self.c.day(birth)))
        return " · ".join(parts)

    def columns(self, key: str) -> tuple[str, ...]:
        if key == "schedules":
            return (self.tr("Schedule"), self.tr("Phase"), self.tr("From – to"),
                    self.tr("Doses"))
        return (self.tr("Date"), self.tr("Test"), self.tr("As printed"), self.tr("Other unit"),
                self.tr("Report's range"), self.tr("Flag"))

    def test_name(self, code: str) -> str:
        """The short name a lab report prints (the table on page 1 has little room)."""
        names = {"vitamin-d": self.tr("25(OH)D"), "b12": self.tr("B12"), "pth": self.tr("PTH"),
                 "calcium": self.tr("Calcium")}
        return names.get(code) or self.c.analyte(code)

    def flag(self, flag: str) -> str:
        return {"below": self.tr("below range"), "above": self.tr("above range"),
                "within": self.tr("within range"), "unknown": "",
                "unclear": self.tr("printed as a limit: may be in or out of range")}[flag]

    def before_note(self) -> str:
        return self.tr("In italics: the last result before the period, where it started.")

    def note_kind(self, what: str) -> str:
        return {"diary": self.tr("the day's diary"), "dose": self.tr("a dose"),
                "lab": self.tr("lab result"), "schedule": self.tr("a schedule"),
                "stop": self.tr("stopping a schedule"),
                "break": self.tr("a time not taken"),
                "decision": self.tr("the clinician's decision")}[what]

    def see_other_labs(self) -> str:
        return self.tr("No vitamin D, B12, PTH or calcium result in this period; other results "
                       "follow below.")

    def span(self, first: date, last: date | None) -> str:
        if last is None:
            return arg(self.tr("%1 – open-ended"), self.c.day(first))
        return f"{self.c.day(first)} – {self.c.day(last)}"

    def tally(self, t: Tally, grace: int = 0) -> str:
        """'10 of 12 logged within 2 days of the due date; 1 skipped, 1 missed': the window a
        dose counts in is said, so a dose 2 days late is not read as "on time"."""
        if grace == 0:
            text = arg(self.tr("%1 of %2 logged on the due date"), self.c.number(t.on_time),
                       self.c.number(t.due))
        else:
            text = arg(self.tr("%1 of %2 logged within %n day(s) of the due date", None, grace),
                       self.c.number(t.on_time), self.c.number(t.due))
        parts = []
        if t.late:
            parts.append(self.tr("%n late", None, t.late))
        if t.skipped:
            parts.append(self.tr("%n skipped", None, t.skipped))
        if t.missed:
            parts.append(self.tr("%n missed", None, t.missed))
        if t.paused:
            parts.append(self.tr("%n not taken (you had stopped)", None, t.paused))
        if t.open:
            parts.append(self.tr("%n still open", None, t.open))
        return text + ("; " + ", ".join(parts) if parts else "")

    def stopped(self, day: date, why: str | None) -> str:
        """In the schedules table: the stop and the reason the patient gave."""
        if why is None:
            return arg(self.tr("stopped on %1"), self.c.day(day))
        return arg(self.tr("stopped on %1 (%2)"), self.c.day(day), why)

    def moved(self, day: date, carried_in_table: bool = True) -> str:
        """A schedule the patient moved to another day after a late dose; where the schedule
        that carries it on begins after the summary's period, that is said instead."""
        if carried_in_table:
            return arg(self.tr("moved after the dose taken on %1; the next row carries it on"),
                       self.c.day(day))
        return arg(self.tr("moved after the dose taken on %1; it carries on after the end of "
                           "this summary"), self.c.day(day))

    def replaced(self, began: date) -> str:
        """A schedule a newer course of the same substance took the place of."""
        return arg(self.tr("replaced by the course that began on %1"), self.c.day(began))

    def no_maintenance(self, said: date) -> str:
        return arg(self.tr("your clinician prescribed no maintenance after it (said %1)"),
                   self.c.day(said))

    def nothing(self, key: str) -> str:
        return {"schedules": self.tr("No schedule ran in this period."),
                "labs": self.tr("No lab result in this period."),
                "symptoms": self.tr("Nothing logged in the diary in this period."),
                "alerts": self.tr("No alert in force.")}[key]

    def method(self) -> str:
        return self.tr(
            "A dose counts for a due date when it is logged within its grace window: the same "
            "day for daily schedules, 1 day either side for twice-weekly, 2 days for weekly. "
            "Late: logged within 3 days after the window. Missed: nothing logged by the end of "
            "the window. Before and now: each course is compared over the days the diary covers "
            "in the 4 weeks before it started (or, when fewer than 7 were logged before it, the "
            "diary's first 7 days, up to 14 until 7 are logged, course days among them) and the "
            "last 4 weeks (pain: the last 7 days). A rate a week = events ÷ "
            "days with an entry × 7 (a day without an entry is unknown, not none), at least 7 "
            "days; a mean needs at least 3 days with a value, otherwise: too few days to compare. "
            "Best 14 days: the lowest 14-day mean pain since the course began (at least 4 days "
            "logged). Percent change = (before − now) / before × 100. Research benchmarks "
            "(IMMPACT: moderate from 30 %, substantial from 50 %) are "
            "context, not targets. Lab flags use the range printed on each report. A chart of your "
            "diary shows what happened together, not what caused it.")


__all__ = ["SummaryWords"]
