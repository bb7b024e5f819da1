"""Adherence: grace windows, missed and double doses, and the three kinds of lapse."""

from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vdtracker.domain.adherence import Dose, doses_for, lapses, match, missed
from vdtracker.domain.schedule import Regimen, Rule, end_from_weeks, grace_days

START = date(2025, 1, 5)


def weekly(**kw):
    base = dict(id=1, supplement="Vitamin D3", amount=50000, unit="IU",
                rule=Rule(every_days=7), start=START, end=end_from_weeks(START, 12),
                phase="loading")
    base.update(kw)
    return Regimen(**base)


def daily_maintenance(start=date(2025, 3, 30), **kw):
    base = dict(id=2, supplement="Vitamin D3", amount=2000, unit="IU", rule=Rule(every_days=1),
                start=start, phase="maintenance")
    base.update(kw)
    return Regimen(**base)


def test_dose_two_days_late_still_counts_for_a_weekly_schedule():
    r = weekly()
    doses = [Dose(1, "Vitamin D3", START + timedelta(days=2))]
    assert match(r, doses, START, START)[0].dose_id == 1
    late = [Dose(1, "Vitamin D3", START + timedelta(days=3))]
    assert match(r, late, START, START)[0].open


def test_missed_only_after_grace_has_passed():
    r = weekly()
    assert missed(r, [], START + timedelta(days=2)) == []
    assert missed(r, [], START + timedelta(days=3)) == [START]


def test_a_skipped_record_is_not_a_missed_dose_but_not_a_dose_either():
    r = weekly()
    doses = [Dose(1, "Vitamin D3", START, skipped=True)]
    status = match(r, doses, START, START)[0]
    assert status.skipped and status.dose_id is None and not status.open


def test_unlinked_doses_of_the_same_substance_count():
    r = weekly()
    doses = [Dose(1, "cholecalciferol", START), Dose(2, "B12", START)]
    assert [d.id for d in doses_for(r, doses)] == [1]


@given(st.lists(st.integers(0, 120), max_size=40), st.integers(0, 150))
def test_each_dose_satisfies_at_most_one_due_date(offsets, as_of_offset):
    r = weekly()
    doses = [Dose(i, "Vitamin D3", START + timedelta(days=o)) for i, o in enumerate(offsets)]
    own = doses_for(r, doses)
    as_of = START + timedelta(days=as_of_offset)
    statuses = match(r, own, START - timedelta(days=10), as_of)
    used = [s.dose_id for s in statuses if s.dose_id is not None]
    assert len(used) == len(set(used))
    g = grace_days(r.rule)
    by_id = {d.id: d for d in doses}
    for s in statuses:
        if s.dose_id is not None:
            assert abs((by_id[s.dose_id].day - s.due).days) <= g
        else:  # nothing unused sat in its window
            assert not any(abs((d.day - s.due).days) <= g and d.id not in used for d in doses)
    gone = missed(r, own, as_of)
    assert all(d + timedelta(days=g) < as_of for d in gone)


@given(st.sets(st.integers(0, 11)), st.lists(st.integers(-2, 2), min_size=12, max_size=12))
def test_missed_are_exactly_the_due_dates_left_out(left_out, shifts):
    r = weekly()
    due = list(r.due_dates(START, START + timedelta(days=90)))
    doses = [Dose(i, "Vitamin D3", d + timedelta(days=shifts[i]))
             for i, d in enumerate(due) if i not in left_out]
    gone = missed(r, doses, START + timedelta(days=90), lookback_days=200)
    assert gone == [due[i] for i in sorted(left_out)]


def test_maintenance_with_no_dose_for_more_than_14_days_has_lapsed():
    m = daily_maintenance()
    doses = [Dose(1, "Vitamin D3", date(2025, 4, 1))]
    assert lapses([m], doses, date(2025, 4, 15)) == []
    found = lapses([m], doses, date(2025, 4, 16))
    assert found[0].reason == "no-dose" and found[0].since == date(2025, 4, 1)


def test_weekly_maintenance_threshold_is_three_intervals():
    m = daily_maintenance(rule=Rule(every_days=7))
    doses = [Dose(1, "Vitamin D3", date(2025, 3, 30))]
    assert lapses([m], doses, date(2025, 4, 20)) == []
    assert lapses([m], doses, date(2025, 4, 21))[0].days == 22


def test_stopped_maintenance_with_nothing_after_it():
    m = daily_maintenance(stopped_on=date(2025, 6, 1))
    found = lapses([m], [], date(2025, 7, 1))
    assert [(x.reason, x.since) for x in found] == [("stopped", date(2025, 6, 1))]
    follow = daily_maintenance(start=date(2025, 6, 10), id=3, amount=1000)
    assert [x.reason for x in lapses([m, follow], [Dose(1, "Vitamin D3", date(2025, 6, 30))],
                                     date(2025, 7, 1))] == []


def test_loading_that_ended_without_maintenance():
    loading = weekly()
    assert [x.reason for x in lapses([loading], [], date(2025, 4, 1))] == ["no-maintenance"]
    assert lapses([loading], [], loading.end) == []
    assert [x.reason for x in lapses([loading, daily_maintenance()],
                                     [Dose(1, "Vitamin D3", date(2025, 3, 31))],
                                     date(2025, 4, 1))] == []


def test_timed_doses_within_24_hours_are_a_possible_double_dose():
    from vdtracker.domain.adherence import double_doses
    r = weekly()
    a = Dose(1, "Vitamin D3", START, time(20, 0))
    b = Dose(2, "Vitamin D3", START + timedelta(days=1), time(9, 0))
    c = Dose(3, "Vitamin D3", START + timedelta(days=1), time(21, 0))
    assert double_doses(r, [a, b], START + timedelta(days=3)) == [(a, b)]
    assert double_doses(r, [a, c], START + timedelta(days=3)) == []
