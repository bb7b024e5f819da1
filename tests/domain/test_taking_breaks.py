"""'I had stopped taking it': a break settles its due dates (never missed, never due), keeps the
lapse warning in the patient's own words, and an old schedule a new course replaced is told by
the new course alone. Every count is recomputed here by plain day arithmetic."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from vdtracker.domain import alerts
from vdtracker.domain.adherence import Dose
from vdtracker.domain.breaks import TakingBreak, as_of_view
from vdtracker.domain.schedule import Regimen, Rule
from vdtracker.wording import Wording, catalogue_translate
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES, FORBIDDEN_PHRASES_DE
from vdtracker.wording.formats import Formats

DAY = timedelta(days=1)
# The spine series' pattern: a weekly loading course, then daily maintenance taken for a week,
# nothing for 20 days, then one dose.
LOADING = Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), date(2025, 9, 1),
                  date(2025, 10, 26), "loading")
MAINTENANCE = Regimen(2, "Vitamin D3", 2000, "IU", Rule(every_days=1), date(2025, 10, 27),
                      None, "maintenance")
TAKEN = [date(2025, 10, 27) + k * DAY for k in range(7)]  # 27 Oct - 2 Nov
GAP_FIRST, GAP_LAST = date(2025, 11, 3), date(2025, 11, 22)  # 20 days with nothing
ONE_DOSE = date(2025, 11, 23)


def doses(extra=()):
    loading = [Dose(i, "Vitamin D3", LOADING.start + i * 7 * DAY, regimen_id=1)
               for i in range(8)]
    daily = [Dose(100 + i, "Vitamin D3", d, regimen_id=2) for i, d in enumerate([*TAKEN, *extra])]
    return loading + daily


def snap(doses_, breaks=(), regimens=(LOADING, MAINTENANCE)):
    return alerts.Snapshot(list(regimens), doses_, [], [], [], breaks=list(breaks))


def of_kind(found, kind, regimen_id=2):
    return [a for a in found if a.kind == kind and a.details.get("regimen_id") == regimen_id]


def days(first, last):
    return [first + k * DAY for k in range((last - first).days + 1)]


def english():
    return Wording()


def german():
    return Wording(catalogue_translate("de"), Formats("de"))


def test_a_break_settles_the_twenty_open_dates_and_leaves_the_one_after_it():
    as_of = date(2025, 11, 25)
    logged = {*TAKEN, ONE_DOSE}
    looked_at = days(as_of - 28 * DAY, as_of - DAY)  # daily: no grace days, 28 days back
    open_dates = [d for d in looked_at if d not in logged and d >= MAINTENANCE.start]
    assert len(open_dates) == 21  # 3-22 Nov and 24 Nov
    (before,) = of_kind(alerts.compute(snap(doses([ONE_DOSE])), as_of), "missed-dose")
    assert before.details["count"] == len(open_dates)

    pause = TakingBreak(2, GAP_FIRST, GAP_LAST, "ran-out", "pack empty", 1)
    found = alerts.compute(snap(doses([ONE_DOSE]), [pause]), as_of)
    (after,) = of_kind(found, "missed-dose")
    left = [d for d in open_dates if not GAP_FIRST <= d <= GAP_LAST]
    assert list(after.details["dates"]) == left == [date(2025, 11, 24)]
    assert not of_kind(found, "lapsed-maintenance")


def test_a_break_to_today_leaves_nothing_due_and_nothing_missed():
    as_of = date(2025, 11, 25)
    pause = TakingBreak(2, GAP_FIRST, as_of, None, None, 1)
    found = alerts.compute(snap(doses([ONE_DOSE]), [pause]), as_of)
    assert not of_kind(found, "missed-dose") and not of_kind(found, "dose-due")


def test_a_break_of_another_schedule_settles_nothing_here():
    as_of = date(2025, 11, 25)
    pause = TakingBreak(1, GAP_FIRST, GAP_LAST, None, None, 1)  # the loading course's
    (missed,) = of_kind(alerts.compute(snap(doses([ONE_DOSE]), [pause]), as_of), "missed-dose")
    assert missed.details["count"] == 21


def test_the_lapse_stays_a_warning_and_says_it_was_the_patients_own_stop():
    as_of = date(2025, 11, 30)  # nothing since 2 Nov
    silent = (as_of - TAKEN[-1]).days
    assert silent == 28 and silent > 14  # the daily schedule's lapse threshold
    pause = TakingBreak(2, GAP_FIRST, as_of, "side-effects", "read about toxicity", 1)
    (lapse,) = of_kind(alerts.compute(snap(doses(), [pause]), as_of), "lapsed-maintenance")
    assert lapse.severity == "warning" and lapse.date == TAKEN[-1]
    assert lapse.details["days"] == silent and lapse.details["stopped_taking"] == GAP_FIRST
    text = english().alert(lapse)
    assert text == ("Your saved schedule: Vitamin D3 2,000 IU daily (maintenance). You noted "
                    "that you stopped taking it from 3 Nov 2025 (reason: side effects). No dose "
                    "logged since 2 Nov 2025 (28 days). Discuss with your clinician whether this "
                    "schedule still stands.")
    assert not [p for p in FORBIDDEN_PHRASES if p in text.lower()]
    german_text = german().alert(lapse)
    assert "3. Nov. 2025" in german_text
    assert not [p for p in FORBIDDEN_PHRASES_DE if p in german_text.lower()]
    assert not [p for p in FORBIDDEN_PHRASES if p in german_text.lower()]


def test_a_break_that_ended_does_not_silence_the_lapse():
    as_of = date(2025, 11, 30)
    pause = TakingBreak(2, GAP_FIRST, GAP_LAST, "felt-better", None, 1)
    (lapse,) = of_kind(alerts.compute(snap(doses(), [pause]), as_of), "lapsed-maintenance")
    assert "stopped_taking" not in lapse.details
    assert english().alert(lapse).startswith("Your saved schedule: Vitamin D3 2,000 IU daily "
                                             "(maintenance). No dose logged since 2 Nov 2025")


def test_an_as_of_replay_sees_a_break_only_from_its_first_day_and_cut_there():
    pause = TakingBreak(2, GAP_FIRST, date(2025, 11, 30), "ran-out", None, 1)
    assert as_of_view([pause], date(2025, 11, 2)) == []
    assert as_of_view([pause], date(2025, 11, 10)) == [TakingBreak(2, GAP_FIRST,
                                                                   date(2025, 11, 10),
                                                                   "ran-out", None, 1)]
    early = date(2025, 11, 2)  # the day before the break began: all taken, nothing open
    assert not of_kind(alerts.compute(snap(doses(), [pause]), early), "missed-dose")
    as_of = date(2025, 11, 17)  # 15 days of nothing: the lapse, the stop seen as it stood
    (lapse,) = of_kind(alerts.compute(snap(doses(), [pause]), as_of), "lapsed-maintenance")
    assert lapse.details["stopped_taking"] == GAP_FIRST
    later = TakingBreak(2, date(2025, 11, 20), date(2025, 11, 30), "ran-out", None, 1)
    (lapse,) = of_kind(alerts.compute(snap(doses(), [later]), as_of), "lapsed-maintenance")
    assert "stopped_taking" not in lapse.details  # recorded from a later day: not seen yet


@settings(max_examples=60, deadline=None)
@given(first=st.integers(0, 40), length=st.integers(0, 40), as_of=st.integers(30, 60))
def test_no_due_date_inside_a_break_is_ever_missed_or_due(first, length, as_of):
    start = MAINTENANCE.start
    pause = TakingBreak(2, start + first * DAY, start + (first + length) * DAY, None, None, 1)
    today = start + as_of * DAY
    found = alerts.compute(snap(doses(), [pause]), today)
    seen = as_of_view([pause], today)
    for a in of_kind(found, "missed-dose"):
        assert not [d for d in a.details["dates"] if seen and seen[0].covers(d)]
    for a in of_kind(found, "dose-due"):
        assert not (seen and seen[0].covers(a.date))


# ---- a schedule replaced by a newer course of the same substance ---------------------------
# Case 3 of the spine series: loading, then daily maintenance that she stopped (never recorded
# as stopped), and a year later a twice-weekly re-treatment course.
OLD_LOADING = Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), date(2024, 3, 4),
                      date(2024, 4, 14), "loading")
OLD_MAINTENANCE = Regimen(2, "Vitamin D3", 2000, "IU", Rule(every_days=1), date(2024, 4, 15),
                          None, "maintenance")
RETREATMENT = Regimen(3, "Vitamin D3", 50000, "IU", Rule(weekdays=frozenset({0, 3})),
                      date(2025, 5, 5), date(2025, 5, 25), "loading")
CASE_3 = (OLD_LOADING, OLD_MAINTENANCE, RETREATMENT)


def case_3_doses(as_of):
    out = [Dose(i, "Vitamin D3", OLD_LOADING.start + i * 7 * DAY, regimen_id=1) for i in range(6)]
    out += [Dose(100 + i, "Vitamin D3", OLD_MAINTENANCE.start + i * DAY, regimen_id=2)
            for i in range(28)]  # four weeks, then she stopped
    twice = [d for d in days(RETREATMENT.start, min(as_of, RETREATMENT.end))
             if d.weekday() in (0, 3)]
    out += [Dose(500 + i, "Vitamin D3", d, regimen_id=3) for i, d in enumerate(twice)]
    return out


def test_before_the_new_course_the_old_maintenance_lapse_is_told():
    as_of = date(2025, 5, 4)
    found = alerts.compute(alerts.Snapshot(list(CASE_3), case_3_doses(as_of), [], [], []), as_of)
    (lapse,) = of_kind(found, "lapsed-maintenance", 2)
    last_dose = OLD_MAINTENANCE.start + 27 * DAY
    assert lapse.date == last_dose and lapse.details["days"] == (as_of - last_dose).days == 357


def test_a_month_into_the_new_course_only_the_new_course_is_told():
    as_of = date(2025, 6, 4)  # the re-treatment began 30 days ago and ended 25 May
    assert (as_of - RETREATMENT.start).days == 30
    found = alerts.compute(alerts.Snapshot(list(CASE_3), case_3_doses(as_of), [], [], []), as_of)
    assert not [a for a in found if a.details.get("regimen_id") in (1, 2)]
    (lapse,) = of_kind(found, "lapsed-maintenance", 3)
    assert lapse.details["reason"] == "no-maintenance" and lapse.date == RETREATMENT.end
    assert lapse.details["missed"] == 0  # every Monday and Thursday of it was logged


def test_a_daily_schedule_still_taken_beside_a_short_extra_course_is_not_folded():
    """B12 cases aside, some clinicians add a short course on top of daily maintenance; once
    the extra course ends the daily doses are logged for the maintenance again."""
    daily = Regimen(2, "Vitamin D3", 2000, "IU", Rule(every_days=1), date(2025, 1, 6), None,
                    "maintenance")
    extra = Regimen(3, "Vitamin D3", 50000, "IU", Rule(every_days=7), date(2025, 3, 3),
                    date(2025, 3, 23), "loading")
    as_of = date(2025, 4, 20)
    # doses go to the newest schedule active that day (as `vdtracker dose` links them)
    taken = [Dose(i, "Vitamin D3", d, regimen_id=3 if extra.is_active(d) else 2)
             for i, d in enumerate(days(daily.start, as_of - 10 * DAY))]  # then 10 days none
    found = alerts.compute(alerts.Snapshot([daily, extra], taken, [], [], []), as_of)
    (missed,) = of_kind(found, "missed-dose", 2)
    its_own = {d.day for d in taken if d.regimen_id == 2}
    expected = [d for d in days(as_of - 28 * DAY, as_of - DAY) if d not in its_own]
    assert list(missed.details["dates"]) == expected and len(expected) == 10
    assert not of_kind(found, "lapsed-maintenance", 3)  # the daily schedule follows the course


def test_the_first_guess_is_the_time_without_a_dose_around_the_open_date():
    from vdtracker.domain.breaks import suggested_span

    taken = [*TAKEN, ONE_DOSE]
    # the missed-dose row's oldest open date: the 20 days between the week and the one dose
    assert suggested_span(taken, MAINTENANCE.start, GAP_FIRST, date(2025, 11, 25)) == (
        GAP_FIRST, GAP_LAST)
    # the lapse row (the day after its last dose): from then to today
    assert suggested_span(TAKEN, MAINTENANCE.start, TAKEN[-1] + DAY, date(2025, 11, 30)) == (
        GAP_FIRST, date(2025, 11, 30))
    # nothing logged at all: from the schedule's start
    assert suggested_span([], MAINTENANCE.start, MAINTENANCE.start, date(2025, 11, 30)) == (
        MAINTENANCE.start, date(2025, 11, 30))
