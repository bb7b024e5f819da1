"""When a dose logged late for a weekly due date asks "keep Sundays, or move the rest?": only a
dose taken after its due date, before the next, on another weekday, that answers that date."""

from datetime import date, timedelta

import pytest

from vdtracker.domain.adherence import Dose
from vdtracker.domain.moving import offer
from vdtracker.domain.schedule import Regimen, Rule

SUNDAY = date(2026, 11, 1)
WEEK = timedelta(days=7)


def weekly(**kw):
    return Regimen(1, "Vitamin D3", 50000, "IU", kw.pop("rule", Rule(7)), SUNDAY,
                   kw.pop("end", SUNDAY + 12 * WEEK - timedelta(days=1)), "loading", **kw)


def on_time_then(day, *more):
    """Two Sundays taken on time, then the dose(s) given, ids 1, 2, 3…"""
    days = [SUNDAY, SUNDAY + WEEK, day, *more]
    return [Dose(i + 1, "Vitamin D3", d, regimen_id=1) for i, d in enumerate(days)]


@pytest.mark.parametrize("late_by", [3, 4])  # Wed, Thu: past its two grace days
def test_a_late_weekly_dose_offers_its_own_day(late_by):
    due = SUNDAY + 2 * WEEK
    taken = due + timedelta(days=late_by)
    found = offer(weekly(), on_time_then(taken), 3, taken)
    assert found is not None
    assert (found.due, found.taken, found.weekdays) == (due, taken, None)
    assert found.next_kept == due + WEEK  # Sundays kept: the next Sunday
    assert found.next_moved == taken + WEEK  # moved: a week after the day it was taken


def test_a_weekday_schedule_offers_the_new_weekday_by_name():
    r = weekly(rule=Rule(weekdays=frozenset({6})))  # Sundays
    taken = SUNDAY + 2 * WEEK + timedelta(days=3)  # a Wednesday
    found = offer(r, on_time_then(taken), 3, taken)
    assert found is not None and found.weekdays == "wed"
    assert taken.strftime("%a") == "Wed"


@pytest.mark.parametrize("why, rule, day, dose_id", [
    ("taken on its due date", Rule(7), SUNDAY + 2 * WEEK, 3),
    ("Monday is in Sunday's grace days", Rule(7), SUNDAY + 2 * WEEK + timedelta(days=1), 3),
    ("so is Tuesday", Rule(7), SUNDAY + 2 * WEEK + timedelta(days=2), 3),
    ("Friday counts early for the next Sunday", Rule(7),
     SUNDAY + 2 * WEEK + timedelta(days=5), 3),
    ("twice a week has no one day to move to", Rule(weekdays=frozenset({0, 3})),
     date(2026, 11, 18), 3),
    ("daily", Rule(1), date(2026, 11, 18), 3),
])
def test_no_question(why, rule, day, dose_id):
    r = Regimen(1, "Vitamin D3", 50000, "IU", rule, SUNDAY, None, "loading")
    assert offer(r, on_time_then(day), dose_id, day) is None, why


def test_a_second_dose_for_the_same_sunday_asks_nothing():
    due = SUNDAY + 2 * WEEK
    doses = on_time_then(due + timedelta(days=1), due + timedelta(days=3))
    assert offer(weekly(), doses, 4, due + timedelta(days=3)) is None  # Monday answered Sunday
    late_twice = on_time_then(due + timedelta(days=3), due + timedelta(days=4))
    assert offer(weekly(), late_twice[:3], 3, due + timedelta(days=3)) is not None
    # with Thursday's logged too, neither asks (a move from Wednesday would orphan Thursday's)
    assert offer(weekly(), late_twice, 3, due + timedelta(days=4)) is None
    assert offer(weekly(), late_twice, 4, due + timedelta(days=4)) is None


def test_a_skipped_dose_or_one_already_moved_or_stopped_asks_nothing():
    taken = SUNDAY + 2 * WEEK + timedelta(days=3)
    doses = on_time_then(taken)
    skipped = [*doses[:2], Dose(3, "Vitamin D3", taken, regimen_id=1, skipped=True)]
    assert offer(weekly(), skipped, 3, taken) is None
    assert offer(weekly(moved_on=taken), doses, 3, taken) is None
    assert offer(weekly(stopped_on=taken), doses, 3, taken) is None


def test_the_last_week_of_a_course_has_nothing_to_move():
    end = SUNDAY + 3 * WEEK - timedelta(days=1)  # three Sundays; the last is 15 Nov
    taken = SUNDAY + 2 * WEEK + timedelta(days=3)  # Wed 18 Nov: a week on is past the end
    assert offer(weekly(end=end), on_time_then(taken), 3, taken) is None
    longer = weekly(end=SUNDAY + 4 * WEEK - timedelta(days=1))
    found = offer(longer, on_time_then(taken), 3, taken)
    assert found is not None and found.next_kept == SUNDAY + 3 * WEEK


def test_every_fourteen_days_counts_on_from_the_day_taken():
    r = Regimen(1, "Vitamin D3", 50000, "IU", Rule(14), SUNDAY, None, "maintenance")
    doses = [Dose(1, "Vitamin D3", SUNDAY, regimen_id=1),
             Dose(2, "Vitamin D3", SUNDAY + timedelta(days=18), regimen_id=1)]
    found = offer(r, doses, 2, SUNDAY + timedelta(days=18))
    assert found is not None
    assert (found.due, found.next_kept, found.next_moved) == (
        SUNDAY + timedelta(days=14), SUNDAY + timedelta(days=28), SUNDAY + timedelta(days=32))


def test_no_question_once_the_next_due_date_has_come_or_a_later_dose_is_logged():
    taken = SUNDAY + 2 * WEEK + timedelta(days=3)  # Wed 18 Nov, late for Sun 15 Nov
    next_sunday = SUNDAY + 3 * WEEK
    assert offer(weekly(), on_time_then(taken), 3, next_sunday - timedelta(days=1)) is not None
    assert offer(weekly(), on_time_then(taken), 3, next_sunday) is None  # Sunday is here
    later = on_time_then(taken, next_sunday)  # and Sunday's dose is logged
    assert offer(weekly(), later, 3, next_sunday + timedelta(days=3)) is None


def test_a_dose_said_to_be_late_for_a_sunday_counts_for_that_sunday_only():
    """Taken on Thursday 'for Sunday's dose' (late_for): Sunday is answered, the Thursday stays
    the day it was taken, and the next Sunday is not answered by it."""
    from vdtracker.domain.adherence import late_doses, match
    due = SUNDAY + 2 * WEEK
    thursday = due + timedelta(days=4)  # past the grace days and the 'just late' window's start
    doses = [*on_time_then(due - WEEK)[:2],
             Dose(3, "Vitamin D3", thursday, regimen_id=1, late_for=due)]
    statuses = {s.due: s.dose_id for s in match(weekly(), doses, SUNDAY, due + WEEK)}
    assert statuses == {SUNDAY: 1, SUNDAY + WEEK: 2, due: 3, due + WEEK: None}
    assert late_doses(weekly(), doses, [due]) == ()  # not offered to be counted again
    found = offer(weekly(), doses, 3, thursday)
    assert found is not None and (found.due, found.taken) == (due, thursday)
