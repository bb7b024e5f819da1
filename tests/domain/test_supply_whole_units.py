"""A dose comes out of whole units of its form (capsules, drops, ampoules whole; tablets whole or
half; ml any amount): a logged dose that does not is not taken off the stock, a saved schedule
that does not stops the outlook at its first due date, and a count such a schedule does not fit
is refused. Every figure is recomputed here by plain arithmetic on the calendar."""

from datetime import date, datetime, time, timedelta

import pytest

from vdtracker.domain.errors import InvalidInput
from vdtracker.domain.schedule import Regimen, Rule, end_from_weeks
from vdtracker.domain.supplies import (
    Stock,
    Taken,
    check_fits,
    fits,
    left,
    left_out,
    outlook,
    reach,
    whole_units,
)

MON = date(2026, 12, 7)  # a Monday
COUNTED = datetime(2026, 12, 7, 7, 0)
START = date(2026, 11, 1)  # a Sunday


def regimen(amount, unit, start, every=None, end=None, phase="ongoing", rid=1):
    return Regimen(rid, "Vitamin D3", amount, unit, Rule(every, frozenset()), start, end, phase)


def capsules(count, holds=50000, form="capsule"):
    return Stock("Vitamin D3", "vitamin-d", form, count, COUNTED, holds, "IU")


@pytest.mark.parametrize(("form", "per", "whole"), [
    ("capsule", 1.0, True), ("capsule", 2.0, True), ("capsule", 0.04, False),
    ("capsule", 1.5, False), ("drop", 4.0, True), ("drop", 0.5, False),
    ("ampoule", 0.5, False), ("tablet", 0.5, True), ("tablet", 1.5, True),
    ("tablet", 0.25, False), ("tablet", 0.04, False), ("ml", 0.04, True), ("ml", 2.5, True),
    ("capsule", 1 + 1e-12, True), ("tablet", 0.5 - 1e-12, True)])
def test_whole_units_of_each_form(form, per, whole):
    assert whole_units(form, per) is whole


def test_a_float_that_is_a_whole_unit_counts_as_one():
    b12 = Stock("Vitamin B12", "b12", "capsule", 10, COUNTED, 0.025, "mg")
    assert 75 / 1000 / 0.025 != 3  # 75 mcg of 0.025 mg capsules is not exactly 3.0 in floats
    assert fits(b12, 75, "mcg")
    assert left(b12, [Taken(date(2026, 12, 8), None, datetime(2026, 12, 8), 75, "mcg")]) == 7


def test_a_logged_dose_of_another_product_is_not_taken_off_and_is_counted_as_left_out():
    """12 capsules of 50,000 IU, weekly 50,000 IU on Sundays; the 50,000 IU of Sunday 13 Dec
    is logged, and a 2,000 IU tablet on Tuesday 8 Dec under the same name."""
    weekly = regimen(50000, "IU", START, every=7)
    taken = [Taken(date(2026, 12, 8), time(8, 0), datetime(2026, 12, 8, 8, 0), 2000, "IU"),
             Taken(date(2026, 12, 13), time(9, 0), datetime(2026, 12, 13, 9, 0), 50000, "IU")]
    stock = capsules(12)
    assert left(stock, taken) == 12 - 1
    assert left_out(stock, taken) == 1
    today = date(2026, 12, 14)
    found = outlook(stock, taken, [weekly], today, settled_today=False)
    # 11 capsules for the Sundays from 20 Dec 2026: the 11th is 10 weeks on
    assert found.last_covered == date(2027, 2, 28) == date(2026, 12, 20) + timedelta(weeks=10)
    assert found.runs_out == date(2027, 3, 7)
    assert (found.left, found.doses_left, found.left_out, found.misfit) == (11, 11, 1, None)


def test_a_later_schedule_that_does_not_fit_gives_no_run_out_day():
    """Loading 50,000 IU weekly for 12 weeks, then 2,000 IU a day saved under the same name:
    12 capsules cover the six Sundays left of the course; past them nothing is made up."""
    end = end_from_weeks(START, 12)  # Sat 23 Jan 2027
    loading = regimen(50000, "IU", START, every=7, end=end, phase="loading")
    maintenance = regimen(2000, "IU", end + timedelta(days=1), every=1, phase="maintenance",
                          rid=2)
    found, low = reach(capsules(12), [], [loading, maintenance], MON, False)
    sundays = [date(2026, 12, 13) + timedelta(weeks=k) for k in range(6)]  # to 17 Jan 2027
    assert sundays[-1] == date(2027, 1, 17) and sundays[-1] + timedelta(days=7) > end
    assert found.runs_out is None and not low
    assert (found.last_covered, found.doses_left) == (sundays[-1], 6)
    assert found.misfit is not None
    assert found.misfit.first_due == date(2027, 1, 24)
    assert found.misfit.per == pytest.approx(2000 / 50000) == pytest.approx(0.04)


def test_running_out_before_that_schedule_begins_is_still_said_true():
    end = end_from_weeks(START, 12)
    loading = regimen(50000, "IU", START, every=7, end=end, phase="loading")
    maintenance = regimen(2000, "IU", end + timedelta(days=1), every=1, rid=2)
    found = outlook(capsules(4), [], [loading, maintenance], MON, False)
    # 4 capsules: Sundays 13, 20, 27 Dec and 3 Jan; none left for 10 Jan
    assert (found.last_covered, found.runs_out) == (date(2027, 1, 3), date(2027, 1, 10))
    assert found.doses_left == 4


def test_a_running_schedule_that_does_not_fit_never_claims_a_date_nor_warns():
    daily = regimen(2000, "IU", START, every=1)
    found, low = reach(capsules(1), [], [daily], MON, False)
    assert (found.last_covered, found.runs_out, found.doses_left, low) == (None, None, 0, False)
    assert found.misfit is not None and found.misfit.first_due == MON


def test_half_tablets_fit_a_quarter_does_not_and_ml_is_any_amount():
    half = regimen(500, "IU", START, every=1)
    found = outlook(capsules(10, 1000, "tablet"), [], [half], MON, False)
    assert (found.misfit, found.doses_left) == (None, 20)  # 10 tablets ÷ 0.5 a day
    assert found.runs_out == MON + timedelta(days=20)
    quarter = regimen(250, "IU", START, every=1)
    assert outlook(capsules(10, 1000, "tablet"), [], [quarter], MON, False).runs_out is None
    found = outlook(capsules(10, 1000, "ml"), [], [quarter], MON, False)
    assert found.runs_out == MON + timedelta(days=40)  # 10 ml ÷ 0.25 ml a day


def test_a_count_a_saved_schedule_does_not_fit_is_refused_naming_the_schedule():
    daily = regimen(2000, "IU", START, every=1)
    with pytest.raises(InvalidInput) as err:
        check_fits(capsules(12), [daily], MON)
    assert err.value.field == "holds"
    p = err.value.reason.params
    assert err.value.reason.kind == "holds-misfit"
    assert (p["amount"], p["unit"], p["form"], p["holds_amount"]) == (2000, "IU", "capsule",
                                                                      50000)
    assert p["per"] == pytest.approx(0.04)
    check_fits(capsules(12, 1000), [daily], MON)  # 2 capsules of 1,000 IU: fits
    check_fits(capsules(12, None), [daily], MON)  # what one holds not given: one a dose
    ended = regimen(2000, "IU", START, every=1, end=MON - timedelta(days=1))
    check_fits(capsules(12), [ended], MON)  # over before the count
    later = regimen(2000, "IU", MON + timedelta(days=90), every=1)
    with pytest.raises(InvalidInput):
        check_fits(capsules(12), [later], MON)  # starts later: still refused
