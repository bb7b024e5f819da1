"""Numbers and dates for the window, written and read the way the user's locale writes them."""

from __future__ import annotations

import math
import re
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from .widgets.dates import qdate

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


def parse_number(text: str, locale: QLocale) -> float | None:
    """A number typed in the locale's own way; None for nothing typed.

    Group separators count only where the locale puts them: "50,000" is 50000 in English but
    "1,5" is refused there (a German reader's 1.5, or a typo of 15: we do not guess)."""
    typed = text.strip()
    if not typed:
        return None
    value, ok = locale.toDouble(_with_locale_separators(typed, locale))
    if not ok or not math.isfinite(value):  # Qt reads "inf" and "nan"; no diary value is either
        raise ValueError(f"{text!r} is not a number as {locale.name()} writes numbers")
    return float(value)


def format_date(d: date, locale: QLocale, long: bool = False) -> str:
    """The date as the locale writes it: short (with a four-digit year) or long."""
    if long:
        return str(locale.toString(qdate(d), QLocale.FormatType.LongFormat))
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return str(locale.toString(qdate(d), _TWO_DIGIT_YEAR.sub("yyyy", pattern)))


def _with_locale_separators(typed: str, locale: QLocale) -> str:
    group = locale.groupSeparator()
    for family in (_SPACES, _APOSTROPHES):
        if group in family:
            return "".join(group if ch in family else ch for ch in typed)
    return typed


__all__ = ["format_date", "format_number", "parse_number"]


def date_box(parent: QWidget | None, day: date | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, written the user's way (date_edit_format)."""
    box = QDateEdit(parent) if day is None else QDateEdit(qdate(day), parent)
    box.setCalendarPopup(True)
    box.setDisplayFormat(date_edit_format(box.locale()))
    return box
