"""The warning that matters is never silenced: profiles, end dates, replays, rounding, names."""

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from builders import add_lab, add_schedule, log_cramp, log_pain, log_spasm
from vdtracker.domain.adherence import substance_key
from vdtracker.domain.errors import InvalidInput
from vdtracker.domain.ranges import PROFILES
from vdtracker.domain.validation import dose_amount
from vdtracker.wording import english

START = date(2025, 1, 6)  # a Monday


def alerts(svc, as_of, profiles=None):
    return svc.alerts.alerts(as_of, profiles)


def by_kind(svc, as_of, profiles=None):
    return {a.kind: a for a in alerts(svc, as_of, profiles)}


@pytest.mark.parametrize(("analyte", "value", "unit", "low", "high", "profile"), [
    ("vitamin-d", "400", "nmol/L", 75, 250, "uknos"),  # the UK NOS bands stop at "sufficient"
    ("b12", "900", "pmol/L", 145, 569, "who-b12"),
    ("b12", "900", "pmol/L", 145, 569, "nice-b12"),
])
def test_a_profile_never_hides_the_reports_own_flag(svc, analyte, value, unit, low, high,
                                                    profile):
    add_lab(svc, analyte, value, unit, day=START, today=START, low=low, high=high)
    chosen = {analyte: PROFILES[profile]}
    high_alert = by_kind(svc, START, chosen).get("level-high")
    assert high_alert is not None, "the report says above its range"
    said = english().alert(high_alert)
    assert "above the range on your lab report" in said and "profile you chose" in said
    if analyte == "vitamin-d":
        assert "contact your clinician promptly" in said  # the red-flag text stays


def test_a_profile_still_flags_on_its_own_when_the_report_has_no_range(svc):
    add_lab(svc, "vitamin-d", "8", "ng/mL", day=START, today=START)
    low = by_kind(svc, START, {"vitamin-d": PROFILES["es2011"]})["level-low"]
    assert "the profile you chose" in english().alert(low)


def test_an_ended_maintenance_that_was_never_taken_stays_a_lapse_until_the_user_acts(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=START, end=START + timedelta(days=59), phase="maintenance")
    for day in (30, 61, 100, 300):  # before and long after the end date
        found = by_kind(svc, START + timedelta(days=day))
        assert "lapsed-maintenance" in found, day
        assert "missed-dose" not in found, day  # one line, not one per day
    svc.doses.record(supplement="Vitamin D3", day=START + timedelta(days=300),
                             today=START + timedelta(days=300), amount=2000, unit="IU")
    assert "lapsed-maintenance" not in by_kind(svc, START + timedelta(days=301))


def test_a_finished_course_says_how_many_doses_had_nothing_logged(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, weeks=6, phase="loading")
    for week in (0, 1, 3, 5):  # 2 of 6 weekly doses not logged
        svc.doses.record(supplement="Vitamin D3", day=START + timedelta(weeks=week),
                                 today=START + timedelta(weeks=week))
    lapse = by_kind(svc, START + timedelta(weeks=8))["lapsed-maintenance"]
    assert lapse.details["missed"] == 2 and lapse.details["due"] == 6
    assert "(2 of 6 doses had nothing logged)" in english().alert(lapse)


def test_a_schedule_starting_after_as_of_does_not_silence_the_lapse(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, weeks=8, phase="loading")
    # a maintenance typed with the wrong year: it starts in 2027
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=date(2027, 3, 3), phase="maintenance")
    assert "lapsed-maintenance" in by_kind(svc, START + timedelta(weeks=12))


def test_a_stop_recorded_later_is_not_seen_by_an_earlier_replay(svc):
    saved = add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                         start=START, phase="maintenance")
    for i in range(40):
        day = START + timedelta(days=i)
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    svc.regimens.stop(saved.id, day=START + timedelta(days=40), today=START + timedelta(days=40))
    assert "lapsed-maintenance" in by_kind(svc, START + timedelta(days=45))
    earlier = by_kind(svc, START + timedelta(days=39))
    assert "lapsed-maintenance" not in earlier  # taken daily, and not yet stopped then


def test_an_alert_shows_the_value_as_printed_never_rounded_across_the_limit(svc):
    add_lab(svc, "calcium", "2.625", "mmol/L", day=START, today=START, low=2.15, high=2.62)
    said = english().alert(by_kind(svc, START)["level-high"])
    assert "2.625 mmol/L" in said and "(2.15–2.62 mmol/L)" in said
    assert "2.62 mmol/L on" not in said


def test_a_schedule_with_no_due_date_is_left_out_of_the_calendar(svc, tmp_path):
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=START, phase="maintenance")
    empty = add_schedule(svc, supplement="Vitamin B12", amount=1000, unit="mcg",
                         weekdays="sat", start=START, end=START + timedelta(days=2))  # Mon–Wed
    stopped = add_schedule(svc, supplement="Magnesium", amount=300, unit="mg", every_days=1,
                           start=START, phase="ongoing")
    svc.regimens.stop(stopped.id, day=START, today=START)
    n = svc.export.ics(tmp_path / "s.ics", english())
    events = Calendar.from_ical((tmp_path / "s.ics").read_bytes()).walk("VEVENT")
    assert n == 1 and [str(e["summary"]) for e in events] == ["Vitamin D3 2,000 IU daily"]
    assert empty.id != stopped.id


@pytest.mark.parametrize(("name", "key"), [
    ("Vitamin B-12", "b12"), ("B 12", "b12"), ("cobalamin", "b12"), ("Methylcobalamin", "b12"),
    ("hydroxocobalamin", "b12"), ("Vitamin B12", "b12"), ("D3", "vitamin-d"),
    ("cholecalciferol", "vitamin-d"), ("Ergocalciferol", "vitamin-d"),
    ("vitamin D2", "vitamin-d"), ("Vit. D", "vitamin-d"), ("Magnesium", "magnesium"),
])
def test_one_table_names_each_substance_for_grouping_and_units(name, key):
    assert substance_key(name) == key
    if key == "b12":
        with pytest.raises(InvalidInput):
            dose_amount("dose", 1000, "IU", name)  # B12 is never dosed in IU


def test_missed_doses_of_one_schedule_are_one_alert_naming_how_many(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=START, phase="maintenance")
    for i in range(6):  # taken for six days, then nothing for four
        day = START + timedelta(days=i)
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    as_of = START + timedelta(days=10)
    missed = [a for a in alerts(svc, as_of) if a.kind == "missed-dose"]
    assert len(missed) == 1 and missed[0].details["count"] == 4
    assert missed[0].date == START + timedelta(days=6)
    said = english().alert(missed[0])
    assert said.startswith("4 doses of your saved schedule (Vitamin D3 2,000 IU daily) have "
                           "nothing logged since Sun 12 Jan 2025")


def test_no_due_or_missed_rows_while_the_schedule_is_shown_as_lapsed(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=START, phase="maintenance")
    found = [a.kind for a in alerts(svc, START + timedelta(days=20))]
    assert found == ["lapsed-maintenance"]


def test_a_dose_logged_just_after_the_grace_window_is_named(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=date(2025, 1, 5), weeks=8, phase="loading")  # Sundays
    svc.doses.record(supplement="Vitamin D3", day=date(2025, 1, 5),
                             today=date(2025, 1, 5))
    svc.doses.record(supplement="Vitamin D3", day=date(2025, 1, 15),
                             today=date(2025, 1, 15))  # Wed: 3 days after Sun 12 Jan
    missed = by_kind(svc, date(2025, 1, 16))["missed-dose"]
    (due, logged, dose_id), = missed.details["late"]
    assert (due, logged) == (date(2025, 1, 12), date(2025, 1, 15))
    assert ("A dose was logged on Wed 15 Jan 2025, 3 days after the due date Sun 12 Jan 2025."
            in english().alert(missed))
    # counted for its due date (the offer in the alert): the missed dose is answered
    svc.entries.update("dose", dose_id, "day", due, today=date(2025, 1, 16))
    assert "missed-dose" not in by_kind(svc, date(2025, 1, 16))


def _course_then_maintenance(svc, start):
    """A loading course and a maintenance the patient kept taking (no lapse to distract)."""
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=start, weeks=8, phase="loading")
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=start + timedelta(weeks=8), phase="maintenance")
    for i in range(0, 200):
        day = start + timedelta(days=i)
        svc.doses.record(supplement="Vitamin D3", day=day, today=day,
                                 amount=50000 if i < 56 and i % 7 == 0 else 2000, unit="IU")


def test_recurrence_is_caught_in_a_diary_kept_two_or_three_days_a_week(svc):
    start = START
    _course_then_maintenance(svc, start)
    for i in range(0, 200):
        day = start + timedelta(days=i)
        if day.weekday() in (0, 3, 5):  # Mon, Thu, Sat only
            log_pain(svc, 2.0 if i < 150 else 6.0, day=day, today=day)
    found = by_kind(svc, start + timedelta(days=170))
    assert found["symptom-recurrence"].details["symptom"] == "pain"
    assert "symptom-recurrence" not in by_kind(svc, start + timedelta(days=140))


def test_returning_night_cramps_and_spasm_are_caught(svc):
    start = START
    _course_then_maintenance(svc, start)
    for i in range(0, 170):  # a diary kept every day: a day without cramps is known as such
        log_pain(svc, 3.0, day=start + timedelta(days=i), today=start + timedelta(days=i))
    for i in range(0, 40):  # cramps most nights before the course took hold
        log_cramp(svc, day=start + timedelta(days=i), today=start + timedelta(days=i), count=2)
    for i in range(150, 170):  # quiet in between, then back five nights a week
        day = start + timedelta(days=i)
        if day.weekday() < 5:
            log_cramp(svc, day=day, today=day, count=1)
            log_spasm(svc, day=day, today=day, count=1)
    recurring = [a for a in alerts(svc, start + timedelta(days=169))
                 if a.kind == "symptom-recurrence"]
    said = {a.details["symptom"]: english().alert(a) for a in recurring}
    assert set(said) == {"cramps", "spasm"}
    assert said["cramps"].startswith("Night-time leg cramps: 5.0 nights a week over the last 14 "
                                     "days, up from 0.0 a week")
    earlier = alerts(svc, start + timedelta(days=149))
    assert "spasm" not in {a.details.get("symptom") for a in earlier
                           if a.kind == "symptom-recurrence"}


def test_a_patient_who_kept_taking_maintenance_and_stays_well_gets_no_recurrence(svc):
    start = START
    _course_then_maintenance(svc, start)
    for i in range(0, 199):
        day = start + timedelta(days=i)
        if day.weekday() in (1, 4):
            log_pain(svc, 2.0 + (i % 3) * 0.5, day=day, today=day)
        if i % 10 == 0:
            log_cramp(svc, day=day, today=day, count=1)
    found = by_kind(svc, start + timedelta(days=199))
    assert "symptom-recurrence" not in found and "lapsed-maintenance" not in found


def test_a_band_is_described_in_the_unit_of_the_comparison_with_the_result_beside_it(svc):
    add_lab(svc, "vitamin-d", "30", "nmol/L", day=START, today=START)  # no range on the report
    iom = by_kind(svc, START, {"vitamin-d": PROFILES["iom2011"]})["level-low"]
    said = english().alert(iom)  # IOM wrote nmol/L too: compared and described in nmol/L
    assert "“inadequate” (30 to under 50 nmol/L)" in said and "your result" not in said
    es = by_kind(svc, START, {"vitamin-d": PROFILES["es2011"]})["level-low"]
    said = english().alert(es)  # ES 2011 wrote ng/mL only: the result is shown in ng/mL too
    assert "“deficient” (below 20 ng/mL; your result is 12.0 ng/mL)" in said


def test_the_toxicity_band_reads_as_the_guidelines_words_not_a_diagnosis(svc):
    add_lab(svc, "vitamin-d", "160", "ng/mL", day=START, today=START)
    high = by_kind(svc, START, {"vitamin-d": PROFILES["es2011"]})["level-high"]
    said = english().alert(high)
    assert ("“the range the guideline links with toxicity” (150 ng/mL or more) by the "
            "Endocrine") in said
    assert "toxicity usually" not in said


def test_weeks_with_no_diary_at_all_are_not_read_as_weeks_without_cramps(svc):
    """Cramps every night logged for 40 days, then no diary for 110 days, then cramps on
    weekdays: every logged night had cramps, before and now, so nothing has returned; the
    unlogged months are unknown, not a quiet stretch to measure a rise from."""
    start = START
    _course_then_maintenance(svc, start)
    for i in range(0, 40):
        log_cramp(svc, day=start + timedelta(days=i), today=start + timedelta(days=i), count=2)
    for i in range(150, 170):
        day = start + timedelta(days=i)
        if day.weekday() < 5:
            log_cramp(svc, day=day, today=day, count=1)
    recurring = [a for a in alerts(svc, start + timedelta(days=169))
                 if a.kind == "symptom-recurrence"]
    assert "cramps" not in {a.details["symptom"] for a in recurring}
