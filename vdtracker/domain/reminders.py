"""When to remind: doses whose time has come, snoozes, catch-up after a closed app, and the
once-a-day notices for alerts. Pure: the clock is passed in as local wall-clock time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from .adherence import Dose, current, doses_for
from .alert_types import Alert
from .breaks import TakingBreak
from .schedule import Plan, Regimen

TONIGHT = time(20, 0)
SNOOZE_CHOICES = ("15min", "1h", "tonight")
NOTICE_KINDS = ("lapsed-maintenance", "missed-dose", "recheck-due")
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

    def to_deliver(self, due: Iterable[Reminder], now: datetime) -> list[Reminder]:
        out = []
        for rem in due:
            until = self.snoozed.get(rem.key)
            if until is not None and until > now:
                continue
            last = self.shown.get(rem.key)
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

def notice_key(alert: Alert) -> str:
    """One key per schedule (whatever the alert says of it) or per test: at most one notice
    each a day, even when answering one of several missed doses changes the alert."""
    regimen_id = alert.details.get("regimen_id")
    if regimen_id is not None:
        return f"schedule:{regimen_id}"
    return f"{alert.kind}:{alert.details.get('analyte', '')}"


def notices_due(alerts: Iterable[Alert], last_notified: Mapping[str, date], today: date
                ) -> list[Alert]:
    """Lapsed-maintenance, missed-dose and recheck-due alerts not yet notified today, one per
    schedule (the most serious, as the alerts come sorted)."""
    out: dict[str, Alert] = {}
    for a in alerts:
        key = notice_key(a)
        if a.kind in NOTICE_KINDS and last_notified.get(key) != today and key not in out:
            out[key] = a
    return list(out.values())
