"""When to remind: doses whose time has come, snoozes, catch-up after a closed app, and the
once-a-day notices for alerts. Pure: the clock is passed in as local wall-clock time."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from .adherence import Dose, current, doses_for, match
from .alert_types import Alert
from .breaks import TakingBreak
from .schedule import Plan, Regimen

TONIGHT = time(20, 0)
NOTICE_TIME = time(9, 0)  # a running app's notices of a day without a reminder time to go by
SNOOZE_CHOICES = ("15min", "1h", "tonight")
NOTICE_KINDS = ("lapsed-maintenance", "missed-dose", "recheck-due", "supply-low")
Key = tuple[int, date]  # (regimen id, due date)


@dataclass(frozen=True)
class Reminder:
    regimen_id: int
    supplement: str
    plan: Plan
    due: date
    moment: datetime  # the due date at the schedule's reminder time
    days_late: int
    daily: bool

    @property
    def key(self) -> Key:
        return (self.regimen_id, self.due)


def snooze_until(now: datetime, choice: str) -> datetime:
    """15 minutes, an hour, or tonight at 20:00 (an hour from now if it is evening already)."""
    if choice == "15min":
        return now + timedelta(minutes=15)
    if choice == "1h":
        return now + timedelta(hours=1)
    if choice == "tonight":
        tonight = datetime.combine(now.date(), TONIGHT)
        return tonight if tonight - now >= timedelta(minutes=15) else now + timedelta(hours=1)
    raise ValueError(choice)


def pending(regimens: Sequence[Regimen], doses: Sequence[Dose], now: datetime,
            breaks: Sequence[TakingBreak] = ()) -> list[Reminder]:
    """Open due dates (no dose, not skipped, not in a time the patient said they had stopped)
    still in their grace window whose time has come."""
    today = now.date()
    out = []
    for r in regimens:
        if r.remind_at is None:
            continue
        own = doses_for(r, [d for d in doses if d.day <= today])
        for status in current(r, own, today, breaks):
            moment = datetime.combine(status.due, r.remind_at)
            if status.open and moment <= now:
                out.append(Reminder(r.id, r.supplement, r.plan, status.due, moment,
                                    (today - status.due).days, r.rule.every_days == 1))
    return sorted(out, key=lambda x: x.moment)


def next_moment(regimens: Sequence[Regimen], now: datetime) -> datetime | None:
    """The next reminder time after now on any schedule (to sleep until then)."""
    best: datetime | None = None
    for r in regimens:
        if r.remind_at is None:
            continue
        for due in r.due_dates(now.date(), now.date() + timedelta(days=400)):
            moment = datetime.combine(due, r.remind_at)
            if moment > now:
                best = moment if best is None else min(best, moment)
                break
    return best


def epoch_of(moment: datetime, tz: tzinfo) -> float:
    """A wall-clock moment as an instant in the given zone (08:00 stays 08:00 across DST)."""
    return moment.replace(tzinfo=tz).timestamp()


@dataclass
class ReminderState:
    """What has been shown and snoozed while the app runs (nothing is marked taken or skipped)."""

    shown: dict[Key, datetime] = field(default_factory=dict)
    snoozed: dict[Key, datetime] = field(default_factory=dict)

    def to_deliver(self, due: Iterable[Reminder], now: datetime,
                   told: Collection[int] = ()) -> list[Reminder]:
        """`told`: schedules a notification already spoke of today (this run or an earlier
        one, as the store remembers): their reminders count as shown and wait for tomorrow,
        unless the user snoozed one (then it comes back when asked)."""
        out = []
        for rem in due:
            until = self.snoozed.get(rem.key)
            if until is not None and until > now:
                continue
            last = self.shown.get(rem.key)
            if last is None and rem.regimen_id in told:
                self.shown[rem.key] = now  # said today already: not again
                continue
            if last is None or (until is not None and last < until):
                self.shown[rem.key] = now
                out.append(rem)
        return out

    def snooze(self, key: Key, now: datetime, choice: str) -> datetime:
        until = snooze_until(now, choice)
        self.snoozed[key] = until
        return until

    def answered(self, key: Key) -> None:
        self.snoozed.pop(key, None)

    def reminded_on(self, day: date) -> set[int]:
        """Schedules with a reminder shown on that day (their notices wait for tomorrow)."""
        return {regimen_id for (regimen_id, _), at in self.shown.items() if at.date() == day}

    def wake_at(self, regimens: Sequence[Regimen], now: datetime) -> datetime | None:
        times = [t for t in self.snoozed.values() if t > now]
        nxt = next_moment(regimens, now)
        if nxt is not None:
            times.append(nxt)
        return min(times, default=None)


# ---- once-a-day notices for alerts --------------------------------------------------

def schedule_key(regimen_id: object) -> str:
    """The key a schedule's notifications (reminders and notices alike) are remembered by."""
    return f"schedule:{regimen_id}"


def notice_key(alert: Alert) -> str:
    """One key per schedule (whatever the alert says of it) or per test: at most one notice
    each a day, even when answering one of several missed doses changes the alert."""
    regimen_id = alert.details.get("regimen_id")
    if regimen_id is not None:
        return schedule_key(regimen_id)
    return f"{alert.kind}:{alert.details.get('analyte', alert.details.get('supplement', ''))}"


def told_on(last_notified: Mapping[str, date], day: date) -> set[int]:
    """The schedules a notification spoke of on that day (as remembered in the store)."""
    return {int(k.removeprefix("schedule:")) for k, d in last_notified.items()
            if d == day and k.startswith("schedule:") and k[9:].isdigit()}


def stamped(last_notified: Mapping[str, date], keys: Iterable[str], today: date,
            keep_days: int = 30) -> dict[str, date]:
    """The remembered days with `keys` said today; older marks no longer hold anything back."""
    cutoff = today - timedelta(days=keep_days)
    kept = {k: d for k, d in last_notified.items() if d >= cutoff}
    kept.update({k: today for k in keys})
    return kept


def one_per_schedule(due: Sequence[Reminder], notices: Sequence[Alert],
                     reminded: Collection[int] = ()) -> tuple[list[Reminder], list[Alert]]:
    """What one moment's notification speaks of, at most once per schedule: a lapse wins over
    that schedule's reminder (it is the news, and one start a day must tell it, also after
    the reminder time); any other notice gives way to the reminder, which can be answered.
    `reminded`: schedules reminded earlier today (their notices wait for tomorrow)."""
    lapsed = {a.details.get("regimen_id") for a in notices if a.kind == "lapsed-maintenance"}
    shown = [r for r in due if r.regimen_id not in lapsed]
    now_reminded = {r.regimen_id for r in shown} | set(reminded)
    said = [a for a in notices
            if a.details.get("regimen_id") is None
            or (a.kind == "lapsed-maintenance" and a.details.get("regimen_id") not in reminded)
            or a.details.get("regimen_id") not in now_reminded]
    return shown, said


def notice_moment(alert: Alert, regimens: Sequence[Regimen], day: date) -> datetime:
    """When a running app tells a notice on that day: at its schedule's reminder time (then
    in place of the reminder), else at NOTICE_TIME; never in the night just after midnight.
    A start tells at once what is due (the user is at the computer)."""
    regimen_id = alert.details.get("regimen_id")
    at = next((r.remind_at for r in regimens if r.id == regimen_id and r.remind_at), None)
    return datetime.combine(day, at or NOTICE_TIME)


def next_due(regimens: Sequence[Regimen], doses: Sequence[Dose], today: date,
             breaks: Sequence[TakingBreak] = (), horizon_days: int = 400
             ) -> tuple[date, list[str]] | None:
    """The first due date with nothing logged (one still open in its grace window counts) and
    the supplements due on it; None when no saved schedule has anything due."""
    best: date | None = None
    names: list[str] = []
    for r in regimens:
        own = doses_for(r, doses)
        first = next((s.due for s in current(r, own, today, breaks) if s.open), None)
        if first is None:
            for due in r.due_dates(today + timedelta(days=1),
                                   today + timedelta(days=horizon_days)):
                if best is not None and due > best:
                    break
                if match(r, own, due, due, breaks)[0].open:
                    first = due
                    break
        if first is None or (best is not None and first > best):
            continue
        if best is None or first < best:
            best, names = first, []
        if r.supplement not in names:
            names.append(r.supplement)
    return None if best is None else (best, names)


def notices_due(alerts: Iterable[Alert], last_notified: Mapping[str, date], today: date
                ) -> list[Alert]:
    """Lapsed-maintenance, missed-dose, recheck-due and supply-low alerts not yet notified
    today, one per schedule, test or supply (the most serious, as the alerts come sorted)."""
    out: dict[str, Alert] = {}
    for a in alerts:
        key = notice_key(a)
        if a.kind in NOTICE_KINDS and last_notified.get(key) != today and key not in out:
            out[key] = a
    return list(out.values())
