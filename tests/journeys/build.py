"""Storing a journey through the services, as the window and the command line do: a day's entry
through the diary, schedules, stops and doses through the regimen service, results through the
lab service. The builder remembers the facts (courses, late, skipped and missing doses) for the
journey's description; the symptoms themselves are only in the store."""

from __future__ import annotations

import inspect
import math
import random
from dataclasses import replace
from datetime import date, time, timedelta

from vdtracker.domain.day_entry import CrampPart, DayEntry, PainPart, SpasmPart
from vdtracker.services.bundle import Services
from vdtracker.services.labs import LabInput
from vdtracker.services.regimens import RegimenInput

from .model import Course, Lab, LateDose
from .plain import due_dates

ONE_DAY = timedelta(days=1)
NAMES = {"vitamin-d": "Vitamin D3", "b12": "Vitamin B12"}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def ramp(day: date, first: date, last: date, start: float, end: float) -> float:
    """`start` until `first`, `end` from `last`, a straight line between."""
    if day <= first:
        return start
    if day >= last:
        return end
    return start + (end - start) * (day - first).days / (last - first).days


class Builder:
    def __init__(self, svc: Services, seed: int) -> None:
        self.svc = svc
        self.rnd = random.Random(seed)
        self.courses: dict[int, Course] = {}
        self.labs: list[Lab] = []
        self.late: list[LateDose] = []
        self.skipped: list[tuple[int, date]] = []
        self.missing: list[tuple[int, date]] = []
        self.diary: set[date] = set()
        self.carry: dict[str, float] = {}

    # ---- random values, as a patient's diary has them ------------------------------------
    def vas(self, mean: float, sd: float = 0.6) -> float:
        """A pain rating 0-10 with one decimal around `mean`."""
        return round(min(10.0, max(0.0, self.rnd.gauss(mean, sd))), 1)

    def score(self, mean: float, sd: float = 0.8) -> float:
        """A 0-10 self-rating (severity, sleep disturbance) in whole points."""
        return float(min(10, max(1, round(self.rnd.gauss(mean, sd)))))

    def poisson(self, lam: float) -> int:
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.rnd.random()
            if p <= limit:
                return k
            k += 1

    def clock(self, hour: int, spread: int = 50) -> time:
        return time(hour, self.rnd.randrange(0, spread))

    # ---- the diary -------------------------------------------------------------------------
    def log(self, day: date, *, pain: float | None = None, region: str | None = None,
            spasm: SpasmPart | None = None, cramps: CrampPart | None = None,
            note: str | None = None, at: time | None = None) -> None:
        """One day's entry (Today's Save): pain, the night's cramps (the night that starts on
        `day`) and spasm episodes, saved together; nothing at all is not saved."""
        if pain is None and spasm is None and cramps is None:
            return
        self.svc.diary.save_day(DayEntry(
            day=day, at=at, pain=PainPart(pain, region) if pain is not None else None,
            cramps=cramps, spasm=spasm, note=note, cramp_night=day if cramps else None),
            today=day)
        self.diary.add(day)

    def events(self, stream: str, per_day: float) -> int:
        """Whole events on one logged day at `per_day` on average, the fractions carried over
        from day to day (so a fortnight holds close to its expected count, unlike Poisson)."""
        carried = self.carry.get(stream, self.rnd.random())
        carried += max(0.0, self.rnd.gauss(per_day, per_day * 0.35))
        n = int(carried)
        self.carry[stream] = carried - n
        return n

    def spasms(self, per_week: float, severity: float, region: str) -> SpasmPart | None:
        """The episodes of one logged day, at `per_week` over the days logged."""
        n = self.events("spasm " + region, per_week / 7)
        return SpasmPart(n, self.score(severity), region) if n else None

    def cramp_night(self, severity: float, count: tuple[int, int] = (1, 3),
                    region: str = "calf") -> CrampPart:
        return CrampPart(count=self.rnd.randint(*count), severity=self.score(severity),
                         longest_min=float(self.rnd.randint(1, 6)),
                         sleep=self.score(severity - 1), region=region,
                         side=self.rnd.choice(("left", "right", "both")))

    # ---- schedules and doses -------------------------------------------------------------
    def course(self, substance: str, phase: str, amount: float, unit: str, start: date, *,
               every_days: int | None = None, weekdays: str | None = None,
               weeks: int | None = None, note: str | None = None) -> Course:
        """A schedule saved on its first day (the visit), confirmed as the prescription says."""
        name = NAMES[substance]
        saved = self.svc.regimens.add(RegimenInput(
            name, amount, unit, start, every_days=every_days, weekdays=weekdays, weeks=weeks,
            phase=phase, note=note), confirmed=True)
        rid = next(ch.id for ch in saved.changes if ch.kind == "regimen")
        end = start + timedelta(weeks=weeks) - ONE_DAY if weeks else None
        made = Course(rid, name, substance, phase, float(amount), unit, start, every_days,
                      weekdays, end)
        self.courses[rid] = made
        return made

    def stop(self, course: Course, day: date, *, why: str, note: str) -> bool:
        """The regimen stop, with the reason when the service takes one (CLI.md: `regimen stop
        ID --why … --note …`). False: it does not (yet), and the caller puts the note in that
        day's diary entry, where the summary's notes find it."""
        stop = self.svc.regimens.stop
        params = inspect.signature(stop).parameters
        with_reason = "why" in params and "note" in params
        if with_reason:
            stop(course.regimen_id, day=day, today=day, why=why, note=note)  # type: ignore[call-arg]
        else:
            stop(course.regimen_id, day=day, today=day)
        self.courses[course.regimen_id] = replace(self.courses[course.regimen_id],
                                                  stopped_on=day, stop_why=why, stop_note=note)
        return with_reason

    def due(self, course: Course, first: date, last: date) -> list[date]:
        c = self.courses[course.regimen_id]
        hi = min(last, c.last_day) if c.last_day else last
        lo = max(first, c.start)
        if lo > hi:
            return []
        wd = [WEEKDAYS.index(w) for w in (c.weekdays or "").split(",") if w]
        return [d for d in due_dates(c.start, hi, every_days=c.every_days, weekdays=wd)
                if d >= lo]

    def take(self, course: Course, first: date, last: date, *, hour: int = 8, late: int = 0,
             late_by: tuple[int, ...] = (1, 2), skip: int = 0, miss: int = 0) -> list[date]:
        """Each due date in first..last as the patient answers it on Today (record_dose on the
        dose's own day, with a time): taken, except `late` of them taken a day or two late
        (never past the course's last day or `last`), `skip` answered "skipped" and `miss`
        never answered, chosen at random. Returns the days doses were taken."""
        c = self.courses[course.regimen_id]
        dues = self.due(course, first, last)
        ends = min(last, c.last_day) if c.last_day else last
        missing = set(self.rnd.sample(dues, miss))
        skipped = set(self.rnd.sample([d for d in dues if d not in missing], skip))
        can_be_late = [d for d in dues if d not in missing | skipped
                       and d + timedelta(days=max(late_by)) <= ends]
        lates = set(self.rnd.sample(can_be_late, late))
        taken = []
        for due in dues:
            if due in missing:
                self.missing.append((c.regimen_id, due))
                continue
            if due in skipped:
                self.svc.doses.record(supplement=c.supplement, day=due, today=due,
                                              skipped=True)
                self.skipped.append((c.regimen_id, due))
                continue
            day = due
            if due in lates:
                day = due + timedelta(days=self.rnd.choice(late_by))
                self.late.append(LateDose(c.regimen_id, due, day))
            self.svc.doses.record(supplement=c.supplement, day=day, today=day,
                                          at=self.clock(hour))
            taken.append(day)
        return taken

    def answer_later(self, course: Course, dues: list[date], on: date, *,
                     skip: float = 0.0, miss: float = 0.0) -> None:
        """Due dates answered together on a later day (Supplements' past doses: taken on their
        due date, or skipped; a few left unanswered): one record_doses call."""
        answers = []
        for due in dues:
            roll = self.rnd.random()
            if roll < miss:
                self.missing.append((course.regimen_id, due))
                continue
            taken = roll >= miss + skip
            if not taken:
                self.skipped.append((course.regimen_id, due))
            answers.append((due, taken))
        if answers:
            self.svc.regimens.record_doses(course.regimen_id, answers, today=on)

    # ---- labs ------------------------------------------------------------------------------
    def lab(self, analyte: str, value_text: str, unit: str, day: date, low: float | None = None,
            high: float | None = None, lab_name: str = "City Lab") -> Lab:
        self.svc.labs.add(LabInput(analyte, value_text, unit, day, low, high, lab_name),
                          today=day, confirmed=True)
        made = Lab(analyte, value_text, unit, day, low, high)
        self.labs.append(made)
        return made
