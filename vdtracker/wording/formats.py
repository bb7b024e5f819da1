"""Dates and numbers written as a person of that language writes them (the CLI's formats)."""

from __future__ import annotations

from datetime import date

from ..domain.numbers import separators
from ..domain.printed import in_number_style
from .cldr import calendar, cldr_locale, written


class Formats:
    """How dates and numbers look; the window passes one built on QLocale instead."""

    def __init__(self, language: str = "en", numbers: str | None = None) -> None:
        self.language = language
        # how numbers are written: the language and region the command line reads them in
        # (LC_NUMERIC: de_CH writes 50'000 and 7.6, as it reads them; German writes 50.000)
        self.numbers = numbers or language

    def number(self, value: float, decimals: int | None = None) -> str:
        """Grouped in thousands, with the language's (and region's: de_CH writes 1'234.5)
        separators, the ones the CLI reads back (domain/numbers.py)."""
        if decimals is not None:
            text = f"{value:,.{decimals}f}"
        elif float(value).is_integer():
            text = f"{int(value):,}"
        else:
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
        group, point = separators(self.numbers)
        return text.replace(",", "\0").replace(".", point).replace("\0", group)

    def printed(self, text: str, value: float | None = None) -> str:
        """A lab value as the report printed it, with this reader's decimal point: '2.38' is
        '2,38' for a German reader. The stored text is not changed."""
        sample = self.number(1234.5, 1)  # '1,234.5', '1.234,5' or, without groups, '1234,5'
        point = sample[-2]
        group = sample[1] if len(sample) > 6 else ""
        return in_number_style(text, value, point, group)

    def _date(self, d: date, skeleton: str) -> str:
        """`d` in CLDR's pattern for a skeleton ("yMMMd": '3 Feb 2026', '3. Feb. 2026')."""
        cal = calendar(self.language)
        done = written(d, cal.patterns[skeleton], cal) if skeleton in cal.patterns else None
        if done is not None:
            return done
        from babel.dates import format_date

        return format_date(d, cal.patterns[skeleton], locale=cldr_locale(self.language))

    def day(self, d: date) -> str:
        """'3 Feb 2026' / '3. Feb. 2026'."""
        return self._date(d, "yMMMd")

    def day_month(self, d: date) -> str:
        """'3 Feb' / '3. Feb.' (a time axis's tick)."""
        return self._date(d, "MMMd")

    def month(self, d: date, year: bool = False) -> str:
        """'Feb' or 'Feb 2026' (German: 'Feb.', 'März')."""
        if year:
            return self._date(d, "yMMM")
        return calendar(self.language).months[d.month - 1]

    def weekday_day(self, d: date) -> str:
        """'Tue 3 Feb 2026' / 'Di., 3. Feb. 2026'."""
        return self._date(d, "yMMMEd")

    def weekday_name(self, weekday: int) -> str:
        """Monday is 0: 'Mon' / 'Mo.'."""
        return calendar(self.language).days[weekday]
