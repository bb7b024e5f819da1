"""A lab value as printed on the report: '7.6', '<10', '>1476' — its qualifier and its number."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# What labs print in front of a value beyond the assay's limit; stored as typed, read as one of
# these. "≤" and "≥" are kept apart from "<" and ">": "<10" excludes 10, "≤10" does not.
_QUALIFIERS = {"<": "<", "<=": "≤", "≤": "≤", ">": ">", ">=": "≥", "≥": "≥"}
_LEADING = re.compile(r"^\s*(<=|>=|[<>≤≥])\s*")


@dataclass(frozen=True)
class Printed:
    """`qualifier` is "" for a plain value, else one of < ≤ > ≥; `number` is the text after it."""

    qualifier: str
    number: str

    @property
    def below_limit(self) -> bool:
        return self.qualifier in ("<", "≤")

    @property
    def above_limit(self) -> bool:
        return self.qualifier in (">", "≥")


def split_printed(text: str) -> Printed:
    """'<10' -> ('<', '10'); ' 7.6 ' -> ('', '7.6'). The number is not read here: the window
    reads it in the user's locale, the command line with a point for decimals."""
    m = _LEADING.match(text)
    if m is None:
        return Printed("", text.strip())
    return Printed(_QUALIFIERS[m.group(1)], text[m.end():].strip())


_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def in_number_style(text: str, value: float | None, point: str, group: str) -> str:
    """A printed value as a reader who writes `point` for decimals reads it: '2.38' -> '2,38'
    for a German reader, '<7,5' -> '<7.5' for an English one. The figures, the qualifier and
    anything else the report printed stay; only the separators follow the reader. The stored
    value decides a separator with three figures after it ('1,476' is 1476 when 1476 was stored,
    1.476 when 1.476 was); a unit after the number ('2.38 mmol/L') stays; text that is not a
    number ('negative') is shown as it is."""
    qualifier = _LEADING.match(text)
    lead = text[:qualifier.end()] if qualifier else ""
    body = text[len(lead):]
    m = _NUMBER.match(body.lstrip())
    if m is None or not any(sep in m.group(0) for sep in ".,") \
            or body.lstrip()[m.end():m.end() + 1].isalnum():
        return text
    number = m.group(0)
    last = max(number.rfind("."), number.rfind(","))
    whole, fraction = number[:last], number[last + 1:]
    if re.fullmatch(r"\d+|\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", whole) is None \
            or number[last] in whole:
        return text  # not one number a lab prints ('12.5.2026'): shown as it is
    digits = re.sub(r"[.,]", "", whole)
    as_decimal = float(f"{digits}.{fraction}")
    decimal = value is None or math.isclose(as_decimal, value, rel_tol=1e-9, abs_tol=1e-12)
    if not decimal and not math.isclose(float(digits + fraction), value or 0.0, rel_tol=1e-9):
        return text  # the stored value fits neither reading: leave the report's text alone
    if decimal:
        shown = re.sub(r"[.,]", group, whole) + point + fraction
    else:
        shown = re.sub(r"[.,]", group, number)
    start = body.find(number)
    return lead + body[:start] + shown + body[start + len(number):]


def qualifier_of(printed: str | None) -> str:
    """The qualifier of a stored value text ('' for '7.6' or nothing stored)."""
    return split_printed(printed or "").qualifier


__all__ = ["Printed", "in_number_style", "qualifier_of", "split_printed"]
