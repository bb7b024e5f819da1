"""Guideline profiles at their edges: nothing beyond a band is named by a reassuring band's words.

Issue 23: under the UK NOS profile a 400 nmol/L result was called "sufficient" beside the
red-flag text. Each expected placement here is worked out from the thresholds DOMAIN.md lists,
by hand, not by asking the code under test."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vdtracker.domain.ranges import (
    ABOVE_BANDS,
    ABOVE_REPORT,
    BELOW_BANDS,
    PROFILES,
    Band,
    Flag,
    Profile,
)

NG, NMOL, PMOL, PG = "ng/mL", "nmol/L", "pmol/L", "pg/mL"
NMOL_PER_NG = 2.496  # DOMAIN.md: 1 ng/mL = 2.496 nmol/L (molar mass 400.64)
PMOL_PER_PG = 0.7378  # DOMAIN.md: 1 pg/mL = 0.7378 pmol/L
VITAMIN_D_PROFILES = ("es2011", "iom2011", "uknos")
REASSURING = {"sufficient", "not low", "deficiency unlikely"}


def test_400_nmol_above_the_report_is_never_sufficient_under_uk_nos():
    nos = PROFILES["uknos"]
    assert nos.classify(300, NMOL).label == "sufficient"  # NOS words, when nothing says above
    placed = nos.classify(400, NMOL, "", Flag.ABOVE)
    assert placed.label == ABOVE_REPORT and placed.concern is Flag.ABOVE
    # a report that prints no upper limit: 400 nmol/L is 160 ng/mL, where toxicity is usually
    # seen (150 ng/mL): never "sufficient", flagged all the same
    assert 400 / NMOL_PER_NG >= 150
    for value, unit, qualifier in ((400, NMOL, ""), (374, NMOL, ">"), (150, NG, ">")):
        placed = nos.classify(value, unit, qualifier)
        assert placed.label == ABOVE_REPORT and placed.concern is Flag.ABOVE


@pytest.mark.parametrize("code", VITAMIN_D_PROFILES)
@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("400", 400, NMOL), (">150", 150, NG), ("90", 90, NG), ("106", 106, NMOL)])
def test_vitamin_d_above_the_reports_range_is_never_in_a_band_without_concern(code, printed,
                                                                              value, unit):
    qualifier = printed[0] if printed[0] in "<>" else ""
    placed = PROFILES[code].classify(value, unit, qualifier, Flag.ABOVE)
    assert placed.label not in REASSURING and placed.concern is Flag.ABOVE


def test_a_band_of_concern_is_kept_when_the_report_also_says_above():
    # 160 ng/mL: the Endocrine Society's own words for it are kept (toxicity usually > 150)
    assert PROFILES["es2011"].classify(160, NG, "", Flag.ABOVE).label.startswith("toxicity")
    assert PROFILES["iom2011"].classify(400, NMOL, "", Flag.ABOVE).label == "reason for concern"


def test_b12_above_the_report_keeps_its_words():
    # "not low" / "deficiency unlikely" say nothing reassuring about a high B12
    assert PROFILES["who-b12"].classify(900, PMOL, "", Flag.ABOVE).label == "not low"
    assert PROFILES["nice-b12"].classify(900, PMOL, "", Flag.ABOVE).label == "deficiency unlikely"


@pytest.mark.parametrize(("code", "printed", "value", "unit", "label"), [
    # 14 ng/mL (the relapse): ES < 20 deficient; IOM 12–20 inadequate; NOS 14 × 2.496 = 34.9
    # nmol/L, 30–50 insufficient
    ("es2011", "14", 14, NG, "deficient"), ("iom2011", "14", 14, NG, "inadequate"),
    ("uknos", "14", 14, NG, "insufficient"),
    # 22 ng/mL: ES 20–30 insufficient; IOM >= 20 sufficient; NOS 54.9 nmol/L sufficient
    ("es2011", "22", 22, NG, "insufficient"), ("iom2011", "22", 22, NG, "sufficient"),
    ("uknos", "22", 22, NG, "sufficient"),
    # <10 ng/mL is below 24.96 nmol/L: deficient by all three
    ("es2011", "<10", 10, NG, "deficient"), ("iom2011", "<10", 10, NG, "deficient"),
    ("uknos", "<10", 10, NG, "deficient"),
    # 19 nmol/L (the neurology case): 7.6 ng/mL
    ("es2011", "19", 19, NMOL, "deficient"), ("uknos", "19", 19, NMOL, "deficient"),
    # B12 <111 pmol/L: below WHO's 148 and NICE's 133; 212 pmol/L borderline
    ("who-b12", "<111", 111, PMOL, "deficient"), ("nice-b12", "<111", 111, PMOL,
                                                  "deficiency likely"),
    ("who-b12", "212", 212, PMOL, "low"), ("nice-b12", "212", 212, PMOL, "indeterminate"),
    # <150 pg/mL is below 150 × 0.7378 = 110.7 pmol/L
    ("nice-b12", "<150", 150, PG, "deficiency likely"),
])
def test_the_published_values_fall_where_the_thresholds_put_them(code, printed, value, unit,
                                                                 label):
    qualifier = printed[0] if printed[0] in "<>" else ""
    assert PROFILES[code].classify(value, unit, qualifier).label == label


def test_a_limit_at_the_lowest_edge_is_below_the_bands_not_the_last_band():
    # before issue 23 a "<0" fell through every band and was given the last: "sufficient"
    for prof in PROFILES.values():
        unit = next(iter(prof.bands[0].bounds))
        placed = prof.classify(0, unit, "<")
        assert placed.label == BELOW_BANDS and placed.concern is Flag.BELOW, prof.code


def test_a_value_past_a_finite_top_band_is_above_the_bands():
    capped = Profile("capped", "vitamin-d", "a test source", (
        Band("low", {NG: (0, 20)}, Flag.BELOW), Band("fine", {NG: (20, 50)})))
    assert capped.classify(50, NG).label == ABOVE_BANDS
    assert capped.classify(49.9, NG).label == "fine"
    assert capped.classify(50, NG, ">").label == ABOVE_BANDS  # ">50": every value is past 50
    assert capped.classify(50, NG, "<").label == "fine"  # "<50": the band just below
    assert capped.classify(50, NG, "", Flag.ABOVE).concern is Flag.ABOVE


@pytest.mark.parametrize(("code", "printed", "value", "unit", "labels"), [
    # "<20 ng/mL" is below 49.92 nmol/L: NOS deficient (< 30) or insufficient (30–50)
    ("uknos", "<20", 20, NG, {"deficient", "insufficient"}),
    # "<10 ng/mL" is below 24.96 nmol/L: only NOS deficient (< 30)
    ("uknos", "<10", 10, NG, {"deficient"}),
    # ">30 ng/mL" may be anything from 30 up: ES sufficient, above it, or the toxicity band
    ("es2011", ">30", 30, NG, {"sufficient", "above the sufficient range",
                               "toxicity usually above 150 ng/mL"}),
    # ">150 ng/mL" is above 374.4 nmol/L: NOS has one band up there
    ("uknos", ">150", 150, NG, {"sufficient"}),
    ("es2011", "≤20", 20, NG, {"deficient", "insufficient"}),  # 20 itself is insufficient
])
def test_a_limit_reaches_every_band_its_values_may_fall_in(code, printed, value, unit, labels):
    qualifier = printed[0]
    assert {b.label for b in PROFILES[code].reach(value, unit, qualifier)} == labels


@given(st.floats(min_value=0.5, max_value=600, allow_nan=False),
       st.sampled_from(["", "<", "≤", ">", "≥"]),
       st.sampled_from(VITAMIN_D_PROFILES), st.sampled_from([NG, NMOL]))
def test_a_placement_is_one_of_the_bands_its_value_can_reach(value, qualifier, code, unit):
    prof = PROFILES[code]
    placed = prof.classify(value, unit, qualifier)
    reached = prof.reach(value, unit, qualifier)
    assert placed in reached or placed.label in (ABOVE_BANDS, BELOW_BANDS, ABOVE_REPORT)
    if placed.label == ABOVE_REPORT:  # vitamin D where toxicity is usually seen
        assert value * (1 if unit == NG else 1 / NMOL_PER_NG) >= 149.8
        return
    # computed by hand in the unit the guideline wrote: the value in nmol/L or ng/mL
    written = next(iter(prof.bands[0].bounds))
    factor = 1.0 if written == unit else NMOL_PER_NG if unit == NG else 1 / NMOL_PER_NG
    v = value * factor
    if qualifier == "":
        lo, hi = placed.bounds[written]
        assert lo <= v < hi
    if qualifier in (">", "≥"):  # its lowest possible value is in the band named
        lo, hi = placed.bounds[written]
        assert lo <= v < hi and all(b.bounds[written][1] > v for b in reached)


@given(st.floats(min_value=0, max_value=1000, allow_nan=False),
       st.sampled_from(["", "<", ">"]), st.sampled_from(VITAMIN_D_PROFILES),
       st.sampled_from([NG, NMOL]))
def test_above_the_report_never_reassures(value, qualifier, code, unit):
    placed = PROFILES[code].classify(value, unit, qualifier, Flag.ABOVE)
    assert placed.label not in REASSURING and placed.concern is not Flag.WITHIN


def test_concern_starts_where_the_guideline_writes_it():
    assert PROFILES["es2011"].concern_from(NG) == 100
    assert PROFILES["iom2011"].concern_from(NMOL) == 125
    assert PROFILES["uknos"].concern_from(NMOL) is None
    assert math.isinf(PROFILES["uknos"].bands[-1].bounds[NMOL][1])
