"""Schedule expansion: every N days, chosen weekdays, bounded courses, early stops."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vdtracker.domain.errors import InvalidInput
from vdtracker.domain.schedule import (
    Regimen,
    Rule,
    average_per_day,
    end_from_weeks,
    grace_days,
    parse_weekdays,
)

START = date(2025, 1, 5)  # a Sunday

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
rules = st.one_of(
    st.integers(min_value=1, max_value=30).map(lambda n: Rule(every_days=n)),
    st.frozensets(st.integers(0, 6), min_size=1).map(lambda w: Rule(weekdays=w)),
)


def regimen(rule, start=START, end=None, stopped=None, phase="loading"):
    return Regimen(1, "Vitamin D3", 50000, "IU", rule, start, end, phase, stopped)


def test_weekly_twelve_week_course_has_twelve_doses_on_the_start_weekday():
    r = regimen(Rule(every_days=7), end=end_from_weeks(START, 12))
    due = list(r.due_dates(date(2024, 1, 1), date(2026, 1, 1)))
    assert len(due) == 12
    assert due[0] == START and due[-1] == START + timedelta(weeks=11)
    assert {d.weekday() for d in due} == {START.weekday()}
    assert sum(r.amount for _ in due) == 600_000


def test_twice_weekly_for_three_weeks():
    r = regimen(Rule(weekdays=parse_weekdays("mon,thu")), start=date(2025, 1, 6),
                end=end_from_weeks(date(2025, 1, 6), 3))
    assert len(list(r.due_dates(date(2025, 1, 1), date(2025, 12, 31)))) == 6


def test_stopping_early_means_nothing_due_from_the_stop_date():
    r = regimen(Rule(every_days=1), end=None, stopped=date(2025, 1, 10), phase="maintenance")
    due = list(r.due_dates(START, date(2025, 2, 1)))
    assert due[-1] == date(2025, 1, 9)


def test_average_per_day_is_plain_arithmetic():
    assert round(average_per_day(50000, Rule(every_days=7))) == 7143
    assert round(average_per_day(50000, Rule(weekdays=parse_weekdays("mon,thu")))) == 14286
    assert round(average_per_day(50000, Rule(every_days=14))) == 3571


def test_grace_windows():
    assert grace_days(Rule(every_days=1)) == 0
    assert grace_days(Rule(every_days=7)) == 2
    assert grace_days(Rule(weekdays=parse_weekdays("mon,thu"))) == 1


def test_bad_rules_are_refused():
    with pytest.raises(InvalidInput):
        Rule()
    with pytest.raises(InvalidInput):
        Rule(every_days=0)
    with pytest.raises(InvalidInput):
        parse_weekdays("mon,funday")


@given(rules, days, st.integers(0, 400), days, days, st.none() | st.integers(0, 400))
def test_due_dates_obey_the_rule_and_bounds(rule, start, length, a, b, stop_after):
    end = start + timedelta(days=length)
    stopped = start + timedelta(days=stop_after) if stop_after is not None else None
    r = regimen(rule, start, end, stopped)
    first, last = min(a, b), max(a, b)
    due = list(r.due_dates(first, last))
    assert due == sorted(set(due))
    for d in due:
        assert first <= d <= last and r.is_active(d)
        if rule.every_days:
            assert (d - start).days % rule.every_days == 0
        else:
            assert d.weekday() in rule.weekdays
    # Nothing that should be due is left out.
    expected = [start + timedelta(days=i) for i in range((end - start).days + 1)
                if r.is_active(start + timedelta(days=i))
                and first <= start + timedelta(days=i) <= last
                and ((rule.every_days and i % rule.every_days == 0)
                     or (not rule.every_days and (start + timedelta(days=i)).weekday()
                         in rule.weekdays))]
    assert due == expected


@given(rules)
def test_grace_windows_never_overlap(rule):
    assert 2 * grace_days(rule) < rule.shortest_gap or rule.shortest_gap == 1
