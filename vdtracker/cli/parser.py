"""What the command line reads its words as (dates, numbers); errors are one line, exit 2."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import NoReturn

from ..domain.numbers import NumberNotRead, plain, read_number, separators
from ..wording.translate import system_locale

NOT_YET: tuple[str, ...] = ()


SHOWN = 40  # a value echoed in a message is cut to this many characters
BIGGEST = 1_000_000_000  # no id, count or number of days is larger: nothing reaches SQLite
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHOLE = re.compile(r"^[+-]?\d+$")
# besides -5 and -0.5: -inf and -nan are values too (refused as numbers, not taken for flags)
_NEGATIVE = re.compile(r"^-(\d+|\d*\.\d+|inf|infinity|nan)$", re.IGNORECASE)


def shown(text: str) -> str:
    """A value as typed, cut to SHOWN characters for a message."""
    return text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._negative_number_matcher = _NEGATIVE

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"vdtracker: {message} (see `{self.prog} --help`)\n")
        sys.exit(2)


def iso_date(text: str) -> date:
    """Exactly YYYY-MM-DD, the form CLI.md promises (not 20250101 or 2025-W01-1)."""
    try:
        if not _DATE.match(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{shown(text)!r} is not a date: use YYYY-MM-DD, e.g. 2025-01-31") from None


def clock(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{shown(text)!r} is not a time: use HH:MM, 24-hour") from None


def number(text: str) -> float:
    """A number as the user's language writes it (LANG, CLI.md): in English a point for
    decimals and a comma only in whole groups of three (50,000), in German the other way round
    (1,5 and 50.000). One that reads two ways ("50.000" in English) is refused with both
    readings, never guessed; "1,5" in English is refused, never read as 15."""
    language = system_locale()  # de_CH writes 1'250.5
    group, point = separators(language)
    try:
        value = read_number(text, language)
    except NumberNotRead as err:
        if err.readings:
            first, second = (plain(x, language) for x in err.readings)
            raise argparse.ArgumentTypeError(
                f"{shown(text)!r} reads two ways here, as {first} or as {second}: type the one "
                "you mean that way") from None
        if re.fullmatch(r"\s*[+-]?\d[\d.,]*\s*", text):
            marks = {".": "a point", ",": "a comma", "'": "an apostrophe", "\u00a0": "a space",
                     "\u202f": "a space"}  # another language's: CLDR's (domain/numbers.py)
            raise argparse.ArgumentTypeError(
                f"{shown(text)!r} is not a number here: use {marks.get(point, repr(point))} for "
                f"decimals, e.g. 1{point}5 ({marks.get(group, repr(group))} only between "
                f"thousands, e.g. 50{group}000)") from None
        raise argparse.ArgumentTypeError(
            f"{shown(text)!r} is not a number: use e.g. 7 or 7{point}5") from None
    if abs(value) >= BIGGEST:
        raise argparse.ArgumentTypeError(
            f"{shown(text)!r} is too large: use a number below {BIGGEST:,}")
    return value


def whole(text: str) -> int:
    typed = text.strip()
    if not _WHOLE.match(typed):
        raise argparse.ArgumentTypeError(f"{shown(text)!r} is not a whole number") from None
    if len(typed.lstrip("+-")) > 9:
        raise argparse.ArgumentTypeError(
            f"{shown(text)!r} is too large: use a whole number below {BIGGEST:,}")
    return int(typed)


def build(part: str | None = None) -> Parser:
    """The `vdtracker` tree (`part`: only the part of it a run needs, see part_for), its help
    in the user's language (cli/tree.py)."""
    from .tree import build as tree

    return tree(part=part)


TOP_VALUES = frozenset(("--data-dir",))  # the top level's option with a value
TOP_FLAGS = frozenset(("--minimized", "--forget-login", "--version"))


def command_word(words: Sequence[str]) -> tuple[int, str | None]:
    """Where the command is named in `words` and its name: the first word that is neither an
    option nor a top-level option's value ((len(words), None): no command named)."""
    i = 0
    while i < len(words):
        word = words[i]
        if word in TOP_VALUES:
            i += 2
            continue
        if not word.startswith("-"):
            return i, word
        i += 1
    return i, None


def part_for(words: Sequence[str]) -> str | None:
    """The part of the tree (cli.tree.PARTS) a run with `words` needs: the named command's
    alone, the top level's alone for the window; None, the whole tree, when anything before
    the command is not one of the top level's own options spelled out (its help, the
    completion script, an abbreviation argparse would expand, `--`, a Qt option), or a word
    names no command (argparse then names the commands there are). The answer is the same as
    the whole tree's: only its building is spared (~10 ms of a one-shot command)."""
    from .tree import PARTS, TOP

    at, word = command_word(words)
    if any(w.startswith("-") and w.split("=", 1)[0] not in TOP_VALUES | TOP_FLAGS
           for w in words[:at]):
        return None
    if word is None:
        return TOP
    return PARTS.get(word)


# Qt's own command-line options (QApplication and QGuiApplication), single dash: they are
# handed to Qt untouched. Those in the first set take the next word as their value.
QT_OPTIONS_WITH_VALUE = frozenset((
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
    "-qwindowicon", "-qwindowtitle", "-session", "-style", "-stylesheet", "-display",
    "-geometry", "-title", "-name", "-visual", "-ncols"))
QT_FLAGS = frozenset(("-reverse", "-widgetcount", "-nograb", "-dograb", "-sync", "-cmap",
                      "-qmljsdebugger"))


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(ours, Qt's): `vdtracker -style fusion --data-dir D` -> (["--data-dir", "D"],
    ["-style", "fusion"]). `-style=fusion` is one word; anything after `--` stays ours."""
    ours: list[str] = []
    qt: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            ours.append(word)
            ours.extend(words)
            break
        name = word.split("=", 1)[0]
        if name in QT_OPTIONS_WITH_VALUE:
            qt.append(word)
            if "=" not in word:
                value = next(words, None)
                if value is not None:
                    qt.append(value)
        elif name in QT_FLAGS:
            qt.append(word)
        else:
            ours.append(word)
    return ours, qt
