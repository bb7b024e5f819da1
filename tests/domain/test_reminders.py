"""Reminders on a fake clock: on time, once, snoozed, caught up after a closed app, across DST."""

from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from vdtracker.domain.adherence import Dose
from vdtracker.domain.alert_types import Alert
from vdtracker.domain.reminders import (
    ReminderState,
    epoch_of,
    next_moment,
    notice_key,
    notices_due,
    pending,
    snooze_until,
)
from vdtracker.domain.schedule import Regimen, Rule, parse_weekdays
from vdtracker.wording import english

SUNDAY = date(2026, 3, 1)


def weekly(**kw):
    base = dict(id=1, supplement="Vitamin D3", amount=50000, unit="IU", rule=Rule(every_days=7),
                start=SUNDAY, phase="loading", remind_at=time(8, 0))
    base.update(kw)
    return Regimen(**base)


def run_clock(regimens, first, last, step=timedelta(minutes=15), take=lambda rem, now: True,
              state=None):
    """Step a fake clock; answer each delivered reminder with take() (True = took it now)."""
    state = state or ReminderState()
    doses, delivered = [], []
    now = first
    while now <= last:
        for rem in state.to_deliver(pending(regimens, doses, now), now):
            delivered.append((rem, now))
            if take(rem, now):
                doses.append(Dose(len(doses) + 1, rem.supplement, now.date(), now.time(),
                                  rem.regimen_id))
                state.answered(rem.key)
        now += step
    return delivered, doses


def test_weekly_reminders_fire_on_time_once_each_for_three_months():
    r = weekly(end=SUNDAY + timedelta(weeks=12, days=-1))
    delivered, _ = run_clock([r], datetime(2026, 3, 1, 0, 0), datetime(2026, 6, 1, 0, 0))
    assert [rem.due for rem, _ in delivered] == [SUNDAY + timedelta(weeks=k) for k in range(12)]
    assert all(now == datetime.combine(rem.due, time(8, 0)) for rem, now in delivered)
    assert all(english().reminder(rem, False)[0] == "Vitamin D3 50,000 IU weekly — your Sunday dose"
               for rem, _ in delivered)


def test_wall_clock_time_holds_across_daylight_saving_changes():
    """08:00 is 08:00 local before and after the US change on 8 Mar 2026 (a 23-hour day)."""
    r = weekly(rule=Rule(every_days=1), phase="maintenance", start=date(2026, 3, 6))
    delivered, _ = run_clock([r], datetime(2026, 3, 6), datetime(2026, 3, 10, 23, 0))
    moments = [now for _, now in delivered]
    assert [m.time() for m in moments] == [time(8, 0)] * 5
    ny = ZoneInfo("America/New_York")
    gaps = [epoch_of(b, ny) - epoch_of(a, ny) for a, b in pairwise(moments)]
    assert gaps == [86400, 82800, 86400, 86400]
    nz = ZoneInfo("Pacific/Auckland")  # NZ leaves DST on 5 Apr 2026: a 25-hour day
    a, b = datetime(2026, 4, 4, 8), datetime(2026, 4, 5, 8)
    assert epoch_of(b, nz) - epoch_of(a, nz) == 90000


def test_snooze_comes_back_after_the_chosen_time_and_not_before():
    r = weekly()
    state = ReminderState()
    eight = datetime(2026, 3, 1, 8, 0)
    [rem] = state.to_deliver(pending([r], [], eight), eight)
    state.snooze(rem.key, eight, "15min")
    assert state.to_deliver(pending([r], [], eight + timedelta(minutes=14)),
                            eight + timedelta(minutes=14)) == []
    again = state.to_deliver(pending([r], [], eight + timedelta(minutes=15)),
                             eight + timedelta(minutes=15))
    assert [x.key for x in again] == [rem.key]
    assert state.wake_at([r], eight + timedelta(minutes=16)) == datetime(2026, 3, 8, 8, 0)
    state.snooze(rem.key, eight + timedelta(minutes=15), "tonight")
    assert state.wake_at([r], eight + timedelta(minutes=16)) == datetime(2026, 3, 1, 20, 0)


def test_tonight_late_in_the_evening_means_an_hour():
    assert snooze_until(datetime(2026, 3, 1, 9, 0), "tonight") == datetime(2026, 3, 1, 20, 0)
    assert snooze_until(datetime(2026, 3, 1, 19, 50), "tonight") == datetime(2026, 3, 1, 20, 50)
    assert snooze_until(datetime(2026, 3, 1, 9, 0), "1h") == datetime(2026, 3, 1, 10, 0)


def test_catch_up_after_the_app_was_closed_names_how_late_and_stops_after_grace():
    r = weekly()
    tuesday = datetime(2026, 3, 3, 9, 0)  # closed since Saturday; Sunday's dose not logged
    [rem] = pending([r], [], tuesday)
    assert rem.due == SUNDAY and rem.days_late == 2
    title, body = english().reminder(rem, hide_names=False)
    assert "was due Sun 1 Mar 2026 (2 days ago)" in body and "Taken, snooze, or skip?" in body
    assert pending([r], [], datetime(2026, 3, 4, 9, 0)) == []  # past grace: a missed dose
    skipped = [Dose(1, "Vitamin D3", date(2026, 3, 2), skipped=True)]
    assert pending([r], skipped, tuesday) == []  # the user answered: nothing to ask


def test_hidden_names_show_no_supplement_or_dose():
    r = weekly()
    [rem] = pending([r], [], datetime(2026, 3, 1, 8, 0))
    title, body = english().reminder(rem, hide_names=True)
    assert "Vitamin" not in title + body and "50,000" not in title + body
    assert title == "A dose on your saved schedule — your Sunday dose"


def test_next_moment_skips_to_the_next_due_day():
    r = weekly(rule=Rule(weekdays=parse_weekdays("mon,thu")), start=date(2026, 3, 2))
    assert next_moment([r], datetime(2026, 3, 2, 8, 0)) == datetime(2026, 3, 5, 8, 0)
    assert next_moment([weekly(remind_at=None)], datetime(2026, 3, 2)) is None


def test_alert_notices_at_most_once_a_day_each():
    lapse = Alert("lapsed-maintenance", "warning", date(2026, 2, 1), {"regimen_id": 2})
    low = Alert("level-low", "warning", date(2026, 2, 1), {"analyte": "vitamin-d"})
    today = date(2026, 3, 1)
    assert notices_due([lapse, low], {}, today) == [lapse]
    assert notices_due([lapse], {notice_key(lapse): today}, today) == []
    assert notices_due([lapse], {notice_key(lapse): today - timedelta(days=1)}, today) == [lapse]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59), st.lists(st.booleans(), min_size=6, max_size=6))
def test_every_due_dose_is_reminded_exactly_once_unless_snoozed(hour, minute, takes):
    r = weekly(remind_at=time(hour, minute), end=SUNDAY + timedelta(weeks=6, days=-1))
    answers = iter(takes + [True] * 50)
    delivered, doses = run_clock([r], datetime(2026, 2, 28), datetime(2026, 4, 20),
                                 step=timedelta(minutes=30),
                                 take=lambda rem, now: next(answers))
    by_due: dict[date, int] = {}
    for rem, _ in delivered:
        by_due[rem.due] = by_due.get(rem.due, 0) + 1
    assert set(by_due) == {SUNDAY + timedelta(weeks=k) for k in range(6)}
    assert all(n == 1 for n in by_due.values())  # not taken = not nagged again by itself
