"""Saved schedules as an iCalendar file: one recurring event per schedule, with an alarm.

UIDs are stable (schedule id + this store's own random id), so importing a newer export into a
phone calendar updates the events instead of duplicating them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

from icalendar import Alarm, Calendar, Event, vRecur

from ..domain.schedule import WEEKDAY_NAMES, Regimen
from ..wording.alerts import CalendarWords

DEFAULT_TIME = time(9, 0)  # for schedules without a reminder time of their own
PRODID = "-//vdtracker//VD Tracker//EN"


def rrule(r: Regimen) -> vRecur:
    rule: dict[str, object]
    if r.rule.every_days is not None:
        rule = {"FREQ": "DAILY", "INTERVAL": r.rule.every_days}
    else:
        rule = {"FREQ": "WEEKLY", "BYDAY": [WEEKDAY_NAMES[d][:2].upper()
                                           for d in sorted(r.rule.weekdays)]}
    if r.last_day is not None:
        # UNTIL in the same (floating) form as DTSTART: the last day, at the reminder time
        rule["UNTIL"] = datetime.combine(r.last_day, r.remind_at or DEFAULT_TIME)
    return vRecur(rule)


def exportable(regimens: Sequence[Regimen]) -> list[Regimen]:
    """Schedules with at least one due date: one stopped on its first day, or a dated window
    holding none of its weekdays, would be a broken event, so it is left out."""
    out = []
    for r in regimens:
        last = r.last_day if r.last_day is not None else r.start + timedelta(days=366)
        if next(r.due_dates(r.start, last), None) is not None:
            out.append(r)
    return out


def calendar(regimens: Sequence[Regimen], store_id: str, hide_names: bool,
             words: CalendarWords, now: datetime | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", words.name())
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    for r in exportable(regimens):
        what = words.title(r.plan, hide_names)
        first = r.start
        if r.rule.every_days is None:  # the first event must itself be on a chosen weekday
            first = next(r.due_dates(r.start, r.start + timedelta(days=6)), r.start)
        ev = Event()
        ev.add("uid", f"vdtracker-schedule-{r.id}-{store_id}@vdtracker.local")
        ev.add("dtstamp", stamp)
        ev.add("last-modified", stamp)
        ev.add("summary", what)
        ev.add("description", words.description())
        ev.add("dtstart", datetime.combine(first, r.remind_at or DEFAULT_TIME))  # floating time
        ev.add("duration", timedelta(minutes=15))
        ev.add("rrule", rrule(r))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", what)
        alarm.add("trigger", timedelta(0))
        ev.add_component(alarm)
        cal.add_component(ev)
    data: bytes = cal.to_ical()  # icalendar leaves to_ical() unannotated
    return data
