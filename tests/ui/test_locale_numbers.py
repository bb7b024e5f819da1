"""Locale numbers: the window reads back what it writes; group separators only where due."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from vdtracker.ui.locale_numbers import format_date, format_number, parse_number

LOCALES = ("en_US", "de_DE", "fr_FR", "de_CH")


@given(value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
       decimals=st.none() | st.integers(0, 4), name=st.sampled_from(LOCALES))
@example(value=50000.0, decimals=None, name="de_DE")
@example(value=-0.004, decimals=None, name="fr_FR")
@example(value=-0.25, decimals=0, name="en_US")  # rounds to zero: "0", never "-0"
@example(value=1234567.891, decimals=2, name="de_CH")
def test_a_formatted_number_reads_back_in_its_own_locale(value: float, decimals: int | None,
                                                         name: str) -> None:
    locale = QLocale(name)
    text = format_number(value, locale, decimals)
    parsed = parse_number(text, locale)
    assert parsed is not None
    shown = 2 if decimals is None else decimals  # None: at most two decimals, as the CLI
    slack = 4 * (math.ulp(value) + math.ulp(parsed))  # the binary value nearest the text
    assert abs(parsed - value) <= 0.5 * 10 ** -shown + slack, text
    assert format_number(parsed, locale, decimals) == text  # and it is written the same again


@given(value=st.integers(-10**9, 10**9), name=st.sampled_from(LOCALES))
def test_whole_numbers_are_written_without_decimals_and_read_exactly(value: int,
                                                                     name: str) -> None:
    locale = QLocale(name)
    text = format_number(value, locale)
    assert locale.decimalPoint() not in text
    assert parse_number(text, locale) == value


@pytest.mark.parametrize(("text", "name", "value"), [
    ("1,5", "de_DE", 1.5),
    ("50.000", "de_DE", 50000),
    ("1.234,5", "de_DE", 1234.5),
    ("50,000", "en_US", 50000),
    ("1.5", "en_US", 1.5),
    ("1,234.5", "en_US", 1234.5),
    ("  7.6 ", "en_US", 7.6),
    ("-2", "en_US", -2),
    ("50 000", "fr_FR", 50000),  # a plain space for the narrow no-break space fr_FR prints
    ("50\u00a0000", "fr_FR", 50000),
    ("1,5", "fr_FR", 1.5),
    ("50'000", "de_CH", 50000),
    ("50\u2019000", "de_CH", 50000),  # the typographic apostrophe of a Swiss keyboard layout
    ("1.5", "de_CH", 1.5),
])
def test_numbers_as_people_type_them(text: str, name: str, value: float) -> None:
    assert parse_number(text, QLocale(name)) == value


@pytest.mark.parametrize(("text", "name"), [
    ("abc", "en_US"), ("abc", "de_DE"),
    ("1,5", "en_US"),  # 1.5 to a German reader, 15 with a slip: refused, not guessed
    ("1.5", "de_DE"),
    ("1,50,000", "en_US"), ("5,0000", "en_US"), ("50.00.0", "de_DE"),
    ("1.234,5", "en_US"), ("1,234.5", "de_DE"),
    ("50,000", "de_CH"),
    ("inf", "en_US"), ("nan", "de_DE"),
    ("12 kg", "en_US"),
])
def test_text_that_is_not_a_number_there_is_refused(text: str, name: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, QLocale(name))


@pytest.mark.parametrize("name", LOCALES)
def test_nothing_typed_is_no_number(name: str) -> None:
    assert parse_number("", QLocale(name)) is None
    assert parse_number("   ", QLocale(name)) is None


@pytest.mark.parametrize(("value", "decimals", "name", "text"), [
    (50000, None, "en_US", "50,000"),
    (50000, None, "de_DE", "50.000"),
    (50000, None, "de_CH", "50'000"),
    (50000, None, "fr_FR", "50\u202f000"),
    (1234.5, None, "de_DE", "1.234,5"),
    (2.50, None, "en_US", "2.5"),
    (7.6, 1, "de_DE", "7,6"),
    (75.0, 0, "fr_FR", "75"),
    (0.5, 2, "en_US", "0.50"),
    (-0.001, None, "en_US", "0"),  # no "-0"
])
def test_numbers_are_written_the_locale_s_way(value: float, decimals: int | None, name: str,
                                              text: str) -> None:
    assert format_number(value, QLocale(name), decimals) == text


@pytest.mark.parametrize(("name", "short", "long"), [
    ("en_US", "11/3/2026", "Tuesday, November 3, 2026"),
    ("de_DE", "03.11.2026", "Dienstag, 3. November 2026"),
    ("fr_FR", "03/11/2026", "mardi 3 novembre 2026"),
    ("de_CH", "03.11.2026", "Dienstag, 3. November 2026"),
])
def test_dates_in_the_locale_s_order_with_four_digit_years(name: str, short: str,
                                                          long: str) -> None:
    d = date(2026, 11, 3)
    assert format_date(d, QLocale(name)) == short
    assert format_date(d, QLocale(name), long=True) == long
