"""Issue 25's rules on their own: one notification per schedule a day (a lapse wins over the
reminder), the days remembered, and what is due next for the tray."""

from datetime import date, datetime, time, timedelta

from vdtracker.domain.adherence import Dose
from vdtracker.domain.alert_types import Alert
from vdtracker.domain.breaks import TakingBreak
from vdtracker.domain.reminders import (
    ReminderState,
    next_due,
    notice_moment,
    one_per_schedule,
    pending,
    stamped,
    told_on,
)
from vdtracker.domain.schedule import Regimen, Rule

SUNDAY = date(2026, 3, 1)


def schedule(id=1, supplement="Vitamin D3", every_days=7, **kw):
    base = dict(id=id, supplement=supplement, amount=50000, unit="IU",
                rule=Rule(every_days=every_days), start=SUNDAY, remind_at=time(8, 0))
    base.update(kw)
    return Regimen(**base)


def test_a_lapse_wins_over_its_schedules_reminder_and_a_missed_dose_gives_way():
    [rem] = pending([schedule()], [], datetime(2026, 3, 1, 8, 0))
    lapse = Alert("lapsed-maintenance", "warning", SUNDAY, {"regimen_id": 1})
    missed = Alert("missed-dose", "warning", SUNDAY, {"regimen_id": 1, "count": 2})
    retest = Alert("recheck-due", "info", SUNDAY, {"analyte": "vitamin-d"})
    assert one_per_schedule([rem], [lapse, retest]) == ([], [lapse, retest])
    assert one_per_schedule([rem], [missed, retest]) == ([rem], [retest])
    assert one_per_schedule([], [lapse], reminded={1}) == ([], [])  # reminded earlier today


def test_a_schedule_told_today_gets_no_reminder_unless_snoozed():
    [rem] = pending([schedule()], [], datetime(2026, 3, 1, 8, 0))
    state = ReminderState()
    assert state.to_deliver([rem], datetime(2026, 3, 1, 8, 0), told={1}) == []
    assert state.to_deliver([rem], datetime(2026, 3, 1, 9, 0), told={1}) == []
    state.snooze(rem.key, datetime(2026, 3, 1, 9, 0), "15min")
    assert state.to_deliver([rem], datetime(2026, 3, 1, 9, 15), told={1}) == [rem]


def test_the_days_remembered():
    today = SUNDAY + timedelta(days=40)
    last = {"schedule:1": today, "schedule:2": today - timedelta(days=1),
            "recheck-due:vitamin-d": today, "schedule:3": today - timedelta(days=31)}
    assert told_on(last, today) == {1}
    assert stamped(last, ["schedule:2"], today) == {
        "schedule:1": today, "schedule:2": today, "recheck-due:vitamin-d": today}


def test_what_is_due_next():
    weekly, daily = schedule(), schedule(id=2, supplement="Vitamin B12", every_days=1)
    monday = SUNDAY + timedelta(days=1)
    # Sunday's weekly dose open in its grace window comes first
    assert next_due([weekly, daily], [], monday) == (SUNDAY, ["Vitamin D3"])
    sunday_taken = [Dose(1, "Vitamin D3", SUNDAY, regimen_id=1)]
    assert next_due([weekly, daily], sunday_taken, monday) == (monday, ["Vitamin B12"])
    both = [*sunday_taken, Dose(2, "Vitamin B12", monday, regimen_id=2)]
    next_sunday = SUNDAY + timedelta(days=7)
    assert next_due([weekly], both, monday) == (next_sunday, ["Vitamin D3"])
    # a dose taken a day early counts for its due date; a break settles the dates in it
    early = [*sunday_taken, Dose(3, "Vitamin D3", next_sunday - timedelta(days=1), regimen_id=1)]
    assert next_due([weekly], early, next_sunday - timedelta(days=1)) == (
        next_sunday + timedelta(days=7), ["Vitamin D3"])
    away = [TakingBreak(1, next_sunday, next_sunday + timedelta(days=7))]
    assert next_due([weekly], both, monday, away) == (next_sunday + timedelta(days=14),
                                                      ["Vitamin D3"])
    stopped = schedule(stopped_on=monday)
    assert next_due([stopped], sunday_taken, monday) is None


def test_a_running_app_tells_a_notice_at_its_schedules_reminder_time_else_at_nine():
    day = SUNDAY + timedelta(days=30)
    lapse = Alert("lapsed-maintenance", "warning", SUNDAY, {"regimen_id": 1})
    retest = Alert("recheck-due", "info", SUNDAY, {"analyte": "vitamin-d"})
    regimens = [schedule(remind_at=time(7, 30))]
    assert notice_moment(lapse, regimens, day) == datetime.combine(day, time(7, 30))
    assert notice_moment(retest, regimens, day) == datetime.combine(day, time(9, 0))
    assert notice_moment(lapse, [schedule(remind_at=None)], day) == datetime.combine(
        day, time(9, 0))
