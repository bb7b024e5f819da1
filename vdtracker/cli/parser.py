"""The argparse tree for `vdtracker` (see ../shared/CLI.md); errors are one line, exit 2."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import NoReturn

from .. import __version__
from ..domain.breaks import WHY
from ..domain.numbers import NumberNotRead, plain, read_number, separators
from ..domain.personal import PAPERS
from ..domain.schedule import PHASES
from ..domain.supplies import FORMS
from ..domain.units import ANALYTES
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
            marks = {".": "a point", ",": "a comma", "'": "an apostrophe"}
            raise argparse.ArgumentTypeError(
                f"{shown(text)!r} is not a number here: use {marks[point]} for decimals, e.g. "
                f"1{point}5 ({marks[group]} only between thousands, e.g. 50{group}000)") from None
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


def build() -> Parser:
    common = Parser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help="the data folder to use (default: your user data folder)")
    common.add_argument("--as-of", type=iso_date, metavar="DATE",
                        help="compute as if today were DATE")
    p = Parser(prog="vdtracker", description="VD Tracker: a private diary for vitamin D and B12 "
               "courses, labs and symptoms. With no command it opens the window.")
    p.add_argument("--version", action="version", version=f"vdtracker {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="the data folder to use")
    p.add_argument("--minimized", action="store_true",
                   help="start in the system tray, window hidden (used at login)")
    p.add_argument("--forget-login", action="store_true",
                   help="remove the login entry, so VD Tracker no longer starts at login, and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    log = sub.add_parser("log", help="log a symptom").add_subparsers(
        dest="what", metavar="WHAT", required=True, parser_class=Parser)
    pain = log.add_parser("pain", parents=[common], help="a pain rating 0-10")
    pain.add_argument("vas", type=number, metavar="VAS", help="0 to 10, one decimal allowed")
    _when(pain)
    pain.add_argument("--region")
    pain.add_argument("--note")
    cramp = log.add_parser("cramp", parents=[common], help="night-time leg cramps")
    cramp.add_argument("--date", type=iso_date, help="the night that starts on this date")
    cramp.add_argument("--count", type=whole, default=1)
    cramp.add_argument("--severity", type=number, help="worst severity 0-10")
    cramp.add_argument("--duration", type=number, metavar="MIN", help="longest one, minutes")
    cramp.add_argument("--sleep", type=number, help="sleep disturbance 0-10")
    cramp.add_argument("--region")
    cramp.add_argument("--side", help="left, right or both")
    cramp.add_argument("--day", action="store_true", help="a daytime cramp")
    cramp.add_argument("--note")
    spasm = log.add_parser("spasm", parents=[common], help="muscle spasm episodes")
    _when(spasm)
    spasm.add_argument("--count", type=whole, default=1)
    spasm.add_argument("--severity", type=number)
    spasm.add_argument("--region")
    spasm.add_argument("--duration", type=number, metavar="MIN")
    spasm.add_argument("--note")

    reg = sub.add_parser("regimen", help="prescribed schedules").add_subparsers(
        dest="what", metavar="WHAT", required=True, parser_class=Parser)
    add = reg.add_parser("add", parents=[common], help="a schedule as the prescription says")
    add.add_argument("--supplement", required=True)
    add.add_argument("--dose", type=number, required=True, metavar="AMOUNT")
    add.add_argument("--unit", required=True, help="IU, mcg or mg")
    rule = add.add_mutually_exclusive_group(required=True)
    rule.add_argument("--every", type=whole, metavar="DAYS")
    rule.add_argument("--weekdays", metavar="mon,thu")
    add.add_argument("--start", type=iso_date, required=True)
    span = add.add_mutually_exclusive_group()
    span.add_argument("--weeks", type=whole)
    span.add_argument("--end", type=iso_date)
    add.add_argument("--phase", default="ongoing", help=" | ".join(PHASES))
    add.add_argument("--note")
    add.add_argument("--remind", type=clock, metavar="HH:MM",
                     help="the time of day to be reminded of each dose")
    add.add_argument("--confirm", action="store_true",
                     help="save an unusually large amount that is what the prescription says")
    lst = reg.add_parser("list", parents=[common], help="saved schedules")
    lst.add_argument("--json", action="store_true")
    mv = reg.add_parser("move", parents=[common],
                        help="after a late dose on DATE: the rest of the schedule from that day "
                             "(due dates up to it unchanged)")
    mv.add_argument("id", type=whole, metavar="ID")
    mv.add_argument("--from", dest="day", type=iso_date, required=True, metavar="DATE",
                    help="the day of the late dose")
    mv.add_argument("--weekdays", help="the new weekdays of a weekdays schedule, e.g. mon,thu")
    rm = reg.add_parser("delete", parents=[common],
                        help="a schedule entered by mistake (its logged doses stay); the later "
                             "half of a moved schedule: the move is undone")
    rm.add_argument("ids", type=whole, nargs="+", metavar="ID")
    stop = reg.add_parser("stop", parents=[common], help="end a schedule early")
    stop.add_argument("id", type=whole, metavar="ID")
    stop.add_argument("--date", type=iso_date)
    stop.add_argument("--why", help=" | ".join(WHY) + " (shown on the summary)")
    stop.add_argument("--note", help="your own words on why you stopped")
    paused = reg.add_parser("stopped-taking", parents=[common],
                            help="you did not take this schedule from one day to another")
    paused.add_argument("id", type=whole, metavar="ID")
    paused.add_argument("--from", dest="first", type=iso_date, required=True, metavar="DATE",
                        help="the first day you did not take it")
    paused.add_argument("--to", dest="last", type=iso_date, metavar="DATE",
                        help="the last day you did not take it (default: today)")
    paused.add_argument("--why", help=" | ".join(WHY))
    paused.add_argument("--note")
    none = reg.add_parser("no-maintenance", parents=[common],
                          help="your clinician prescribed no maintenance after this course")
    none.add_argument("id", type=whole, metavar="ID")
    none.add_argument("--date", type=iso_date, help="the day your clinician said so")
    none.add_argument("--note")

    dose = sub.add_parser("dose", parents=[common], help="record a dose taken")
    dose.add_argument("--supplement", required=True)
    _when(dose)
    dose.add_argument("--amount", type=number)
    dose.add_argument("--unit")
    dose.add_argument("--skipped", action="store_true", help="record that a due dose was skipped")
    dose.add_argument("--confirm", action="store_true")

    _supply(sub, common)

    rc = sub.add_parser("recheck", parents=[common], help="the retest date your clinician set")
    rc.add_argument("due", type=iso_date, metavar="DATE")
    rc.add_argument("--analyte", default="vitamin-d", help=", ".join(ANALYTES))

    lab = sub.add_parser("lab", help="lab results").add_subparsers(
        dest="what", metavar="WHAT", required=True, parser_class=Parser)
    ladd = lab.add_parser("add", parents=[common], help="a result as printed on the report")
    ladd.add_argument("analyte", metavar="ANALYTE", help=", ".join(ANALYTES))
    ladd.add_argument("value", metavar="VALUE")
    ladd.add_argument("unit", metavar="UNIT")
    ladd.add_argument("--date", type=iso_date)
    ladd.add_argument("--low", type=number, help="low end of the report's range")
    ladd.add_argument("--high", type=number, help="high end of the report's range")
    ladd.add_argument("--lab", help="the lab's name")
    ladd.add_argument("--note")
    ladd.add_argument("--confirm", action="store_true",
                      help="save a value or range the typo check asks about")

    al = sub.add_parser("alerts", parents=[common], help="what needs attention")
    al.add_argument("--json", action="store_true")
    al.add_argument("--profile", help="flag labs by: lab (the report's range, default), es2011, "
                                      "iom2011, uknos, who-b12, nice-b12")

    st = sub.add_parser("settings", parents=[common], help="show or change a setting")
    st.add_argument("key", nargs="?")
    st.add_argument("value", nargs="?")

    rp = sub.add_parser("report", parents=[common],
                        help="the appointment summary as a PDF (what the window prints)")
    rp.add_argument("--from", dest="first", type=iso_date, metavar="DATE",
                    help="first day (default: the start of the latest course, or a year ago)")
    rp.add_argument("--to", dest="last", type=iso_date, metavar="DATE",
                    help="last day (default: --as-of, or today)")
    rp.add_argument("--lang", choices=("en", "de"), help="the summary's language")
    rp.add_argument("--paper", choices=PAPERS,
                    help="the paper size for this summary (default: the summary setting, "
                         "auto: A4, or Letter where the locale uses it)")
    rp.add_argument("--name", help="your name, on the summary (this summary only)")
    rp.add_argument("--born", type=iso_date, metavar="DATE",
                    help="your date of birth, on the summary (this summary only)")
    rp.add_argument("--question", action="append", metavar="TEXT",
                    help="a question for your clinician (give it once per question)")
    rp.add_argument("--out", required=True, metavar="FILE.pdf")

    ex = sub.add_parser("export", parents=[common], help="write your data to a file")
    ex.add_argument("--format", required=True, choices=("json", "csv", "fhir", "ics"))
    ex.add_argument("--out", required=True, metavar="PATH")

    bk = sub.add_parser("backup", parents=[common],
                        help="a consistent, checked copy of your database")
    bk.add_argument("--out", metavar="FILE",
                    help="where (default: the backups folder beside the database)")
    rs = sub.add_parser("restore", parents=[common],
                        help="put a backup back (the current database is set aside first)")
    rs.add_argument("file", metavar="FILE")

    im = sub.add_parser("import", parents=[common],
                        help="add the records of a json export (or a csv export folder)")
    im.add_argument("path", metavar="PATH")
    im.add_argument("--dry-run", action="store_true",
                    help="only show what would be added, skipped or refused")

    sub.add_parser("demo", help="open the window on a throw-away demo history")
    for name in NOT_YET:
        sub.add_parser(name, help="not available yet")
    return p


def _supply(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    """`supply set|add|list`: what is in the cupboard, packs bought, how far it goes."""
    supply = sub.add_parser("supply", help="what you have of a supplement").add_subparsers(
        dest="what", metavar="WHAT", required=True, parser_class=Parser)
    sset = supply.add_parser("set", parents=[common],
                             help="what you have now (with --as-of D: at the start of D)")
    sset.add_argument("name", metavar="NAME")
    sset.add_argument("count", type=number, metavar="COUNT")
    sset.add_argument("--form", choices=FORMS, help="what you count (default: as before, or "
                                                     "tablet)")
    sset.add_argument("--holds", nargs=2, metavar=("AMOUNT", "UNIT"),
                      help="what one unit holds, e.g. 50000 IU")
    sadd = supply.add_parser("add", parents=[common], help="a pack bought: COUNT more units")
    sadd.add_argument("name", metavar="NAME")
    sadd.add_argument("count", type=number, metavar="COUNT")
    slist = supply.add_parser("list", parents=[common],
                              help="units left and the day they run out at your schedules")
    slist.add_argument("--json", action="store_true")


def _when(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", type=iso_date)
    p.add_argument("--time", type=clock, metavar="HH:MM")


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
