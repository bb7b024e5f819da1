"""The wording for the window: Qt's translation, and dates and numbers in the user's locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..wording import Formats, Wording
from .locale_numbers import shown_in


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return plural(QCoreApplication.translate(context, text, disambiguation, n), n)


def plural(translated: str, n: int) -> str:
    """An English "(s)" left in Qt's answer (a language with no catalogue, or none installed)
    follows n, so "1 dose(s)" never shows; translations never contain "(s)"."""
    return translated.replace("(s)", "" if n == 1 else "s") if n >= 0 else translated


class LocaleFormats(Formats):
    """Formats that follow QLocale (the system's, unless a test hands another)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = shown_in(locale or QLocale())
        super().__init__(self.locale.name().split("_")[0])

    def number(self, value: float, decimals: int | None = None) -> str:
        if decimals is None:
            decimals = 0 if float(value).is_integer() else 2
            text = self.locale.toString(float(value), "f", decimals)
            point = self.locale.decimalPoint()
            if point in text:
                text = text.rstrip("0").rstrip(point)
            return text
        return self.locale.toString(float(value), "f", decimals)

    def day(self, d: date) -> str:
        return self.locale.toString(QDate(d.year, d.month, d.day),
                                    QCoreApplication.translate("LocaleFormats", "d MMM yyyy"))

    def day_month(self, d: date) -> str:
        return self.locale.toString(QDate(d.year, d.month, d.day),
                                    QCoreApplication.translate("LocaleFormats", "d MMM"))

    def month(self, d: date, year: bool = False) -> str:
        return self.locale.toString(QDate(d.year, d.month, d.day), "MMM yyyy" if year else "MMM")

    def weekday_day(self, d: date) -> str:
        return self.locale.toString(QDate(d.year, d.month, d.day),
                                    QCoreApplication.translate("LocaleFormats", "ddd d MMM yyyy"))

    def weekday_name(self, weekday: int) -> str:
        return self.locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def window_wording(locale: QLocale | None = None) -> Wording:
    return Wording(_translate, LocaleFormats(locale))
