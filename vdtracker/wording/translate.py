"""Qt-style translation without Qt: %1 arguments, %n plurals, catalogues built from .ts files."""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

# (context, source text, disambiguation, n) -> the text in the user's language, %n replaced.
# The window passes QCoreApplication.translate; the CLI a catalogue built from the same .ts.
Translate = Callable[[str, str, "str | None", int], str]

CATALOGUES = Path(__file__).resolve().parent.parent / "i18n"
_ARG = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """Replace %1..%9 with the values, as QString.arg does (translators may reorder them)."""
    return _ARG.sub(lambda m: str(values[int(m.group(1)) - 1])
                    if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def _numerus(text: str, n: int) -> str:
    """%n filled in; an English source's "(s)" follows n, so "1 dose(s)" never shows."""
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def english_translate(context: str, text: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
    """The source texts, with their "(s)" plurals resolved."""
    return _numerus(text, n)


# CLDR's plural categories in CLDR's order, which is the order of a .ts file's numerus forms
# (Qt: German and English "one, other"; Polish "one, few, many"; Czech "one, few, other")
CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def _plural_rule(language: str) -> Callable[[int], str]:
    """CLDR's plural rule for the language (wording.cldr); English's for a language CLDR does
    not know."""
    from .cldr import plural_rule

    return plural_rule(language)


@cache
def plural_forms(language: str) -> tuple[str, ...]:
    """The plural categories a count takes in `language`: the numerus forms its catalogue
    holds, in this order. (A category only fractions take, Czech "many", or only a million,
    French "many", is no form of the catalogue: Qt counts whole numbers.)"""
    rule = _plural_rule(language)
    taken = {rule(n) for n in range(1000)}
    return tuple(c for c in CATEGORIES if c in taken)


def plural_index(language: str, n: int) -> int:
    """The numerus form for n, by CLDR's plural rule for the language: English and German have
    one form for 1 and one for the rest; Polish one for 1, one for 2-4, 22-24 …, one for 5-21 …"""
    forms = plural_forms(language)
    category = _plural_rule(language)(n)
    return forms.index(category) if category in forms else len(forms) - 1


def catalogue_translate(language: str, folder: Path = CATALOGUES) -> Translate:
    """A translator over vdtracker_<language>.json (made by `make translations` from the .ts)."""
    path = folder / f"vdtracker_{language}.json"
    try:
        table: Mapping[str, Mapping[str, list[str]]] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        if language != "en":
            log.warning("no translation catalogue at %s; using English", path)
        table = {}

    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        forms = table.get(context, {}).get(text)
        if not forms:
            return _numerus(text, n)
        form = forms[min(plural_index(language, n), len(forms) - 1)] if n >= 0 else forms[0]
        return form.replace("%n", str(n)) if form and n >= 0 else (form or _numerus(text, n))

    return translate


def system_locale(environ: Mapping[str, str] = os.environ) -> str:
    """The user's language and region ("de_CH", "en_US"; "en" for C/POSIX): how they write
    numbers on the command line."""
    for key in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = environ.get(key)
        if value:
            name = value.split(":")[0].split(".")[0].split("@")[0]
            lang, _, region = name.partition("_")
            if lang.lower() in ("c", "posix"):
                return "en"
            return f"{lang.lower()}_{region.upper()}" if region else lang.lower()
    return system_language(environ)


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The user's language for the CLI, as gettext reads it (LC_ALL, LC_MESSAGES, LANG)."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(key)
        if value:
            lang = value.split(":")[0].split(".")[0].split("_")[0].lower()
            return "en" if lang in ("c", "posix") else lang
    return "en"
