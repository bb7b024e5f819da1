"""Expected versus logged doses: matching, missed and double doses, and lapsed maintenance."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from .breaks import TakingBreak, covering, of_regimen
from .schedule import Regimen, grace_days

CONTINUING = ("maintenance", "ongoing")


# One table for grouping and for unit checks: the words (spaces, hyphens and dots removed)
# that name each substance. B12 is looked for first: "vitamin b12" must not read as vitamin D.
SUBSTANCES = (
    ("b12", ("b12", "cobalamin")),  # also cyano-, methyl-, hydroxo-, adenosylcobalamin
    ("vitamin-d", ("vitamind", "vitd", "calciferol", "d3", "d2")),  # chole-/ergocalciferol
)


@functools.lru_cache(maxsize=1024)  # asked for every dose of every schedule: a handful of names
def substance_key(name: str) -> str:
    """Group supplement names that are the same substance ('Vitamin D3', 'cholecalciferol')."""
    low = name.casefold()
    packed = "".join(ch for ch in low if ch not in " -._")
    for key, words in SUBSTANCES:
        if any(w in packed for w in words):
            return key
    return " ".join(low.split())


@dataclass(frozen=True)
class Dose:
    """A dose the user logged (or a due dose they said they skipped)."""

    id: int
    supplement: str
    day: date
    time: time | None = None
    regimen_id: int | None = None
    skipped: bool = False
    late_for: date | None = None  # taken late, counted for this due date (not another)

    @property
    def moment(self) -> datetime:
        return datetime.combine(self.day, self.time or time(12, 0))


@dataclass(frozen=True)
class DueStatus:
    due: date
    dose_id: int | None  # the dose that satisfied it
    skipped: bool  # the user said they skipped it
    on_break: bool = False  # nothing logged, inside a time the user said they had stopped

    @property
    def open(self) -> bool:
        return self.dose_id is None and not self.skipped and not self.on_break


def doses_for(regimen: Regimen, doses: Iterable[Dose]) -> list[Dose]:
    """Doses linked to this regimen, plus unlinked ones of the same substance; by time."""
    key = substance_key(regimen.supplement)
    own = [d for d in doses
           if d.regimen_id == regimen.id
           or (d.regimen_id is None and substance_key(d.supplement) == key)]
    return sorted(own, key=lambda d: d.moment)


def match(regimen: Regimen, doses: Sequence[Dose], first: date, last: date,
          breaks: Iterable[TakingBreak] = ()) -> list[DueStatus]:
    """Each due date in [first, last] with the dose (if any) logged within its grace window.

    Windows never overlap (see grace_days), so a greedy pass in date order is exact. The last
    due date of a schedule moved after a late dose (moved_on) takes a dose up to that day, and
    a dose the patient said was taken late for a due date (late_for) counts for that one only.
    `doses` must be this regimen's doses sorted by time (see doses_for). A due date with
    nothing logged inside one of this regimen's `breaks` is settled (on_break), not open.
    """
    paused = of_regimen(breaks, regimen.id)
    g = timedelta(days=grace_days(regimen.rule))
    # a schedule moved after a late dose: its last due date takes a dose up to the move's day
    moved_final = regimen.final_due() if regimen.moved_on is not None else None
    # a dose the patient said was taken late for a due date counts for that one only
    pinned = {d.late_for: d for d in doses if d.late_for is not None and not d.skipped}
    doses = [d for d in doses if d.late_for is None or d.skipped]
    out: list[DueStatus] = []
    i = 0
    for due in regimen.due_dates(first, last):
        while i < len(doses) and doses[i].day < due - g:
            i += 1
        if due in pinned:
            out.append(DueStatus(due, pinned[due].id, False, False))
            continue
        found: Dose | None = None
        skipped = False
        j = i
        until = (max(due + g, regimen.moved_on) if due == moved_final and regimen.moved_on
                 else due + g)
        while j < len(doses) and doses[j].day <= until:
            if not doses[j].skipped:
                found = doses[j]
                break
            skipped = True
            j += 1
        if found is not None:
            i = j + 1
        settled = found is None and not skipped and covering(paused, due) is not None
        out.append(DueStatus(due, found.id if found else None, skipped and found is None,
                             settled))
    return out


def missed(regimen: Regimen, doses: Sequence[Dose], as_of: date, lookback_days: int = 28,
           breaks: Iterable[TakingBreak] = ()) -> list[date]:
    """Due dates in the last `lookback_days` whose grace window has passed with no dose."""
    g = grace_days(regimen.rule)
    first = as_of - timedelta(days=lookback_days + g)
    last = as_of - timedelta(days=g + 1)
    return [s.due for s in match(regimen, doses, first, last, breaks) if s.open]


def late_doses(regimen: Regimen, doses: Sequence[Dose], missed_dates: Sequence[date],
               days_after: int = 3) -> tuple[tuple[date, date, int], ...]:
    """(due date, day of a dose, its id) for missed due dates with a dose logged just after
    their grace window (within `days_after` more days) that counts for no other due date."""
    g = grace_days(regimen.rule)
    if not missed_dates:
        return ()
    counted = {s.dose_id for s in match(regimen, doses, missed_dates[0] - timedelta(days=g),
                                        missed_dates[-1] + timedelta(days=g + days_after))}
    out = []
    for due in missed_dates:
        after = [d for d in doses if not d.skipped and d.id not in counted
                 and d.late_for is None
                 and due + timedelta(days=g) < d.day <= due + timedelta(days=g + days_after)]
        if after:
            out.append((due, after[0].day, after[0].id))
    return tuple(out)


def current(regimen: Regimen, doses: Sequence[Dose], as_of: date,
            breaks: Iterable[TakingBreak] = ()) -> list[DueStatus]:
    """Due dates whose grace window is open on as_of (due today or in its grace days)."""
    first = as_of - timedelta(days=grace_days(regimen.rule))
    return match(regimen, doses, first, as_of, breaks)


def due_now(regimen: Regimen, doses: Sequence[Dose], as_of: date,
            breaks: Iterable[TakingBreak] = ()) -> list[date]:
    """Due dates whose window is open on as_of with no dose."""
    return [s.due for s in current(regimen, doses, as_of, breaks) if s.open]


def double_doses(regimen: Regimen, doses: Sequence[Dose], as_of: date, lookback_days: int = 14
                 ) -> list[tuple[Dose, Dose]]:
    """Pairs of doses of a non-daily regimen logged within a day of each other, recently."""
    if regimen.rule.shortest_gap < 2:
        return []
    first = as_of - timedelta(days=lookback_days)
    taken = [d for d in doses if not d.skipped and first <= d.day <= as_of
             and regimen.start <= d.day]
    pairs = []
    for a, b in pairwise(taken):
        timed = a.time is not None and b.time is not None
        close = (b.moment - a.moment) < timedelta(days=1) if timed else (b.day - a.day).days <= 1
        if close:
            pairs.append((a, b))
    return pairs


# ---- lapsed maintenance ----------------------------------------------------------

@dataclass(frozen=True)
class Lapse:
    """Why a maintenance schedule looks lapsed; `since` is the day the silence began."""

    reason: str  # "no-dose", "stopped", "no-maintenance"
    regimen: Regimen
    since: date
    days: int
    missed: int = 0  # for a finished course: due dates with nothing logged ...
    due: int = 0  # ... out of all its due dates
    own_stop: TakingBreak | None = None  # "no-dose": the user said they stopped, up to as_of


def lapse_threshold_days(regimen: Regimen) -> int:
    return max(14, 3 * regimen.rule.longest_gap)


def _followed(x: Regimen, regimens: Sequence[Regimen]) -> bool:
    """Another regimen of the same substance starts after x, or a continuing one outlasts x."""
    key = substance_key(x.supplement)
    for r in regimens:
        if r.id == x.id or substance_key(r.supplement) != key:
            continue
        if r.start > x.start:
            return True
        if r.phase in CONTINUING and (r.last_day is None
                                      or (x.last_day is not None and r.last_day > x.last_day)):
            return True
    return False


def replaced_on(x: Regimen, regimens: Sequence[Regimen]) -> date | None:
    """The day a newer schedule of the same substance began while x still ran (a new course
    that takes its place); None when none did. A course followed after its end is not
    replaced: its own last due dates stay its own."""
    key = substance_key(x.supplement)
    starts = [r.start for r in regimens
              if r.id != x.id and r.start > x.start and substance_key(r.supplement) == key
              and (x.last_day is None or r.start <= x.last_day)]
    return min(starts, default=None)


def folded(regimens: Sequence[Regimen], doses: Sequence[Dose], as_of: date) -> set[int]:
    """Schedules a newer course of the same substance replaced by as_of and that have no dose
    logged for them since (doses go to the newest schedule): the newer course alone tells the
    story. One still taken (a daily schedule beside a short extra course) is not folded."""
    out = set()
    for x in regimens:
        since = replaced_on(x, regimens)
        if since is None or since > as_of:
            continue
        if not any(d.regimen_id == x.id and not d.skipped and since <= d.day <= as_of
                   for d in doses):
            out.add(x.id)
    return out


def lapses(regimens: Sequence[Regimen], doses: Sequence[Dose], as_of: date,
           no_maintenance: Mapping[int, date] | None = None,
           breaks: Sequence[TakingBreak] = ()) -> list[Lapse]:
    """`no_maintenance`: loading courses after which the user's clinician prescribed no
    maintenance (regimen id -> the day it was said); that one lapse is silenced from that day.
    A schedule a newer course replaced (see folded) has no lapse of its own and follows none.
    `breaks` never silence a lapse (the patient still is not taking it); one that reaches
    as_of says the silence was the patient's own stop."""
    said = no_maintenance or {}
    out: list[Lapse] = []
    gone = folded(regimens, doses, as_of)
    regimens = [r for r in regimens if r.id not in gone]
    for r in regimens:
        if r.start > as_of:
            continue
        stopped = r.stopped_on is not None and r.stopped_on <= as_of
        if r.phase in CONTINUING and not stopped and (r.is_active(as_of)
                                                        or not _followed(r, regimens)):
            # an end date that passed with nothing after it is no reason to go quiet: the
            # silence is measured until a dose, a new schedule or a stop says otherwise
            taken = [d for d in doses_for(r, doses) if not d.skipped and d.day <= as_of]
            since = max(r.start, taken[-1].day) if taken else r.start
            days = (as_of - since).days
            if days > lapse_threshold_days(r):
                own = covering(of_regimen(breaks, r.id), as_of)
                out.append(Lapse("no-dose", r, since, days, own_stop=own))
        elif (r.phase in CONTINUING and r.stopped_on is not None and r.stopped_on <= as_of
              and (r.end is None or r.stopped_on <= r.end) and not _followed(r, regimens)):
            out.append(Lapse("stopped", r, r.stopped_on, (as_of - r.stopped_on).days))
        elif (r.phase == "loading" and r.last_day is not None and r.last_day < as_of
              and not _followed(r, regimens) and not said.get(r.id, date.max) <= as_of):
            course = match(r, doses_for(r, doses), r.start, r.last_day)
            out.append(Lapse("no-maintenance", r, r.last_day, (as_of - r.last_day).days,
                             sum(s.open for s in course), len(course)))
    return out
