"""Series for the chart: daily means and worst, trailing 7-day means, counts, phase spans."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vdtracker.domain.schedule import Regimen, Rule
from vdtracker.domain.trends import (
    counts_per_day,
    daily_pain,
    phase_spans,
    rolling_mean,
)

D0 = date(2026, 3, 1)


def test_daily_mean_and_worst():
    days = daily_pain([(D0, 4), (D0, 8), (D0 + timedelta(days=1), 3)])
    assert [(p.day, p.mean, p.worst, p.entries) for p in days] == [
        (D0, 6, 8, 2), (D0 + timedelta(days=1), 3, 3, 1)]


def test_rolling_mean_needs_three_days_and_drops_old_ones():
    scores = [2, 4, 6, 8, 10, 1, 1, 1]
    days = daily_pain([(D0 + timedelta(days=i), v) for i, v in enumerate(scores)])
    rolled = dict(rolling_mean(days))
    assert D0 + timedelta(days=1) not in rolled  # only two days so far
    assert rolled[D0 + timedelta(days=2)] == 4
    assert rolled[D0 + timedelta(days=7)] == (4 + 6 + 8 + 10 + 1 + 1 + 1) / 7  # day 0 left


@given(st.dictionaries(st.integers(0, 60), st.floats(0, 10), min_size=1))
def test_rolling_mean_matches_a_plain_window(values):
    days = daily_pain([(D0 + timedelta(days=k), v) for k, v in values.items()])
    for day, mean in rolling_mean(days):
        window = [v for k, v in values.items()
                  if day - timedelta(days=6) <= D0 + timedelta(days=k) <= day]
        assert len(window) >= 3
        assert abs(mean - sum(window) / len(window)) < 1e-9


def test_counts_per_day_add_up():
    assert counts_per_day([(D0, 2), (D0, 1), (D0 + timedelta(days=2), 4)]) == [
        (D0, 3), (D0 + timedelta(days=2), 4)]


def test_phase_spans_end_at_stop_or_today():
    load = Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), D0, D0 + timedelta(days=55),
                   "loading")
    maint = Regimen(2, "Vitamin D3", 2000, "IU", Rule(every_days=1), D0 + timedelta(days=56),
                    None, "maintenance", D0 + timedelta(days=150))
    later = Regimen(3, "Vitamin D3", 1000, "IU", Rule(every_days=1), D0 + timedelta(days=400))
    spans = phase_spans([load, maint, later], D0 + timedelta(days=200), lambda r: f"#{r.id}")
    assert [(s.kind, s.start, s.end, s.label) for s in spans] == [
        ("loading", D0, D0 + timedelta(days=55), "#1"),
        ("maintenance", D0 + timedelta(days=56), D0 + timedelta(days=149), "#2")]

