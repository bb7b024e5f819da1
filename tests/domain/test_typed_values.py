"""What a typed amount or a printed lab value means: the typo checks and "<10" / ">150"."""

from __future__ import annotations

import pytest

from vdtracker.domain.errors import ConfirmationNeeded
from vdtracker.domain.plausible import check_lab
from vdtracker.domain.printed import split_printed
from vdtracker.domain.ranges import Flag, ReportRange, flag_against_report
from vdtracker.domain.schedule import Rule
from vdtracker.domain.units import readable
from vdtracker.domain.validation import check_typo

WEEKLY, DAILY = Rule(every_days=7), Rule(every_days=1)
TWICE_WEEKLY = Rule(weekdays=frozenset({0, 3}))


@pytest.mark.parametrize(("amount", "unit", "rule"), [
    (125, "mg", None),        # 5,000,000 IU: a slipped "1.25"
    (5000, "mcg", None),      # 200,000 IU
    (500000, "IU", None),
    (50000, "IU", DAILY),     # about 50,000 IU a day
    (1.25, "mg", DAILY),      # 50,000 IU a day, typed in mg
])
def test_vitamin_d_asks_in_iu_per_dose_and_per_day(amount, unit, rule):
    with pytest.raises(ConfirmationNeeded):
        check_typo("dose", amount, unit, "Vitamin D3", False, rule)
    check_typo("dose", amount, unit, "Vitamin D3", True, rule)  # confirmed: saved as typed


@pytest.mark.parametrize(("amount", "unit", "rule"), [
    (50000, "IU", WEEKLY), (50000, "IU", TWICE_WEEKLY), (1.25, "mg", WEEKLY),
    (2000, "IU", DAILY), (50, "mcg", DAILY), (100000, "IU", None),
])
def test_prescriptions_from_the_cases_are_not_asked_about(amount, unit, rule):
    check_typo("dose", amount, unit, "Vitamin D3", False, rule)


def test_b12_is_compared_in_mcg_and_other_supplements_in_the_unit_typed():
    check_typo("dose", 1000, "mcg", "Vitamin B12", False, DAILY)
    check_typo("dose", 5, "mg", "Vitamin B12", False, None)
    with pytest.raises(ConfirmationNeeded):
        check_typo("dose", 10, "mg", "Vitamin B12", False, None)
    check_typo("dose", 400, "mg", "Magnesium", False, DAILY)  # not read as 400,000 mcg


def test_the_per_day_question_says_the_schedule_back(words):
    with pytest.raises(ConfirmationNeeded) as asked:
        check_typo("dose", 50000, "IU", "Vitamin D3", False, DAILY)
    text = words.reason(asked.value.reason)
    assert text == ("You entered 50,000 IU daily — about 50,000 IU a day. Is that what your "
                    "prescription says?")
    with pytest.raises(ConfirmationNeeded) as asked:
        check_typo("dose", 5000, "mcg", "Vitamin D3", False, None)
    assert "about 200,000 IU" in words.reason(asked.value.reason)


@pytest.mark.parametrize(("value", "shown"), [(7142.857, 7143), (0.17857, 0.18), (14.2857, 14.3),
                                               (1.7857, 1.8), (0, 0)])
def test_an_average_keeps_enough_digits_to_read(value, shown):
    assert readable(value) == shown


@pytest.mark.parametrize(("text", "qualifier", "number"), [
    ("<10", "<", "10"), (" > 150 ", ">", "150"), ("<=8", "≤", "8"), ("≥1476", "≥", "1476"),
    ("7.6", "", "7.6"), ("<7,5", "<", "7,5"),
])
def test_a_printed_qualifier_is_split_from_its_number(text, qualifier, number):
    p = split_printed(text)
    assert (p.qualifier, p.number) == (qualifier, number)


NG = "ng/mL"


@pytest.mark.parametrize(("value", "qualifier", "low", "high", "unit", "flag"), [
    (150, ">", 30, 100, NG, Flag.ABOVE),
    (10, "<", 30, 100, NG, Flag.BELOW),
    (10, "<", 5, 50, NG, Flag.UNCLEAR),     # anything from 0 to 10: below or within
    (10, "<", 0, 50, NG, Flag.WITHIN),
    (80, ">", 30, 100, NG, Flag.UNCLEAR),
    (1476, ">", 200, 900, "pmol/L", Flag.ABOVE),
    (30, "<", 30, 100, NG, Flag.BELOW),      # "<30" never reaches 30
    (30, "≤", 30, 100, NG, Flag.UNCLEAR),
])
def test_a_value_beyond_the_assay_limit_is_flagged_for_what_it_says(value, qualifier, low, high,
                                                                    unit, flag):
    code = "b12" if unit == "pmol/L" else "vitamin-d"
    assert flag_against_report(value, unit, ReportRange(low, high, unit), code, qualifier) is flag


@pytest.mark.parametrize(("code", "value", "unit", "low", "high"), [
    ("vitamin-d", 3200, NG, None, None),
    ("vitamin-d", 30, NG, 75, 250),       # a range printed in nmol/L, typed against ng/mL
    ("calcium", 9.5, "mmol/L", None, None),  # mg/dL numbers under mmol/L
    ("calcium", 2.4, "mg/dL", None, None),   # mmol/L numbers under mg/dL
    ("pth", 44, "pmol/L", 15, 65),           # a pg/mL range under pmol/L
])
def test_a_value_or_range_the_test_never_prints_in_that_unit_asks(code, value, unit, low, high):
    with pytest.raises(ConfirmationNeeded):
        check_lab(code, value, unit, low, high, False)
    check_lab(code, value, unit, low, high, True)


@pytest.mark.parametrize(("code", "value", "unit", "low", "high"), [
    ("vitamin-d", 19, "nmol/L", 75, 250), ("vitamin-d", 14, NG, 30, 100),
    ("vitamin-d", 106, "nmol/L", 50, 125), ("b12", 625, "pmol/L", 145, 569),
    ("b12", 1476, "pmol/L", None, None), ("pth", 44, "ng/L", 15, 65),
    ("calcium", 2.4, "mmol/L", 2.2, 2.6), ("calcium", 9.5, "mg/dL", 8.6, 10.2),
    ("vitamin-d", 25, "µg/L", 30, 100),
])
def test_results_as_reports_print_them_are_not_asked_about(code, value, unit, low, high):
    check_lab(code, value, unit, low, high, False)


def test_a_guideline_band_never_reads_a_limit_as_the_value():
    from vdtracker.domain.ranges import PROFILES
    es = PROFILES["es2011"]
    assert es.classify(30, NG, "<").label == "insufficient"  # below 30, never "sufficient"
    assert es.classify(20, NG, "<").label == "deficient"
    assert es.classify(30, NG).label == "sufficient"


def test_an_odd_value_and_an_odd_range_are_asked_about_together(words):
    with pytest.raises(ConfirmationNeeded) as asked:
        check_lab("vitamin-d", 3200, NG, 75, 250, False)
    text = words.reason(asked.value.reason)
    assert "3,200 ng/mL" in text and "75–250 ng/mL" in text  # one "yes" covers what it saw
