"""The appointment summary as data: the period, each schedule phase with how it went, the labs as
printed, the symptoms before and now, and the alerts in force. One model for every output (the
PDF, the print preview, the command line) to lay out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Connection, select

from ..domain import alerts as alert_rules
from ..domain import story as story_rules
from ..domain.alert_types import Alert
from ..domain.alerts import LabReading
from ..domain.personal import Personal
from ..domain.phase_tally import Tally, tally
from ..domain.printed import qualifier_of
from ..domain.ranges import Profile, flag_against_report
from ..domain.schedule import Regimen
from ..domain.units import B12, CALCIUM, PTH, VITAMIN_D
from ..models import tables as t
from ..storage import repositories as repo
from ..storage.database import Database
from .story import DiaryRead, Story, read_diary, tell

FIRST_LABS = (VITAMIN_D, B12, PTH, CALCIUM)  # what a clinician looks for first, in this order
# "Due today: taken or skipped?" asks the patient something; the clinician's page leaves it out
NOT_ON_PAPER = frozenset({"dose-due"})


@dataclass(frozen=True)
class PhaseRow:
    regimen: Regimen
    tally: Tally  # over the part of the period the phase ran
    no_maintenance_on: date | None  # the clinician prescribed no maintenance after it
    replaced_on: date | None = None  # a newer course of the same substance took its place


@dataclass(frozen=True)
class LabRow:
    reading: LabReading
    flag: str  # against the range printed on the report (domain.ranges.Flag)
    before_period: bool = False  # the test's last result before the period: where it started


@dataclass(frozen=True)
class Note:
    day: date
    what: str  # "diary", "dose", "lab", "schedule", "stop", "break" or "decision"
    text: str


@dataclass(frozen=True)
class Summary:
    first: date
    last: date
    as_of: date
    course_start: date | None
    phases: list[PhaseRow]
    labs: list[LabRow]
    alerts: list[Alert]
    personal: Personal = field(default_factory=Personal)  # the header and the questions
    notes: list[Note] = field(default_factory=list)  # what the patient wrote in the period
    story: Story | None = None  # each course before and now, the best 14 days, the gaps


class SummaryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def default_period(self, as_of: date) -> tuple[date, date]:
        """Since the latest course started, or the last 12 months when there is none."""
        with self.db.connect() as s:
            regimens = repo.regimens(s)
        start = alert_rules.course_start(regimens, as_of)
        return (start or as_of - timedelta(days=365), as_of)

    def gaps(self, as_of: date) -> list[story_rules.Gap]:
        """Every stretch without a dose of a continuing schedule, ended ones too (the
        Supplements time line keeps a lapse after doses resume)."""
        with self.db.connect() as s:
            snap = repo.snapshot(s, as_of)
        told = story_rules.as_told(alert_rules.as_of_view(snap.regimens, as_of), snap.doses,
                                   as_of)
        return story_rules.gaps(told, snap.doses, as_of, snap.breaks)

    def read(self, as_of: date) -> DiaryRead:
        """The whole diary up to as_of, read once for a summary and its chart."""
        with self.db.connect() as s:
            return read_diary(s, as_of)

    def build(self, first: date, last: date, as_of: date,
              profiles: Mapping[str, Profile] | None = None,
              read: DiaryRead | None = None) -> Summary:
        """The summary of [first, last] as known on as_of (nothing after as_of is read). The
        symptoms and the alerts are those of the period's last day: a summary of last spring
        says how last spring ended, not how today is. `read`: the diary as read for the
        chart too (as of the same day), else it is read here."""
        last = min(last, as_of)
        with self.db.connect() as s:
            read = read_diary(s, as_of, read)
            snap = read.snapshot
            then = snap if last == as_of else repo.snapshot(s, last)
            notes = _notes(s, first, last)
            days = read.days  # tell() reads them up to `last`
        start = alert_rules.course_start(alert_rules.as_of_view(then.regimens, last), last)
        told = tell(days, then.regimens, then.doses, first, last, as_of, then.breaks)
        return Summary(first, last, as_of, start, _phases(snap, first, last, as_of),
                       _labs(snap.labs, first, last),
                       [a for a in alert_rules.compute(then, last, profiles)
                        if a.kind not in NOT_ON_PAPER], notes=notes, story=told)


def _notes(s: Connection, first: date, last: date) -> list[Note]:
    """Every note typed for a day in [first, last], by day: the day's diary entry (kept on
    whichever of its pain, cramp or spasm rows was saved first), a dose, a lab result, a
    schedule (on its first day), why it was stopped (on its stop day), why the patient had
    stopped taking it for a time (on its first day), the clinician's "no maintenance"."""
    out = []
    pain, night, spasm, dose = t.pain_entry.c, t.cramp_night.c, t.spasm_episode.c, t.dose.c
    lab, reg, paused, said = t.lab_result.c, t.regimen.c, t.taking_break.c, t.decision.c
    for what, day_of, note in (("diary", pain.day, pain.note),
                               ("diary", night.night_of, night.note),
                               ("diary", spasm.day, spasm.note),
                               ("dose", dose.day, dose.note),
                               ("lab", lab.day, lab.note),
                               ("schedule", reg.start, reg.note),
                               ("stop", reg.stopped_on, reg.stop_note),
                               ("break", paused.first, paused.note),
                               ("decision", said.said_on, said.note)):
        rows = s.execute(select(day_of, note).where(day_of >= first, day_of <= last,
                                                    note.is_not(None), note != ""))
        out += [Note(day, what, (text or "").strip()) for day, text in rows
                if day is not None and (text or "").strip()]
    return sorted(out, key=lambda n: (n.day, n.what))


def _phases(snap: alert_rules.Snapshot, first: date, last: date, as_of: date
            ) -> list[PhaseRow]:
    out = []
    view = alert_rules.as_of_view(snap.regimens, as_of)
    told = story_rules.as_told(view, snap.doses, as_of)  # a replaced one ends where it was
    for was, r in sorted(zip(view, told, strict=True), key=lambda p: (p[1].start, p[1].id)):
        ends = r.last_day or as_of
        if r.start > last or ends < first:
            continue  # the phase did not run in the period
        replaced = r.end + timedelta(days=1) if r.end != was.end and r.end else None
        out.append(PhaseRow(r, tally(r, snap.doses, max(first, r.start), min(last, ends), as_of,
                                     snap.breaks), snap.no_maintenance.get(r.id), replaced))
    return out


def _labs(readings: Sequence[LabReading], first: date, last: date) -> list[LabRow]:
    def order(lab: LabReading) -> tuple[int, date, int]:
        rank = FIRST_LABS.index(lab.analyte) if lab.analyte in FIRST_LABS else len(FIRST_LABS)
        return rank, lab.day, lab.id

    earlier: dict[str, LabReading] = {}
    for lab in sorted(readings, key=lambda x: (x.day, x.id)):
        if lab.day < first:
            earlier[lab.analyte] = lab  # the level the period started from (the course's why)
    shown = [lab for lab in readings if first <= lab.day <= last] + list(earlier.values())
    return [LabRow(lab, flag_against_report(lab.value, lab.unit, lab.report_range, lab.analyte,
                                            qualifier_of(lab.printed)).value, lab.day < first)
            for lab in sorted(shown, key=order)]


__all__ = ["LabRow", "Note", "PhaseRow", "Summary", "SummaryService"]
