"""A result printed as a limit keeps its sign in the other unit, and a guideline profile never
calls a high vitamin D "sufficient" (issue 23), in English and in German.

The published cases' values are stored through the real services; each converted number is
worked out here with DOMAIN.md's factors (ng/mL × 2.496 = nmol/L, pg/mL × 0.7378 = pmol/L) and
written as each language writes it, never by asking the code under test."""

from __future__ import annotations

from datetime import date

import pytest

from builders import add_lab
from vdtracker.domain.printed import qualifier_of
from vdtracker.domain.ranges import PROFILES, Flag
from vdtracker.services.entries import HistoryFilter
from vdtracker.wording import Formats, Wording, catalogue_translate, english
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES, FORBIDDEN_PHRASES_DE

TODAY = date(2025, 3, 4)
NMOL_PER_NG = 2.496
PMOL_PER_PG = 0.7378


def german() -> Wording:
    return Wording(catalogue_translate("de"), Formats("de"))


def written(value: float, decimals: int, language: str) -> str:
    """A number as the language writes it: 1,476.5 / 1.476,5."""
    text = f"{value:,.{decimals}f}"
    if language == "de":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


# (analyte, as printed, number, unit, other unit, the number in the other unit, its decimals)
PUBLISHED = [
    ("vitamin-d", "14", 14, "ng/mL", "nmol/L", 14 * NMOL_PER_NG, 0),  # 34.9 -> 35
    ("vitamin-d", "22", 22, "ng/mL", "nmol/L", 22 * NMOL_PER_NG, 0),  # 54.9 -> 55
    ("vitamin-d", "<10", 10, "ng/mL", "nmol/L", 10 * NMOL_PER_NG, 0),  # <24.96 -> <25
    ("vitamin-d", ">150", 150, "ng/mL", "nmol/L", 150 * NMOL_PER_NG, 0),  # >374.4 -> >374
    ("vitamin-d", "400", 400, "nmol/L", "ng/mL", 400 / NMOL_PER_NG, 1),  # 160.3
    ("vitamin-d", "19", 19, "nmol/L", "ng/mL", 19 / NMOL_PER_NG, 1),  # 7.6
    ("vitamin-d", "<25", 25, "nmol/L", "ng/mL", 25 / NMOL_PER_NG, 1),  # <10.0
    ("vitamin-d", ">1476", 1476, "µg/L", "nmol/L", 1476 * NMOL_PER_NG, 0),  # µg/L is ng/mL
    ("b12", "<111", 111, "pmol/L", "pg/mL", 111 / PMOL_PER_PG, 0),  # <150.4 -> <150
    ("b12", "212", 212, "pmol/L", "pg/mL", 212 / PMOL_PER_PG, 0),  # 287
]


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("analyte", "printed", "value", "unit", "other", "converted",
                          "decimals"), PUBLISHED)
def test_the_other_unit_keeps_the_printed_sign(language, analyte, printed, value, unit, other,
                                               converted, decimals):
    words = english() if language == "en" else german()
    sign = printed[0] if printed[0] in "<>" else ""
    expected = f"{sign}{written(converted, decimals, language)} {other}"
    assert words.common.in_other_unit(analyte, value, unit, printed) == expected


@pytest.mark.parametrize("language", ["en", "de"])
def test_history_and_the_saved_line_keep_the_sign(svc, language):
    words = english() if language == "en" else german()
    add_lab(svc, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    add_lab(svc, "vitamin-d", ">150", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    add_lab(svc, "b12", "<111", "pmol/L", day=TODAY, today=TODAY, low=145, high=569)
    lines = [words.entry(e.summary) for e in svc.entries.page(HistoryFilter(), 0, 10)]
    for sign, converted, unit in (("<", round(10 * NMOL_PER_NG), "nmol/L"),
                                  (">", round(150 * NMOL_PER_NG), "nmol/L"),
                                  ("<", round(111 / PMOL_PER_PG), "pg/mL")):
        assert any(f"({sign}{converted} {unit})" in line for line in lines), lines
    assert not any("(25 nmol/L)" in line or "(374 nmol/L)" in line for line in lines)


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("code", "printed", "value", "unit", "shown"), [
    # UK NOS wrote nmol/L only: a ng/mL result is shown converted, with its sign
    ("uknos", "<10", 10, "ng/mL", ("<", 10 * NMOL_PER_NG, 0, "nmol/L")),
    ("uknos", "14", 14, "ng/mL", ("", 14 * NMOL_PER_NG, 0, "nmol/L")),
    # ES 2011 wrote ng/mL only: a nmol/L result is shown in ng/mL
    ("es2011", "<25", 25, "nmol/L", ("<", 25 / NMOL_PER_NG, 1, "ng/mL")),
    ("es2011", "19", 19, "nmol/L", ("", 19 / NMOL_PER_NG, 1, "ng/mL")),
    # NICE wrote pmol/L: a pg/mL report's limit converted
    ("nice-b12", "<150", 150, "pg/mL", ("<", 150 * PMOL_PER_PG, 0, "pmol/L")),
])
def test_the_result_beside_a_band_keeps_its_sign(language, code, printed, value, unit, shown):
    words = english() if language == "en" else german()
    prof = PROFILES[code]
    band = prof.classify(value, unit, qualifier_of(printed))
    said = words.common.band(code, band.label, unit, value, printed)
    sign, number, decimals, other = shown
    assert f"{sign}{written(number, decimals, language)} {other}" in said
    assert words.common.attribution(code) in said
    if sign:  # never the bare number
        assert f" {written(number, decimals, language)} {other}" not in said


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize(("code", "printed", "value", "unit"), [
    ("uknos", "400", 400, "nmol/L"), ("uknos", ">150", 150, "ng/mL"),
    ("es2011", "225", 225, "nmol/L"),  # 90.1 ng/mL: ES "sufficient", above a 75–200 report
    ("iom2011", "45", 45, "ng/mL"),  # IOM "sufficient" (20–50), above a report's 20–40
])
def test_above_the_reports_range_a_profile_never_reassures(language, code, printed, value, unit):
    words = english() if language == "en" else german()
    band = PROFILES[code].classify(value, unit, qualifier_of(printed), Flag.ABOVE)
    for said in (words.common.band(code, band.label, unit, value, printed),
                 words.common.profile_note(code, band.label, unit, value, printed)):
        low = said.lower()
        assert "sufficient" not in low and "ausreichend" not in low, said
        assert words.common.attribution(code) in said
        forbidden = FORBIDDEN_PHRASES if language == "en" else FORBIDDEN_PHRASES_DE
        assert not [p for p in forbidden if p in low], said
    if printed.startswith(">"):
        assert f">{round(150 * NMOL_PER_NG)} nmol/L" in said


def test_uk_nos_says_it_sets_no_upper_limit_and_es_where_its_concern_starts():
    c = english().common
    nos = PROFILES["uknos"].classify(400, "nmol/L", "", Flag.ABOVE)
    assert c.profile_note("uknos", nos.label, "nmol/L", 400) == (
        "By the profile you chose, it is not in a band of the UK National Osteoporosis Society "
        "guideline, which sets no upper limit.")
    es = PROFILES["es2011"].classify(225, "nmol/L", "", Flag.ABOVE)
    said = c.band("es2011", es.label, "nmol/L", 225, "225")
    assert "names a concern from 100 ng/mL" in said
    assert f"your result is {225 / NMOL_PER_NG:.1f} ng/mL" in said


def test_a_limit_that_spans_bands_says_so():
    c = english().common
    # "<20 ng/mL" is below 49.92 nmol/L: NOS "insufficient" (30–50) or "deficient" (< 30)
    band = PROFILES["uknos"].classify(20, "ng/mL", "<")
    said = c.band("uknos", band.label, "ng/mL", 20, "<20")
    assert said.startswith("“insufficient” or lower (30 to under 50 nmol/L")
    assert f"your result is <{round(20 * NMOL_PER_NG)} nmol/L" in said
    # ">30 ng/mL" may be anything from 30 up: ES "sufficient" or higher
    band = PROFILES["es2011"].classify(30, "ng/mL", ">")
    assert c.band("es2011", band.label, "ng/mL", 30, ">30").startswith("“sufficient” or higher")
    # "<10 ng/mL" (below 24.96 nmol/L) is in one NOS band: no "or lower"
    band = PROFILES["uknos"].classify(10, "ng/mL", "<")
    assert "or lower" not in c.band("uknos", band.label, "ng/mL", 10, "<10")


def test_a_limit_at_the_lowest_edge_is_named_below_the_bands():
    c = english().common
    band = PROFILES["who-b12"].classify(0, "pmol/L", "<")
    said = c.band("who-b12", band.label, "pmol/L", 0, "<0")
    assert said == "below the bands of WHO (the lowest starts at 0 pmol/L)"


def test_the_alert_under_uk_nos_calls_400_nmol_nothing_reassuring(svc):
    add_lab(svc, "vitamin-d", "400", "nmol/L", day=TODAY, today=TODAY, low=75, high=250)
    [high] = [a for a in svc.alerts.alerts(TODAY, {"vitamin-d": PROFILES["uknos"]})
              if a.kind == "level-high"]
    said = english().alert(high)
    assert "contact your clinician promptly" in said  # the red-flag text stays
    assert "sufficient" not in said and "UK National Osteoporosis Society" in said


def test_the_alert_under_uk_nos_keeps_the_sign_of_a_limit(svc):
    add_lab(svc, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY)  # no range printed
    [low] = [a for a in svc.alerts.alerts(TODAY, {"vitamin-d": PROFILES["uknos"]})
             if a.kind == "level-low"]
    said = english().alert(low)
    assert f"your result is <{round(10 * NMOL_PER_NG)} nmol/L" in said


@pytest.mark.parametrize(("printed", "unit", "low", "high"), [
    ("400", "nmol/L", None, None), ("400", "nmol/L", 50, None), (">374", "nmol/L", None, None),
    (">150", "ng/mL", None, None)])
def test_under_uk_nos_a_toxic_level_is_never_sufficient_even_without_an_upper_limit(
        svc, printed, unit, low, high):
    """Many reports print only a lower limit: the level where toxicity is usually seen
    (150 ng/mL = 374.4 nmol/L) must still raise the high-level alert with its red-flag text."""
    add_lab(svc, "vitamin-d", printed, unit, day=TODAY, today=TODAY, low=low, high=high)
    assert float(printed.lstrip(">")) * (1 if unit == "ng/mL" else 1 / 2.496) >= 149.8
    [high_alert] = [a for a in svc.alerts.alerts(TODAY, {"vitamin-d": PROFILES["uknos"]})
                    if a.kind == "level-high"]
    said = english().alert(high_alert)
    assert "sufficient" not in said and "which sets no upper limit" in said
    assert "contact your clinician promptly" in said  # the red-flag text
