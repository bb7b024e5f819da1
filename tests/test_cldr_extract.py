"""The CLDR extract (i18n/cldr.json, written by `make translations`) writes every date and picks
every plural form as Babel's own locale data does, so a command can skip loading Babel's data;
a language the extract does not hold is still Babel's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel import Locale
from babel.dates import format_date

from vdtracker.wording import cldr
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import plural_index

HELD = sorted(cldr._held())
DAYS = [date(2024, 1, 1) + timedelta(days=i) for i in range(366 + 365)]  # a leap year and one
# the app's own patterns for English, as formats.PATTERNS said them before the extract
OWN = {"en": {"yMMMd": "d MMM y", "MMMd": "d MMM", "yMMMEd": "E d MMM y"}}


def test_the_extract_is_built_and_current():
    assert {"en", "de"} <= set(HELD)
    languages = sorted(HELD)
    assert cldr.EXTRACT.read_text("utf-8") == cldr.extract(languages)


@pytest.mark.parametrize("language", HELD)
def test_every_date_is_written_as_babel_writes_it(language):
    locale = Locale.parse(language)
    f = Formats(language)
    for skeleton, write in (("yMMMd", f.day), ("MMMd", f.day_month), ("yMMMEd", f.weekday_day),
                            ("yMMM", lambda d: f.month(d, True))):
        pattern = OWN.get(language, {}).get(skeleton) or locale.datetime_skeletons[skeleton].pattern
        wrong = [(d, write(d)) for d in DAYS if write(d) != format_date(d, pattern, locale=locale)]
        assert wrong == [], (skeleton, wrong[:3])
    assert [f.month(date(2026, m, 1)) for m in range(1, 13)] == [
        locale.months["format"]["abbreviated"][m] for m in range(1, 13)]
    assert [f.weekday_name(d) for d in range(7)] == [
        locale.days["format"]["abbreviated"][d] for d in range(7)]


@pytest.mark.parametrize("language", HELD)
def test_every_count_takes_babels_plural_category(language):
    rule = Locale.parse(language).plural_form
    assert [cldr.plural_rule(language)(n) for n in range(1001)] == [rule(n) for n in range(1001)]
    # English and German: one form for 1, the other for the rest (0 and 2 … 1000)
    assert [plural_index(language, n) for n in (0, 1, 2, 21, 1000)] == [1, 0, 1, 1, 1]


def test_a_language_the_extract_does_not_hold_is_babels():
    assert "fr" not in HELD
    assert Formats("fr").day(date(2026, 2, 3)) == format_date(
        date(2026, 2, 3), Locale.parse("fr").datetime_skeletons["yMMMd"].pattern,
        locale=Locale.parse("fr"))
    assert cldr.calendar("xx") == cldr.from_babel("en")  # CLDR does not know it: English


@pytest.mark.parametrize(("pattern", "expected"), [
    ("d. MMM y", "3. Feb 2026"), ("dd.MM.y", "03.02.2026"), ("E d MMM y", "Tue 3 Feb 2026"),
    ("'week of' d MMM", "week of 3 Feb"), ("h 'o''clock'", None), ("d MMMM y", None),
    ("''d''", "'3'")])
def test_a_pattern_is_written_field_by_field_or_left_to_babel(pattern, expected):
    cal = cldr.calendar("en")
    assert cldr.written(date(2026, 2, 3), pattern, cal) == expected
