"""Pain baselines, percent improvement, recurrence, and the diary-safe wording of alerts."""

from datetime import date, timedelta

import pytest

from vdtracker.domain import alerts
from vdtracker.domain.adherence import Dose
from vdtracker.domain.errors import InvalidInput
from vdtracker.domain.schedule import Regimen, Rule
from vdtracker.domain.symptoms import (
    check_score,
    daily_means,
    default_windows,
    percent_improvement,
    recurrence,
    research_benchmark,
)
from vdtracker.wording import english
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES

START = date(2025, 1, 1)


def series(values, start=START):
    return {start + timedelta(days=i): v for i, v in enumerate(values) if v is not None}


def test_scores_allow_one_decimal_in_0_to_10():
    assert check_score("VAS", 6.5) == 6.5
    for bad in (11, -1, 6.55):
        with pytest.raises(InvalidInput):
            check_score("VAS", bad)


def test_daily_mean_of_several_entries():
    assert daily_means([(START, 4), (START, 6), (START + timedelta(days=1), 3)]) == {
        START: 5, START + timedelta(days=1): 3}


def test_percent_improvement_from_a_defined_baseline():
    course = START + timedelta(days=7)
    daily = series([8] * 7 + [5] * 30)
    base, cur = default_windows(course, START + timedelta(days=36))
    imp = percent_improvement(daily, base, cur)
    assert imp is not None and imp.percent == pytest.approx(37.5)
    assert research_benchmark(imp.percent) == "moderate"


def test_improvement_is_undefined_for_a_zero_baseline_or_missing_data():
    course = START + timedelta(days=7)
    base, cur = default_windows(course, START + timedelta(days=20))
    assert percent_improvement(series([0] * 21), base, cur) is None
    assert percent_improvement(series([None] * 7 + [3] * 14), base, cur) is None


def test_recurrence_needs_two_points_and_thirty_percent_over_the_best_window():
    daily = series([2.0] * 30 + [4.5] * 14)
    rec = recurrence(daily, START, START + timedelta(days=43))
    assert rec is not None and rec.best_mean == 2 and rec.recent_mean == 4.5
    # exactly 2 points (and 100 %) counts, whatever the float rounding
    assert recurrence(series([2.1] * 30 + [4.1] * 14), START, START + timedelta(days=43))
    # 1.5 points up is not enough, however large the ratio
    assert recurrence(series([1.0] * 30 + [2.5] * 14), START, START + timedelta(days=43)) is None
    # 2 points but under 30 % is not enough either
    assert recurrence(series([7.0] * 30 + [9.0] * 14), START, START + timedelta(days=43)) is None


def test_recurrence_needs_two_entries_a_week_and_reads_a_diary_kept_that_sparsely():
    too_sparse = series(([2.0] + [None] * 4) * 6 + ([6.0] + [None] * 4) * 3)  # ~3 per 14 days
    assert recurrence(too_sparse, START, START + timedelta(days=44)) is None
    enough = series(([2.0] + [None] * 2) * 10 + ([6.0] + [None] * 2) * 5)  # 4-5 per 14 days
    rec = recurrence(enough, START, START + timedelta(days=44))
    assert rec is not None and rec.best_mean == 2.0 and rec.recent_mean == 6.0


def test_no_alert_text_tells_the_user_what_to_take():
    start = date(2025, 1, 5)
    regs = [Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), start,
                    start + timedelta(days=83), "loading"),
            Regimen(2, "Vitamin D3", 2000, "IU", Rule(every_days=1), start + timedelta(days=84),
                    None, "maintenance", start + timedelta(days=200))]
    doses = [Dose(1, "Vitamin D3", start), Dose(2, "Vitamin D3", start + timedelta(hours=12))]
    labs = [alerts.LabReading(1, "vitamin-d", 14, "ng/mL", start + timedelta(days=300), 30, 100),
            alerts.LabReading(2, "calcium", 11.9, "mg/dL", start + timedelta(days=300), 8.5, 10.5)]
    pain = [(start + timedelta(days=i), 2.0 if i < 250 else 6.0) for i in range(320)]
    recheck = alerts.Recheck("vitamin-d", start + timedelta(days=315), start + timedelta(days=301))
    snap = alerts.Snapshot(regs, doses, labs, [recheck], pain)
    found = alerts.compute(snap, start + timedelta(days=319))
    kinds = {a.kind for a in found}
    assert {"lapsed-maintenance", "level-low", "level-high", "symptom-recurrence",
            "recheck-due"} <= kinds
    words = english()
    for a in found:
        low = words.alert(a).lower()
        assert not any(p in low for p in FORBIDDEN_PHRASES), low
    high = next(a for a in found if a.kind == "level-high")
    assert high.severity == "urgent" and "contact your clinician promptly" in words.alert(high)
    assert found[0] is high  # most serious first
