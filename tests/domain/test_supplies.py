"""Units left and the day they run out, each figure recomputed here by plain date arithmetic:
daily, weekly, twice-weekly and every-N-days schedules, a loading course followed by
maintenance, and doses logged before or after the count, late, or skipped."""

from datetime import date, datetime, time, timedelta

import pytest

from vdtracker.domain.errors import InvalidInput
from vdtracker.domain.schedule import Regimen, Rule, end_from_weeks
from vdtracker.domain.supplies import Stock, Taken, checked_stock, is_low, left, outlook

MON = date(2026, 12, 7)  # a Monday
COUNTED = datetime(2026, 12, 7, 7, 0)


def regimen(amount, unit, start, every=None, weekdays=(), end=None, phase="ongoing"):
    return Regimen(1, "Vitamin D3", amount, unit, Rule(every, frozenset(weekdays)), start, end,
                   phase)


def stock(count, holds=None, unit=None, packs=()):
    return Stock("Vitamin D3", "vitamin-d", "tablet", count, COUNTED, holds, unit, tuple(packs))


def test_daily_twelve_tablets_last_twelve_days_from_today():
    found = outlook(stock(12), [], [regimen(1000, "IU", date(2026, 11, 1), every=1)], MON,
                    settled_today=False)
    assert found.last_covered == MON + timedelta(days=11)
    assert found.runs_out == MON + timedelta(days=12)
    assert (found.left, found.doses_left) == (12, 12)


def test_todays_dose_already_logged_is_not_counted_twice():
    found = outlook(stock(12), [], [regimen(1000, "IU", date(2026, 11, 1), every=1)], MON,
                    settled_today=True)
    assert found.last_covered == MON + timedelta(days=12)


def test_weekly_capsules_cover_the_next_sundays():
    start = date(2026, 11, 1)  # a Sunday
    found = outlook(stock(3, 50000, "IU"), [], [regimen(50000, "IU", start, every=7)], MON,
                    settled_today=False)
    sundays = [MON + timedelta(days=(6 - MON.weekday()) + 7 * k) for k in range(4)]
    assert all(d.weekday() == 6 for d in sundays)
    assert (found.last_covered, found.runs_out) == (sundays[2], sundays[3])


def test_twice_weekly_on_monday_and_thursday():
    found = outlook(stock(5), [], [regimen(1000, "IU", date(2026, 11, 2), weekdays=(0, 3))],
                    MON, settled_today=False)
    due = [d for d in (MON + timedelta(days=k) for k in range(30)) if d.weekday() in (0, 3)]
    assert (found.last_covered, found.runs_out) == (due[4], due[5])


def test_every_three_days_after_todays_dose_was_logged():
    start = date(2026, 12, 1)
    due = [start + timedelta(days=3 * k) for k in range(20)]
    after_today = [d for d in due if d > MON]
    found = outlook(stock(4), [], [regimen(1000, "IU", start, every=3)], MON,
                    settled_today=True)
    assert (found.last_covered, found.runs_out) == (after_today[3], after_today[4])


def test_a_loading_course_then_maintenance_from_tablets_of_1000_iu():
    start = date(2026, 11, 1)
    end = end_from_weeks(start, 12)
    loading = regimen(50000, "IU", start, every=7, end=end, phase="loading")
    maintenance = regimen(2000, "IU", end + timedelta(days=1), every=1, phase="maintenance")
    sundays = [start + timedelta(days=7 * k) for k in range(12)]
    left_loading = [d for d in sundays if d >= MON]
    tablets = 50 * len(left_loading) + 2 * 10  # the rest of the course, then ten days
    found = outlook(stock(tablets, 1000, "IU"), [], [loading, maintenance], MON,
                    settled_today=False)
    assert found.last_covered == end + timedelta(days=10)
    assert found.runs_out == end + timedelta(days=11)
    assert found.doses_left == len(left_loading) + 10


def test_what_is_left_counts_only_doses_taken_after_the_count_and_packs_bought_since():
    doses = [
        Taken(date(2026, 12, 6), None, datetime(2026, 12, 7, 9, 0), 2000, "IU"),  # late, before
        Taken(MON, time(6, 30), datetime(2026, 12, 7, 6, 30), 2000, "IU"),  # before the count
        Taken(MON, time(20, 0), datetime(2026, 12, 7, 20, 0), 2000, "IU"),  # after: 2 tablets
        Taken(MON, None, datetime(2026, 12, 7, 9, 0), 2000, "IU"),  # logged after: 2 tablets
        Taken(date(2026, 12, 8), None, datetime(2026, 12, 8, 8, 0), 1, "mg"),  # 40,000 IU: 40
    ]
    packs = [(datetime(2026, 12, 6, 12, 0), 30.0), (datetime(2026, 12, 7, 12, 0), 60.0)]
    s = stock(100, 1000, "IU", packs)
    assert left(s, doses) == 100 + 60 - 2 - 2 - 40


def test_never_below_zero_and_a_dose_in_a_unit_that_does_not_convert_takes_one_unit():
    b12 = Stock("Vitamin B12", "b12", "tablet", 3, COUNTED, 1000, "mcg")
    doses = [Taken(date(2026, 12, 8), None, datetime(2026, 12, 8), 1000, "IU")]
    assert left(b12, doses) == 2
    assert left(b12, doses * 5) == 0


def test_the_warning_comes_a_week_ahead_or_with_two_weekly_doses_left():
    daily = outlook(stock(6), [], [regimen(1000, "IU", date(2026, 11, 1), every=1)], MON, False)
    assert is_low(daily, MON, shortest_gap=1)
    plenty = outlook(stock(9), [], [regimen(1000, "IU", date(2026, 11, 1), every=1)], MON,
                     False)
    assert not is_low(plenty, MON, shortest_gap=1)
    weekly = [regimen(50000, "IU", date(2026, 11, 1), every=7)]
    assert is_low(outlook(stock(2, 50000, "IU"), [], weekly, MON, False), MON, shortest_gap=7)
    assert not is_low(outlook(stock(3, 50000, "IU"), [], weekly, MON, False), MON,
                      shortest_gap=7)
    ended = [regimen(1000, "IU", date(2026, 11, 1), every=1, end=date(2026, 12, 1))]
    assert not is_low(outlook(stock(0), [], ended, MON, False), MON, shortest_gap=1)


@pytest.mark.parametrize(("args", "field"), [((-1, "tablet", None, None), "count"),
                                             ((5, "pill", None, None), "form"),
                                             ((5, "tablet", 1000, None), "holds"),
                                             ((5, "tablet", 0, "IU"), "holds"),
                                             ((5, "tablet", 1000, "drops"), "holds")])
def test_a_stock_typed_wrong_is_refused_naming_the_field(args, field):
    with pytest.raises(InvalidInput) as err:
        checked_stock(*args)
    assert err.value.field == field


def test_a_dose_in_the_minute_of_the_count_is_told_apart_by_when_it_was_logged():
    counted = datetime(2026, 12, 7, 10, 15, 10)
    s = Stock("Vitamin D3", "vitamin-d", "tablet", 10, counted)
    after = Taken(MON, time(10, 15), datetime(2026, 12, 7, 10, 15, 40), 1000, "IU")
    before = Taken(MON, time(10, 15), datetime(2026, 12, 7, 10, 15, 2), 1000, "IU")
    assert left(s, [after]) == 9 and left(s, [before]) == 10
