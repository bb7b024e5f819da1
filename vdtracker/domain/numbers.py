"""A number read as the user's language writes it; one that reads two ways is never guessed."""

from __future__ import annotations

import re
from functools import cache

# (thousands group, decimal point) as a language writes numbers: CLDR's (tests/
# test_third_language.py checks this table against it), kept here so English and German are
# read and written without loading Babel; any other language as CLDR writes it
SEPARATORS = {"en": (",", "."), "de": (".", ",")}
# where a region writes them otherwise: Swiss and Liechtenstein German group with an apostrophe
# and put a point before the decimals (1'250.5), so "1.250" reads two ways there
REGIONS = {"de_CH": ("'", "."), "de_LI": ("'", ".")}


class NumberNotRead(ValueError):
    """`typed` is not a number as the language writes numbers; `readings` holds the two values
    it could mean when it reads two ways ("50.000" in English: 50, or 50000 as German writes
    it), else ()."""

    def __init__(self, typed: str, readings: tuple[float, ...] = ()) -> None:
        super().__init__(typed)
        self.typed, self.readings = typed, readings


def separators(language: str) -> tuple[str, str]:
    """(group, point) for a language ("de") or a language and region ("de_CH")."""
    if language in REGIONS:
        return REGIONS[language]
    return SEPARATORS.get(language.split("_")[0]) or _cldr_separators(language)


@cache
def _cldr_separators(language: str) -> tuple[str, str]:
    """CLDR's (Babel's) group and decimal symbols ("pl": a no-break space and a comma); English
    for a language CLDR does not know."""
    from babel import UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        return get_group_symbol(language), get_decimal_symbol(language)
    except (ValueError, TypeError, UnknownLocaleError):
        return SEPARATORS["en"]


def read_number(text: str, language: str) -> float:
    """`text` as `language` writes numbers: its decimal point, its thousands group only in
    whole groups of three ("50,000" in English, "50.000" in German). NumberNotRead for anything
    else, and for a number that reads two ways: the decimal point followed by exactly three
    digits after one to three leading ones, the other language's thousands group."""
    group, point = separators(language)
    typed = text.strip().replace("’", "'")  # a typographic apostrophe is the same group mark
    if group.isspace():  # a plain space for the no-break space a language groups with
        typed = re.sub(r"[ \u00a0\u202f]", group, typed)
    g, p = re.escape(group), re.escape(point)
    if re.fullmatch(rf"[+-]?\d+({p}\d+)?", typed):
        value = float(typed.replace(point, "."))
        two = re.fullmatch(rf"([+-]?)([1-9]\d{{0,2}}){p}(\d{{3}})", typed)
        if two:
            raise NumberNotRead(typed, (value, float(two[1] + two[2] + two[3])))
        return value
    if re.fullmatch(rf"[+-]?[1-9]\d{{0,2}}({g}\d{{3}})+({p}\d+)?", typed):
        return float(typed.replace(group, "").replace(point, "."))
    raise NumberNotRead(typed)


def plain(value: float, language: str) -> str:
    """`value` with every digit it has, no thousands group, the language's decimal point: a
    form that reads one way only (50000, 1,5; 50.1250 for the decimal reading of 50.125)."""
    text = f"{value:.10f}".rstrip("0").rstrip(".").replace(".", separators(language)[1])
    try:
        read_number(text, language)
    except NumberNotRead:
        return text + "0"  # a fourth decimal: no longer a thousands group
    return text


__all__ = ["REGIONS", "SEPARATORS", "NumberNotRead", "plain", "read_number", "separators"]
