"""Dates and numbers written as a person of that language writes them (the CLI's formats)."""

from __future__ import annotations

from datetime import date

from ..domain.printed import in_number_style

# German months as QLocale("de_DE") writes them ("MMM"), so the command line, the window and the
# PDF summary use one style (tests/test_german_wording.py compares them month by month)
MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"),
          "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                 "Nov.", "Dez.")}
WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")}
SEPARATORS = {"en": (",", "."), "de": (".", ",")}  # (thousands, decimal)


class Formats:
    """How dates and numbers look; the window passes one built on QLocale instead."""

    def __init__(self, language: str = "en") -> None:
        self.language = language

    def number(self, value: float, decimals: int | None = None) -> str:
        if decimals is not None:
            text = f"{value:,.{decimals}f}"
        elif float(value).is_integer():
            text = f"{int(value):,}"
        else:
            text = f"{value:,.2f}".rstrip("0").rstrip(".")
        group, point = SEPARATORS.get(self.language, SEPARATORS["en"])
        return text.replace(",", "\0").replace(".", point).replace("\0", group)

    def printed(self, text: str, value: float | None = None) -> str:
        """A lab value as the report printed it, with this reader's decimal point: '2.38' is
        '2,38' for a German reader. The stored text is not changed."""
        sample = self.number(1234.5, 1)  # '1,234.5', '1.234,5' or, without groups, '1234,5'
        point = sample[-2]
        group = sample[1] if len(sample) > 6 else ""
        return in_number_style(text, value, point, group)

    def day(self, d: date) -> str:
        """'3 Feb 2026' / '3. Feb. 2026'."""
        months = MONTHS.get(self.language, MONTHS["en"])
        if self.language == "de":
            return f"{d.day}. {months[d.month - 1]} {d.year}"
        return f"{d.day} {months[d.month - 1]} {d.year}"

    def day_month(self, d: date) -> str:
        """'3 Feb' / '3. Feb.' (a time axis's tick)."""
        months = MONTHS.get(self.language, MONTHS["en"])
        return f"{d.day}. {months[d.month - 1]}" if self.language == "de" \
            else f"{d.day} {months[d.month - 1]}"

    def month(self, d: date, year: bool = False) -> str:
        """'Feb' or 'Feb 2026'."""
        name = MONTHS.get(self.language, MONTHS["en"])[d.month - 1]
        return f"{name} {d.year}" if year else name

    def weekday_day(self, d: date) -> str:
        names = WEEKDAYS.get(self.language, WEEKDAYS["en"])
        if self.language == "de":  # as the window's 'ddd, d. MMM yyyy'
            return f"{names[d.weekday()]}, {self.day(d)}"
        return f"{names[d.weekday()]} {self.day(d)}"

    def weekday_name(self, weekday: int) -> str:
        return WEEKDAYS.get(self.language, WEEKDAYS["en"])[weekday]
