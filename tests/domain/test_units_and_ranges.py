"""Unit conversions and range flags as DOMAIN.md states them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vdtracker.domain.errors import InvalidInput
from vdtracker.domain.ranges import PROFILES, Flag, ReportRange, flag_against_report
from vdtracker.domain.units import (
    analyte,
    canonical_dose_unit,
    convert,
    dose_in_unit,
    format_lab_value,
)
from vdtracker.wording import english


def test_vitamin_d_conversion_uses_molar_mass_factor():
    assert convert(1, "ng/mL", "nmol/L", "vitamin-d") == pytest.approx(2.496)
    assert convert(19, "nmol/L", "ng/mL", "vitamin-d") == pytest.approx(7.6, abs=0.02)


def test_b12_pth_calcium_conversions():
    assert convert(180, "ng/L", "pmol/L", "b12") == pytest.approx(132.8, abs=0.1)
    assert convert(89, "ng/L", "pg/mL", "pth") == 89
    assert convert(94.25, "pg/mL", "pmol/L", "pth") == pytest.approx(10.0)
    assert convert(10, "mg/dL", "mmol/L", "calcium") == pytest.approx(2.495)


@given(st.floats(min_value=0, max_value=1000, allow_nan=False))
def test_conversion_round_trips(value):
    there = convert(value, "ng/mL", "nmol/L", "vitamin-d")
    assert convert(there, "nmol/L", "ng/mL", "vitamin-d") == pytest.approx(value, abs=1e-9)


def test_units_match_case_insensitively_and_wrong_units_are_named():
    assert analyte("vitamin-d").canonical_unit("NMOL/l") == "nmol/L"
    with pytest.raises(InvalidInput) as err:
        analyte("vitamin-d").canonical_unit("mg/dL")
    said = english().reason(err.value.reason)
    assert err.value.field == "unit" and "ng/mL" in said and "nmol/L" in said


def test_display_rules():
    assert format_lab_value(106.4, "nmol/L", "vitamin-d") == "106 nmol/L"
    assert format_lab_value(7.6, "ng/mL", "vitamin-d") == "7.6 ng/mL"


def test_dose_units():
    assert canonical_dose_unit("µg") == "mcg"
    assert dose_in_unit(50, "mcg", "IU", "vitamin-d") == 2000
    assert dose_in_unit(1, "mg", "mcg", "b12") == 1000
    assert dose_in_unit(1000, "IU", "mcg", "b12") is None


def test_19_nmol_is_low_and_50_nmol_is_not_misflagged_by_rounding():
    report = ReportRange(50, 125, "nmol/L")
    assert flag_against_report(19, "nmol/L", report, "vitamin-d") is Flag.BELOW
    assert flag_against_report(50, "nmol/L", report, "vitamin-d") is Flag.WITHIN
    # IOM wrote 50 nmol/L as its threshold: compared in nmol/L, 50 is sufficient, 49 is not.
    iom = PROFILES["iom2011"]
    assert iom.classify(50, "nmol/L").label == "sufficient"
    assert iom.classify(49.9, "nmol/L").label == "inadequate"
    assert iom.classify(19, "nmol/L").label == "deficient"
    # ES 2011 wrote ng/mL only: 50 nmol/L is 20.03 ng/mL, i.e. not "deficient" (< 20).
    assert PROFILES["es2011"].classify(50, "nmol/L").label == "insufficient"


def test_range_in_other_unit_converts_the_value_not_the_range():
    report = ReportRange(30, 100, "ng/mL")
    assert flag_against_report(74, "nmol/L", report, "vitamin-d") is Flag.BELOW
    assert flag_against_report(75, "nmol/L", report, "vitamin-d") is Flag.WITHIN
    assert flag_against_report(101, "ng/mL", report, "vitamin-d") is Flag.ABOVE
    assert flag_against_report(20, "ng/mL", None, "vitamin-d") is Flag.UNKNOWN


def test_23_ng_depends_on_the_named_authority():
    assert PROFILES["es2011"].classify(23, "ng/mL").label == "insufficient"
    assert PROFILES["iom2011"].classify(23, "ng/mL").label == "sufficient"


def test_b12_212_is_borderline_not_deficient():
    assert PROFILES["who-b12"].classify(212, "pmol/L").label == "low"
    assert PROFILES["nice-b12"].classify(212, "pmol/L").label == "indeterminate"


@given(st.floats(min_value=0, max_value=500, allow_nan=False))
def test_every_value_falls_in_exactly_one_band(value):
    for prof in PROFILES.values():
        unit = next(iter(prof.bands[0].bounds))
        hits = [b for b in prof.bands if b.bounds[unit][0] <= value < b.bounds[unit][1]]
        assert len(hits) == 1
