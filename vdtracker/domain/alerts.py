"""All alerts in force on a given day, computed from a snapshot of the user's own data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from . import adherence, breaks
from .adherence import Dose
from .alert_types import Alert, sort_key
from .breaks import TakingBreak
from .printed import qualifier_of
from .ranges import Flag, Profile, ReportRange, flag_against_report
from .schedule import Regimen
from .supplies import Stock, Taken, left, reach
from .symptoms import count_recurrence, daily_means, recurrence
from .units import CALCIUM, VITAMIN_D


@dataclass(frozen=True)
class LabReading:
    id: int
    analyte: str
    value: float
    unit: str
    day: date
    low: float | None = None
    high: float | None = None
    printed: str | None = None  # the value exactly as on the report ("2.625")

    @property
    def report_range(self) -> ReportRange | None:
        if self.low is None and self.high is None:
            return None
        return ReportRange(self.low, self.high, self.unit)


@dataclass(frozen=True)
class Recheck:
    analyte: str
    due: date
    set_on: date


@dataclass(frozen=True)
class Snapshot:
    regimens: Sequence[Regimen]
    doses: Sequence[Dose]
    labs: Sequence[LabReading]
    rechecks: Sequence[Recheck]
    pain: Sequence[tuple[date, float]]
    cramp_nights: Sequence[tuple[date, int]] = ()  # (night, cramps that night)
    spasms: Sequence[tuple[date, int]] = ()  # (day, episodes)
    # loading courses after which the clinician prescribed no maintenance: id -> day said
    no_maintenance: Mapping[int, date] = field(default_factory=dict)
    # times the user said they had stopped taking a schedule (settled, never missed)
    breaks: Sequence[TakingBreak] = ()
    # each supplement's last count, with the doses taken since (domain.supplies)
    supplies: Sequence[tuple[Stock, Sequence[Taken]]] = ()


def compute(snap: Snapshot, as_of: date, profiles: Mapping[str, Profile] | None = None
            ) -> list[Alert]:
    """Every alert in force on as_of, most serious first. Nothing after as_of is looked at."""
    doses = [d for d in snap.doses if d.day <= as_of]
    regimens = as_of_view(snap.regimens, as_of)
    paused = breaks.as_of_view(snap.breaks, as_of)
    out: list[Alert] = []
    lapses = adherence.lapses(regimens, doses, as_of, snap.no_maintenance, paused)
    lapsed_ids = {lp.regimen.id for lp in lapses}
    out += [_with_supply(_lapse_alert(lp), snap.supplies, as_of) for lp in lapses]
    gone = adherence.folded(regimens, doses, as_of)
    for r in regimens:
        if r.id in gone:
            continue  # folded into the newer course of the same substance: it alone is told
        own = adherence.doses_for(r, doses)
        out += _schedule_alerts(r, own, as_of, quiet=r.id in lapsed_ids,
                                paused=breaks.of_regimen(paused, r.id))
    out += _lab_alerts([lab for lab in snap.labs if lab.day <= as_of], profiles or {})
    out += _recheck_alerts(snap.rechecks, snap.labs, as_of)
    out += _recurrence_alerts(regimens, snap.pain, as_of)
    out += _count_recurrence_alerts(regimens, snap, as_of)
    out += _supply_alerts(snap, as_of)
    return sorted(out, key=sort_key)


def _supply_alerts(snap: Snapshot, as_of: date) -> list[Alert]:
    """A supply that runs out within the lead time at the saved schedules (domain.supplies):
    said before it happens, with what is left and the last due dose it covers. Every saved
    schedule counts, one that starts after as_of too (the maintenance that follows a course)."""
    out = []
    schedules = _stops_as_of(snap.regimens, as_of)
    for stock, taken in snap.supplies:
        if stock.counted_at.date() > as_of:
            continue
        settled = any(d.day == as_of and d.supplement == stock.supplement for d in snap.doses)
        found, low = reach(stock, [t for t in taken if t.day <= as_of], schedules, as_of,
                           settled)
        if low:
            out.append(Alert("supply-low", "warning", as_of, {
                "supplement": stock.supplement, "left": found.left, "form": stock.form,
                "last_covered": found.last_covered, "runs_out": found.runs_out,
                "doses_left": found.doses_left}))
    return out


def _with_supply(alert: Alert, stocks: Sequence[tuple[Stock, Sequence[Taken]]],
                 as_of: date) -> Alert:
    """A lapse of a supplement the patient last counted as none left says so (running out is
    one of the reasons a maintenance schedule lapses)."""
    for stock, taken in stocks:
        if (stock.supplement == alert.details.get("supplement") and stock.counted == 0
                and stock.counted_at.date() <= as_of
                and left(stock, [t for t in taken if t.day <= as_of]) == 0):
            return replace(alert, details={**alert.details,
                                           "counted_none_on": stock.counted_at.date()})
    return alert


def as_of_view(regimens: Sequence[Regimen], as_of: date) -> list[Regimen]:
    """The schedules as they stood on as_of: none that starts later (a mistyped year, or a
    replay) except one carrying on a schedule moved by then, and no stop that was recorded
    for a later day (nor the reason given for it)."""
    moved = {r.id for r in regimens if r.moved_on is not None and r.moved_on <= as_of}
    return [r for r in _stops_as_of(regimens, as_of)
            if r.start <= as_of or r.moved_from in moved]


def _stops_as_of(regimens: Sequence[Regimen], as_of: date) -> list[Regimen]:
    """Every schedule, without a stop recorded for a day after as_of (nor its reason)."""
    return [r if r.stopped_on is None or r.stopped_on <= as_of
            else replace(r, stopped_on=None, stop_why=None, stop_note=None) for r in regimens]


def _ref(r: Regimen) -> dict[str, object]:
    return {"regimen_id": r.id, "supplement": r.supplement, "plan": r.plan, "phase": r.phase}


def _schedule_alerts(r: Regimen, own: list[Dose], as_of: date, quiet: bool,
                     paused: Sequence[TakingBreak] = ()) -> list[Alert]:
    """Due and missed doses of one schedule: one missed-dose alert however many days, and
    neither while the schedule is shown as lapsed (the lapse says it in one line). Due dates
    inside a time the user said they had stopped (`paused`) are settled: neither."""
    out = []
    if not quiet:
        for due in adherence.due_now(r, own, as_of, paused):
            out.append(Alert("dose-due", "info", due,
                             {**_ref(r), "days_late": (as_of - due).days}))
        gone = adherence.missed(r, own, as_of, breaks=paused)
        if gone:
            out.append(Alert("missed-dose", "warning", gone[0],
                             {**_ref(r), "count": len(gone), "dates": tuple(gone),
                              "late": adherence.late_doses(r, own, gone)}))
    for a, b in adherence.double_doses(r, own, as_of):
        out.append(Alert("double-dose", "warning", b.day,
                         {**_ref(r), "first": a.day, "second": b.day}))
    return out


def _lapse_alert(lp: adherence.Lapse) -> Alert:
    own: dict[str, object] = {}
    if lp.own_stop is not None:  # the user said they stopped: from when, and why if said
        own = {"stopped_taking": lp.own_stop.first, "why": lp.own_stop.why}
    return Alert("lapsed-maintenance", "warning", lp.since,
                 {**_ref(lp.regimen), "reason": lp.reason, "days": lp.days,
                  "missed": lp.missed, "due": lp.due, **own})


def _lab_alerts(labs: Sequence[LabReading], profiles: Mapping[str, Profile]) -> list[Alert]:
    """The latest result of each test against the range printed on its report, always; a chosen
    guideline profile adds its attributed band as context and may flag on its own, but never
    hides the report's flag or the red-flag text."""
    latest: dict[str, LabReading] = {}
    for lab in sorted(labs, key=lambda x: (x.day, x.id)):
        latest[lab.analyte] = lab
    out = []
    for lab in latest.values():
        ref: dict[str, object] = {"analyte": lab.analyte, "lab_id": lab.id, "value": lab.value,
                                  "unit": lab.unit, "printed": lab.printed,
                                  "range": lab.report_range}
        flag = flag_against_report(lab.value, lab.unit, lab.report_range, lab.analyte,
                                   qualifier_of(lab.printed))
        ref["by_report"] = flag in (Flag.BELOW, Flag.ABOVE)
        prof = profiles.get(lab.analyte)
        if prof is not None:
            band = prof.classify(lab.value, lab.unit, qualifier_of(lab.printed), flag)
            ref.update(profile=prof.code, band=band.label)
            if flag not in (Flag.BELOW, Flag.ABOVE):
                flag = band.concern
        if flag is Flag.BELOW:
            out.append(Alert("level-low", "warning", lab.day, ref))
        elif flag is Flag.ABOVE:
            ref["red_flag"] = lab.analyte in (VITAMIN_D, CALCIUM)
            severity = "urgent" if lab.analyte == CALCIUM else "warning"
            out.append(Alert("level-high", severity, lab.day, ref))
    return out


def _recheck_alerts(rechecks: Sequence[Recheck], labs: Sequence[LabReading], as_of: date
                    ) -> list[Alert]:
    latest: dict[str, Recheck] = {}
    for rc in sorted(rechecks, key=lambda x: x.set_on):
        if rc.set_on <= as_of:
            latest[rc.analyte] = rc
    out = []
    for rc in latest.values():
        days = (as_of - rc.due).days
        if days < -7:
            continue
        if any(lab.analyte == rc.analyte and rc.set_on < lab.day <= as_of for lab in labs):
            continue
        out.append(Alert("recheck-due", "info" if days <= 14 else "warning", rc.due,
                         {"analyte": rc.analyte, "days": days}))
    return out


def course_start(regimens: Sequence[Regimen], as_of: date) -> date | None:
    """The latest loading course's start (one moved to another day began where it was first
    saved); without one, the first schedule's start."""
    started = [r for r in regimens if r.start <= as_of]
    loading = [r.start for r in started if r.phase == "loading" and r.moved_from is None]
    if loading:
        return max(loading)
    return min((r.start for r in started), default=None)


def _count_recurrence_alerts(regimens: Sequence[Regimen], snap: Snapshot, as_of: date
                             ) -> list[Alert]:
    """Returning night cramps (nights a week) and spasm (episodes a week), over the days the
    diary covers (a day without any entry is unknown, not a day without symptoms)."""
    start = course_start(regimens, as_of)
    if start is None:
        return []
    covered = {d for d, _ in (*snap.pain, *snap.cramp_nights, *snap.spasms)}
    out = []
    for symptom, rows, counting in (("cramps", snap.cramp_nights, False),
                                    ("spasm", snap.spasms, True)):
        per_day: dict[date, int] = {}
        for day, n in rows:
            if start <= day <= as_of:
                per_day[day] = per_day.get(day, 0) + n if counting else 1  # a night is one
        rec = count_recurrence(per_day, start, as_of, covered)
        if rec is not None:
            out.append(Alert("symptom-recurrence", "warning", as_of,
                             {"symptom": symptom, "recent_mean": round(rec.recent_mean, 2),
                              "best_mean": round(rec.best_mean, 2), "since": rec.since}))
    return out


def _recurrence_alerts(regimens: Sequence[Regimen], pain: Sequence[tuple[date, float]],
                       as_of: date) -> list[Alert]:
    start = course_start(regimens, as_of)
    if start is None:
        return []
    daily = daily_means((d, v) for d, v in pain if start <= d <= as_of)
    rec = recurrence(daily, start, as_of)
    if rec is None:
        return []
    return [Alert("symptom-recurrence", "warning", as_of,
                  {"symptom": "pain", "recent_mean": round(rec.recent_mean, 2),
                   "best_mean": round(rec.best_mean, 2), "since": rec.since})]
