"""Numbers and dates for the window, written and read the way the user's locale writes them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from .widgets.dates import qdate

if TYPE_CHECKING:  # the field imports this module's readers
    from .widgets.date_field import DateField

# Separators people type in place of the one the locale prints: a plain space for the narrow
# no-break space of fr_FR (or the no-break space of sv_SE), a typographic apostrophe for the
# ASCII one of de_CH. Qt's own parser takes only the exact character (and, for fr, a space).
_SPACES = frozenset(" \u00a0\u202f\u2009")
_APOSTROPHES = frozenset("'\u2019")

# A two-digit year is ambiguous in a diary that spans years: short formats get four digits.
_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def shown_in(locale: QLocale) -> QLocale:
    """The locale numbers and dates are shown in: the C locale (no LANG set) writes 50000
    without grouping, so it shows them as in English instead."""
    return QLocale("en_GB") if locale.language() == QLocale.Language.C else locale


def date_edit_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year, for date boxes (31.01.2026, 31/01/2026)."""
    pattern = shown_in(locale).dateFormat(QLocale.FormatType.ShortFormat)
    return _TWO_DIGIT_YEAR.sub("yyyy", pattern)


def format_number(value: float, locale: QLocale, decimals: int | None = None) -> str:
    """`value` with the locale's separators; with no `decimals`, up to two and no trailing
    zeros (the same rule as the command line's domain.units.format_number)."""
    text = str(locale.toString(float(value), "f", 2 if decimals is None else decimals))
    point = locale.decimalPoint()
    if decimals is None and point in text:
        text = text.rstrip(locale.zeroDigit()).removesuffix(point)
    unsigned = text.removeprefix(locale.negativeSign())
    if not unsigned.strip(locale.zeroDigit() + point):
        return unsigned  # -0.25 shown as a whole number rounds to zero: no minus on a zero
    return text


def exact_number(value: float, locale: QLocale) -> str:
    """`value` with every digit it has (up to ten decimals), the locale's decimal point and no
    grouping: what a field is filled with to be changed, so opening it never rounds it."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text.replace(".", locale.decimalPoint())


def parse_number(text: str, locale: QLocale) -> float | None:
    """A number typed in the locale's own way; None for nothing typed.

    Group separators count only where the locale puts them: "50,000" is 50000 in English but
    "1,5" is refused there (a German reader's 1.5, or a typo of 15: we do not guess)."""
    typed = text.strip()
    if not typed:
        return None
    if "e" in typed.lower():  # Qt reads "1e3" as 1000; nobody writes a dose or a result so
        raise ValueError(f"{text!r} is not a number as {locale.name()} writes numbers")
    value, ok = locale.toDouble(_with_locale_separators(typed, locale))
    if not ok or not math.isfinite(value):  # Qt reads "inf" and "nan"; no diary value is either
        raise ValueError(f"{text!r} is not a number as {locale.name()} writes numbers")
    return float(value)


def format_date(d: date, locale: QLocale, long: bool = False) -> str:
    """The date as the locale writes it: short (with a four-digit year) or long."""
    if long:
        return str(locale.toString(qdate(d), QLocale.FormatType.LongFormat))
    return str(locale.toString(qdate(d), date_edit_format(locale)))


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_THREE_NUMBERS = re.compile(r"^\W*(\d+)\W+(\d+)\W+(\d+)\W*$")
_QUOTED = re.compile(r"'[^']*'")


def parse_date(text: str, locale: QLocale) -> date | None:
    """A date typed as YYYY-MM-DD or in the locale's short form (30.08.2026, 8/30/2026);
    None for nothing typed. A year must have four digits: "30.08.26" is refused, not guessed."""
    typed = text.strip()
    if not typed:
        return None
    iso = _ISO_DATE.match(typed)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return _real_date(year, month, day, text)
    shown = shown_in(locale)
    numbers = _THREE_NUMBERS.match(typed)
    if numbers:
        order = _field_order(shown.dateFormat(QLocale.FormatType.ShortFormat))
        return _three_numbers(numbers.groups(), order, "." in typed, text)
    for pattern in (date_edit_format(shown), shown.dateFormat(QLocale.FormatType.LongFormat)):
        q = shown.toDate(typed, pattern)
        if q.isValid() and q.year() >= 1000:
            return date(q.year(), q.month(), q.day())
    raise ValueError(f"{text!r} is not a date as {shown.name()} writes dates")


_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.hH]\s*(\d{2}))?\s*(?:h|uhr)?$")
_BARE_TIME = re.compile(r"^(\d{1,2})(\d{2})$")
_HALF_DAY = re.compile(r"^(.*?)\s*([ap])\.?\s*m\.?$")


def parse_time(text: str) -> time | None:
    """A time of day as people type it: 21:30, 2130, 9:30, 9.30, 21h30, 9 (o'clock), 9:30 pm;
    None for nothing typed. Raises ValueError for anything else (25:00, 9:75, 12345)."""
    typed = text.strip().lower()
    if not typed:
        return None
    half = _HALF_DAY.match(typed)
    if half:
        typed = half.group(1)
    bare = _BARE_TIME.match(typed)
    found = bare or _TIME.match(typed)
    if found is None:
        raise ValueError(f"{text!r} is not a time of day")
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(f"{text!r} is not a time of day")
        hour = hour % 12 + (12 if half.group(2) == "p" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"{text!r} is not a time of day")
    return time(hour, minute)


def _three_numbers(parts: tuple[str, ...], order: tuple[str, str, str], dotted: bool,
                   text: str) -> date:
    """Three numbers with a four-digit year first or last. The other two are read in the
    locale's order, unless only the other order is a date ("22.08.2026" in English: there is
    no month 22) or dots separate them (22.08.2026 is day first wherever it is written)."""
    if any(len(p) > 2 for p in parts if len(p) != 4) or [len(p) for p in parts].count(4) != 1:
        raise ValueError(f"{text!r} is not a date with a four-digit year")
    if len(parts[0]) == 4:  # 2026/08/30, 2026.08.30: year, month, day everywhere
        return _real_date(int(parts[0]), int(parts[1]), int(parts[2]), text)
    if len(parts[2]) != 4:
        raise ValueError(f"{text!r} is not a date with the year first or last")
    a, b, year = (int(p) for p in parts)
    day_first = dotted or order.index("d") < order.index("M")
    readings = [(a, b), (b, a)] if day_first else [(b, a), (a, b)]  # (day, month)
    for day, month in readings:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date in the calendar")


def _field_order(pattern: str) -> tuple[str, str, str]:
    """"dd.MM.yy" -> ("d", "M", "y"); the locale's order of day, month and year."""
    bare = _QUOTED.sub("", pattern)
    first = {f: bare.find(f) for f in "dMy"}
    if -1 in first.values():
        return ("d", "M", "y")
    a, b, c = sorted(first, key=first.__getitem__)
    return a, b, c


def _real_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a date in the calendar") from None


def _with_locale_separators(typed: str, locale: QLocale) -> str:
    group = locale.groupSeparator()
    for family in (_SPACES, _APOSTROPHES):
        if group in family:
            return "".join(group if ch in family else ch for ch in typed)
    return typed


__all__ = ["format_date", "format_number", "parse_date", "parse_number", "parse_time"]


def date_box(parent: QWidget | None, day: date | None = None, *,
             today: Callable[[], date]) -> DateField:
    """The one date field: typed ISO or the locale's way, echoed in words, with Today,
    Yesterday and a calendar (widgets/date_field.py); `today` is the window's clock."""
    from .widgets.date_field import DateField

    return DateField(parent, day, today)
