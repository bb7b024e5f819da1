"""A lab value as printed on the report: '7.6', '<10', '>1476' — its qualifier and its number."""

from __future__ import annotations

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


def qualifier_of(printed: str | None) -> str:
    """The qualifier of a stored value text ('' for '7.6' or nothing stored)."""
    return split_printed(printed or "").qualifier


__all__ = ["Printed", "qualifier_of", "split_printed"]
