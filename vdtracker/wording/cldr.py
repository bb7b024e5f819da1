"""CLDR's month and weekday names, date patterns and plural rules, for each language the app
speaks read from the extract `make translations` writes from Babel (i18n/cldr.json): a command
that prints a date or a count loads none of Babel's locale data (~25 ms, issue 28). A language
the extract does not hold is read from Babel itself, as before."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from babel import Locale

EXTRACT = Path(__file__).resolve().parent.parent / "i18n" / "cldr.json"
SKELETONS = ("yMMMd", "MMMd", "yMMM", "yMMMEd")

# Month and weekday names and date patterns come from CLDR (Babel), so a new language needs a
# catalogue and no code. Where CLDR writes otherwise than this program always has, this table
# keeps the program's way, for every region of the language: CLDR's "en" is American
# ("Feb 3, 2026"); the report, the window and the CLI write the day first, "3 Feb 2026".
# German needs no entry: CLDR's "3. Feb. 2026" is QLocale("de_DE")'s (tests/test_german_wording.py
# compares them month by month).
PATTERNS = {"en": {"yMMMd": "d MMM y", "MMMd": "d MMM", "yMMMEd": "E d MMM y"}}


@cache
def cldr_locale(language: str) -> Locale:
    """Babel's locale for "de", "de_CH", "pl"; English for one CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language or "en")
    except (ValueError, TypeError, UnknownLocaleError):
        return Locale.parse("en")


@dataclass(frozen=True)
class Calendar:
    """What the app writes dates and counts with in one language."""

    months: tuple[str, ...]  # abbreviated, as in a date ("format" context), January first
    days: tuple[str, ...]  # abbreviated, as in a date, Monday first
    patterns: Mapping[str, str]  # CLDR skeleton -> the pattern written (PATTERNS applied)
    plural: Mapping[str, str]  # CLDR's plural rules: category -> condition ("one": "i = 1 …")


def from_babel(language: str) -> Calendar:
    """The calendar of `language` as Babel's CLDR data (and PATTERNS) have it."""
    locale = cldr_locale(language)
    mine = PATTERNS.get(str(locale.language), {})
    return Calendar(
        tuple(str(locale.months["format"]["abbreviated"][m]) for m in range(1, 13)),
        tuple(str(locale.days["format"]["abbreviated"][d]) for d in range(7)),
        {s: mine.get(s) or locale.datetime_skeletons[s].pattern for s in SKELETONS},
        dict(locale.plural_form.rules))


def extract(languages: list[str]) -> str:
    """The extract `make translations` writes: the calendar of each language whose patterns
    `written` can write (another is left to Babel)."""
    held = {}
    for language in languages:
        cal = from_babel(language)
        if all(written(date(2026, 2, 3), p, cal) is not None for p in cal.patterns.values()):
            held[language] = asdict(cal)
    return json.dumps(held, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@cache
def _held() -> dict[str, Any]:
    try:
        found: dict[str, Any] = json.loads(EXTRACT.read_text("utf-8"))
        return found
    except (OSError, ValueError):  # not built (a source checkout before `make translations`)
        return {}


@cache
def calendar(language: str) -> Calendar:
    held = _held().get(language or "en")
    if held is None:
        return from_babel(language)
    return Calendar(tuple(held["months"]), tuple(held["days"]), held["patterns"], held["plural"])


@cache
def plural_rule(language: str) -> Callable[[int], str]:
    """CLDR's plural rule for the language: its category for a count ("one", "other" …)."""
    from babel.plural import PluralRule

    return PluralRule(calendar(language).plural)


_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^'A-Za-z]+")


def written(d: date, pattern: str, cal: Calendar) -> str | None:
    """`d` in a CLDR date pattern of the fields the app's patterns use (day, month, year,
    weekday); None for a pattern with any other field (Babel writes that one)."""
    out = []
    for m in _TOKEN.finditer(pattern):
        token = m.group(0)
        if token.startswith("'"):
            out.append(token[1:-1].replace("''", "'") if len(token) > 2 else "'")
        elif not token[0].isalpha():
            out.append(token)
        elif token in ("d", "dd"):
            out.append(f"{d.day:0{len(token)}d}")
        elif token in ("M", "MM"):
            out.append(f"{d.month:0{len(token)}d}")
        elif token == "MMM":
            out.append(cal.months[d.month - 1])
        elif token == "y":
            out.append(str(d.year))
        elif token in ("E", "EE", "EEE"):
            out.append(cal.days[d.weekday()])
        else:
            return None
    return "".join(out)
