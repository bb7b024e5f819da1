"""All alerts in force on a given day, computed from a snapshot of the user's own data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from . import adherence
from .adherence import Dose
from .ranges import Flag, Profile, ReportRange, flag_against_report
from .schedule import Regimen
from .symptoms import daily_means, recurrence
from .units import ANALYTES, CALCIUM, VITAMIN_D, format_lab_value
from .alert_types import RED_FLAG, Alert, ago, day_text, sort_key, weekday_day_text


@dataclass(frozen=True)
class LabReading:
    id: int
    analyte: str
    value: float
    unit: str
    day: date
    low: float | None = None
    high: float | None = None

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


def compute(snap: Snapshot, as_of: date, profiles: Mapping[str, Profile] | None = None
            ) -> list[Alert]:
    """Every alert in force on as_of, most serious first. Nothing after as_of is looked at."""
    doses = [d for d in snap.doses if d.day <= as_of]
    regimens = list(snap.regimens)
    out: list[Alert] = []
    lapses = adherence.lapses(regimens, doses, as_of)
    lapsed_ids = {lp.regimen.id for lp in lapses}
    out += [_lapse_alert(lp) for lp in lapses]
    for r in regimens:
        own = adherence.doses_for(r, doses)
        out += _schedule_alerts(r, own, as_of, quiet=r.id in lapsed_ids)
    out += _lab_alerts([lab for lab in snap.labs if lab.day <= as_of], profiles or {})
    out += _recheck_alerts(snap.rechecks, snap.labs, as_of)
    out += _recurrence_alerts(regimens, snap.pain, as_of)
    return sorted(out, key=sort_key)


def _schedule_alerts(r: Regimen, own: list[Dose], as_of: date, quiet: bool) -> list[Alert]:
    out = []
    ref = {"regimen_id": r.id, "supplement": r.supplement}
    for due in adherence.due_now(r, own, as_of):
        late = (as_of - due).days
        when = "due today" if late == 0 else f"was due {weekday_day_text(due)} ({ago(late)})"
        out.append(Alert("dose-due", "info", due,
                         f"Your saved schedule: {r.describe()} — {when}. Taken or skipped?", ref))
    if not quiet:  # a lapse alert already says it, in one line instead of many
        for due in adherence.missed(r, own, as_of):
            out.append(Alert("missed-dose", "warning", due,
                             f"No dose logged for {weekday_day_text(due)} on your saved schedule: "
                             f"{r.describe()}. If you took it, log it; if not, mark it skipped.",
                             ref))
    for a, b in adherence.double_doses(r, own, as_of):
        out.append(Alert("double-dose", "warning", b.day,
                         f"Two doses of {r.supplement} were logged within a day "
                         f"({day_text(a.day)} and {day_text(b.day)}); your saved schedule is "
                         f"{r.describe()}. If one is a diary mistake, correct it; if you took "
                         f"both, discuss it with your clinician.", ref))
    return out


def _lapse_alert(lp: adherence.Lapse) -> Alert:
    r = lp.regimen
    ref = {"regimen_id": r.id, "supplement": r.supplement, "reason": lp.reason, "days": lp.days}
    if lp.reason == "no-dose":
        text = (f"Your saved schedule: {r.describe()} ({r.phase}). No dose logged since "
                f"{day_text(lp.since)} ({lp.days} days). If your prescription changed, update "
                f"the saved schedule; if unsure, discuss it with your clinician.")
    elif lp.reason == "stopped":
        text = (f"Your {r.phase} schedule {r.describe()} was stopped on {day_text(lp.since)} "
                f"({ago(lp.days)}) and no schedule follows it. Discuss with your clinician "
                f"whether that was intended.")
    else:
        text = (f"Your loading course {r.describe()} ended on {day_text(lp.since)} and no "
                f"maintenance schedule is saved after it. If your clinician prescribed one, "
                f"add it as prescribed; otherwise discuss it with your clinician.")
    return Alert("lapsed-maintenance", "warning", lp.since, text, ref)


def _lab_alerts(labs: Sequence[LabReading], profiles: Mapping[str, Profile]) -> list[Alert]:
    latest: dict[str, LabReading] = {}
    for lab in sorted(labs, key=lambda x: (x.day, x.id)):
        latest[lab.analyte] = lab
    out = []
    for lab in latest.values():
        title = ANALYTES[lab.analyte].title
        shown = format_lab_value(lab.value, lab.unit, lab.analyte)
        prof = profiles.get(lab.analyte)
        if prof is not None:
            band = prof.classify(lab.value, lab.unit)
            flag = band.concern
            where = f"is {prof.describe(band)}, the profile you chose"
        else:
            flag = flag_against_report(lab.value, lab.unit, lab.report_range, lab.analyte)
            side = "below" if flag is Flag.BELOW else "above"
            rng = lab.report_range
            where = f"is {side} the range on your lab report ({rng.text() if rng else ''})"
        if flag not in (Flag.BELOW, Flag.ABOVE):
            continue
        text = f"{title} {shown} on {day_text(lab.day)} {where}. Discuss it with your clinician."
        ref = {"analyte": lab.analyte, "lab_id": lab.id}
        if flag is Flag.BELOW:
            out.append(Alert("level-low", "warning", lab.day, text, ref))
        else:
            if lab.analyte in (VITAMIN_D, CALCIUM):
                text += " " + RED_FLAG
            severity = "urgent" if lab.analyte == CALCIUM else "warning"
            out.append(Alert("level-high", severity, lab.day, text, ref))
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
        title = ANALYTES[rc.analyte].title
        if days <= 0:
            text = (f"Your clinician's retest date for {title}: {day_text(rc.due)} "
                    f"({ago(days)}).")
        else:
            text = (f"Your clinician's retest date for {title} was {day_text(rc.due)} "
                    f"({ago(days)}); no result has been logged since it was set.")
        out.append(Alert("recheck-due", "info" if days <= 14 else "warning", rc.due, text,
                         {"analyte": rc.analyte}))
    return out


def course_start(regimens: Sequence[Regimen], as_of: date) -> date | None:
    """The latest loading course's start; without one, the first schedule's start."""
    started = [r for r in regimens if r.start <= as_of]
    loading = [r.start for r in started if r.phase == "loading"]
    if loading:
        return max(loading)
    return min((r.start for r in started), default=None)


def _recurrence_alerts(regimens: Sequence[Regimen], pain: Sequence[tuple[date, float]],
                       as_of: date) -> list[Alert]:
    start = course_start(regimens, as_of)
    if start is None:
        return []
    daily = daily_means((d, v) for d, v in pain if start <= d <= as_of)
    rec = recurrence(daily, start, as_of)
    if rec is None:
        return []
    text = (f"Your mean pain over the last 14 days is {rec.recent_mean:.1f}/10, up from "
            f"{rec.best_mean:.1f}/10, your best 14-day mean since your course started on "
            f"{day_text(rec.since)}. This is your own diary data; discuss it with your "
            f"clinician.")
    return [Alert("symptom-recurrence", "warning", as_of, text,
                  {"recent_mean": round(rec.recent_mean, 2), "best_mean": round(rec.best_mean, 2)})]
