"""A typed number that reads two ways ("50.000" in English: 50, or fifty thousand as a German
report writes it) and the question that settles it before anything is saved."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from ..domain.printed import split_printed
from ..wording import arg
from .answers import Question
from .locale_numbers import exact_number, format_number, parse_number, shown_in


def readings(text: str, locale: QLocale) -> tuple[float, ...]:
    """Every value `text` can mean: () for nothing typed, one value, or two when the locale's
    decimal point is followed by exactly three digits after one to three leading ones ("50.000"
    in English, "50,000" in German): the other reading takes it as a thousands group.
    Raises ValueError for text that is not a number in the locale at all."""
    value = parse_number(text, locale)
    if value is None:
        return ()
    point = locale.decimalPoint()
    if point == locale.groupSeparator():
        return (value,)
    m = re.fullmatch(r"\s*([1-9]\d{0,2})" + re.escape(point) + r"(\d{3})\s*", text)
    if m is None:
        return (value,)
    return value, float(m.group(1) + m.group(2))


def two_ways(text: str, locale: QLocale) -> tuple[float, float] | None:
    """The two readings of a number typed in a field (after any "<" or ">"), or None."""
    try:
        found = readings(split_printed(text).number, locale)
    except ValueError:
        return None
    return (found[0], found[1]) if len(found) == 2 else None


def settle(edit: QLineEdit, unit: str, parent: QWidget | None) -> bool:
    """Ask which reading was meant when `edit` holds a number that reads two ways, and write
    the answer back unmistakably ("50,000"); False when the user wants to check first."""
    locale = edit.locale()
    both = two_ways(edit.text(), locale)
    if both is None:
        return True
    shown = shown_in(locale)
    printed = split_printed(edit.text())
    # the decimal reading with every digit typed (1.125 stays 1.125); the other one grouped
    texts = [exact_number(both[0], shown), format_number(both[1], shown)]

    box = Question(parent, "check")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("NumberReadings", "Which number did you mean?"))
    box.setText(arg(QCoreApplication.translate(
        "NumberReadings", "“%1” can be read two ways. Which one is on the prescription or the "
        "report?"), edit.text().strip()))
    for i, t in enumerate(texts):
        box.add(str(i), f"{t} {unit}".strip(), QMessageBox.ButtonRole.AcceptRole)
    # Enter never picks a reading by itself
    box.setDefaultButton(box.add("check", QCoreApplication.translate(
        "NumberReadings", "Let me check"), QMessageBox.ButtonRole.RejectRole))
    answer = box.ask()
    box.deleteLater()
    if answer == "check":
        return False
    chosen = texts[int(answer)]
    edit.setText(printed.qualifier + chosen)
    return True


__all__ = ["readings", "settle", "two_ways"]
