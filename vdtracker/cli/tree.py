"""The argparse tree for `vdtracker` (../shared/CLI.md), every help in the user's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import __version__
from ..domain.schedule import PHASES
from ..wording.base import Words
from ..wording.formats import Formats
from ..wording.translate import (
    Translate,
    arg,
    catalogue_translate,
    system_language,
    system_locale,
)
from .completion import SHELLS, PrintCompletion
from .help_text import HelpText, Where, formatter, here, one_of
from .parser import NOT_YET, Parser, clock, iso_date, number, whole
from .tree_commands import MoreCommands

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[Parser]


# The part of the tree that adds each command: a run of one command builds its part alone
# (cli.parser.part_for), the window's start none of them (TOP); `--help`, the man page and the
# completion script build them all.
PARTS = {"log": "log", "regimen": "regimen", "dose": "dose", "supply": "supply", "lab": "lab",
         "recheck": "lab", "alerts": "reading", "settings": "reading", "report": "reading",
         "export": "data", "backup": "data", "restore": "data", "import": "data",
         "demo": "demo", **{name: "not-yet" for name in NOT_YET}}
TOP = "top"  # the top level's options alone


def build(translate: Translate | None = None, where: Where | None = None,
          part: str | None = None) -> Parser:
    """The whole tree (`part`: one part of it, see PARTS, or TOP), its help in the language of
    `translate` (default: the user's locale's catalogue, as the CLI's sentences); `where`: the
    paths the epilog names (default: this user's, now)."""
    language = system_language()
    if translate is None:
        translate = catalogue_translate(language)
    return CommandLine(translate, Formats(language, system_locale())).build(where, part)


class CommandLine(Words):
    """The commands, their options and what each help says (pyside6-lupdate extracts every
    `self.tr` literal here under "CommandLine")."""

    def __init__(self, translate: Translate, formats: Formats) -> None:
        super().__init__(translate, formats)
        self.frame = HelpText(translate, formats)
        self.format = formatter(self.frame)
        self.more = MoreCommands(translate, formats, self)

    def build(self, where: Where | None = None, part: str | None = None) -> Parser:
        """The tree, or one part of it (see PARTS); the top level's epilog (the paths `where`
        names, default: this user's now) only in the whole tree: only its help shows it."""
        epilog = self.frame.epilog(where or here()) if part is None else None
        p = Parser(prog="vdtracker", formatter_class=self.format, epilog=epilog,
                   description=self.tr("VD Tracker: a private diary for vitamin D and B12 "
                                       "courses, labs and symptoms. With no command it opens "
                                       "the window; each command below reads or changes the "
                                       "same diary. `vdtracker COMMAND --help` says more."))
        p.add_argument("--version", action="version", version=f"vdtracker {__version__}",
                       help=self.tr("print the version (vdtracker X.Y.Z) and exit"))
        p.add_argument("--data-dir", metavar="DIR", help=self.data_dir())
        p.add_argument("--minimized", action="store_true",
                       help=self.tr("start in the system tray, window hidden (used at login)"))
        p.add_argument("--forget-login", action="store_true", help=self.tr(
            "remove the login entry, so VD Tracker no longer starts at login, and exit"))
        p.add_argument("--print-completion", action=PrintCompletion, choices=SHELLS,
                       metavar="SHELL", help=self.tr(
                           "print the completion script for the shell SHELL (bash or zsh) and "
                           "exit; e.g. in ~/.bashrc: eval \"$(vdtracker --print-completion "
                           "bash)\""))
        sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser,
                               help=self.tr("what to do (with none: open the window)"))
        common = self.common()
        parts: dict[str, Callable[[Sub, Parser], None]] = {
            "log": self.log, "regimen": self.regimen, "dose": self.more.dose,
            "supply": self.more.supply, "lab": self.more.lab, "reading": self.more.reading,
            "data": self.more.data, "demo": self.demo, "not-yet": self.not_yet}
        for name, add in parts.items():
            if part is None or part == name:
                add(sub, common)
        self.finish(p)
        return p

    def demo(self, sub: Sub, common: Parser) -> None:
        self.command(sub, "demo", self.tr("open the window on a throw-away demo history"),
                     self.tr("Opens the window on a separate copy of a demo history (a loading "
                             "phase, a lapsed maintenance phase, labs, symptoms) that is "
                             "thrown away when the window closes; your own data is never "
                             "opened."))

    def not_yet(self, sub: Sub, common: Parser) -> None:
        for name in NOT_YET:
            self.command(sub, name, self.tr("not available yet"),
                         self.tr("Not available yet in this version."))

    def finish(self, p: argparse.ArgumentParser) -> None:
        """Every parser of the tree: argparse's own words in the user's language, and a '%' in
        a help taken as itself (argparse reads '%(default)s' there)."""
        p._positionals.title = self.frame.positionals()
        p._optionals.title = self.frame.optionals()
        for action in p._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = self.frame.show_help()
            if action.help:
                action.help = action.help.replace("%", "%%")
            if isinstance(action, argparse._SubParsersAction):
                for pseudo in action._choices_actions:
                    pseudo.help = (pseudo.help or "").replace("%", "%%")
                for child in dict.fromkeys(action.choices.values()):
                    self.finish(child)

    def common(self) -> Parser:
        """--data-dir and --as-of, on every command that opens the diary."""
        common = Parser(add_help=False)
        common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                            help=self.data_dir())
        common.add_argument("--as-of", type=iso_date, metavar="DATE", help=self.tr(
            "compute as if today were DATE, YYYY-MM-DD (nothing is saved for days after it)"))
        return common

    def data_dir(self) -> str:
        return self.tr("the data folder to use, created if missing (default: "
                       "$VDTRACKER_DATA_DIR, else your user data folder: see `vdtracker "
                       "--help`)")

    def log(self, sub: Sub, common: Parser) -> None:
        from ..domain.day_entry import SIDES  # here: a run of another command never loads it

        log = self.group(sub, "log", self.tr("log a symptom: pain, cramps or spasm"),
                         self.tr("Logs a symptom in the diary: a pain rating, the night's leg "
                                 "cramps, or muscle spasm episodes."))
        pain = self.command(log, "pain", self.tr("a pain rating, 0 to 10"), self.tr(
            "Logs a pain rating on the 0-10 visual analogue scale (0: no pain, 10: the worst "
            "imaginable), e.g. `vdtracker log pain 6.5 --region neck`."), common)
        pain.add_argument("vas", type=number, metavar="VAS", help=self.tr(
            "the rating, 0 to 10, one decimal allowed (e.g. 6.5; as your language writes "
            "numbers)"))
        self.when(pain)
        pain.add_argument("--region", metavar="TEXT",
                          help=self.tr("where it hurts, in your words (e.g. neck)"))
        pain.add_argument("--note", metavar="TEXT", help=self.note())
        cramp = self.command(log, "cramp", self.tr("night-time leg cramps"), self.tr(
            "Logs the leg cramps of one night (the night that starts on --date), or with --day "
            "a daytime cramp, e.g. `vdtracker log cramp --count 3 --severity 7 --duration 4 "
            "--sleep 6 --side left`."), common)
        cramp.add_argument("--date", type=iso_date, metavar="DATE", help=self.frame.default(
            self.tr("the night that starts on DATE, YYYY-MM-DD"), self.tr("tonight")))
        cramp.add_argument("--count", type=whole, default=1, metavar="N", help=self.count())
        cramp.add_argument("--severity", type=number, metavar="0-10", help=self.severity())
        cramp.add_argument("--duration", type=number, metavar="MIN",
                           help=self.tr("how long the longest one lasted, in minutes"))
        cramp.add_argument("--sleep", type=number, metavar="0-10", help=self.tr(
            "how much they disturbed your sleep, 0 (not at all) to 10"))
        cramp.add_argument("--region", metavar="TEXT",
                           help=self.tr("where, in your words (e.g. calf)"))
        cramp.add_argument("--side", metavar="SIDE", help=arg(self.tr("which leg: %1"),
                                                              one_of(SIDES)))
        cramp.add_argument("--day", action="store_true",
                           help=self.tr("a daytime cramp, not a night-time one"))
        cramp.add_argument("--note", metavar="TEXT", help=self.note())
        spasm = self.command(log, "spasm", self.tr("muscle spasm episodes"), self.tr(
            "Logs muscle spasm episodes in any region (neck, back, legs, face …), e.g. "
            "`vdtracker log spasm --region face --count 5 --severity 4`."), common)
        self.when(spasm)
        spasm.add_argument("--count", type=whole, default=1, metavar="N", help=self.count())
        spasm.add_argument("--severity", type=number, metavar="0-10", help=self.severity())
        spasm.add_argument("--region", metavar="TEXT",
                           help=self.tr("where, in your words (e.g. face)"))
        spasm.add_argument("--duration", type=number, metavar="MIN",
                           help=self.tr("how long the longest one lasted, in minutes"))
        spasm.add_argument("--note", metavar="TEXT", help=self.note())

    def when(self, p: argparse.ArgumentParser) -> None:
        p.add_argument("--date", type=iso_date, metavar="DATE", help=self.frame.default(
            self.tr("the day, YYYY-MM-DD"), self.tr("today")))
        p.add_argument("--time", type=clock, metavar="HH:MM", help=self.tr(
            "the time of day, 24-hour (default: now, when neither --date nor --as-of is given; "
            "else no time)"))

    def note(self) -> str:
        return self.tr("a note in your own words")

    def count(self) -> str:
        return self.frame.default(self.tr("how many, a whole number from 1 to 200"), "1")

    def severity(self) -> str:
        return self.tr("how bad the worst one was, 0 to 10")

    def regimen(self, sub: Sub, common: Parser) -> None:
        reg = self.group(sub, "regimen", self.tr("the schedules your clinician prescribed"),
                         self.tr("Saves, lists, moves, stops and deletes the schedules your "
                                 "clinician prescribed; each has an id shown by `vdtracker "
                                 "regimen list`."))
        add = self.command(reg, "add", self.tr("a schedule as the prescription says"), self.tr(
            "Saves a schedule as the prescription says, e.g. `vdtracker regimen add "
            "--supplement \"Vitamin D3\" --dose 50000 --unit IU --every 7 --start 2025-01-05 "
            "--weeks 12 --phase loading`. The app never suggests a dose: type the one on your "
            "prescription."), common)
        add.add_argument("--supplement", required=True, metavar="NAME",
                         help=self.tr("the supplement's name, e.g. \"Vitamin D3\""))
        add.add_argument("--dose", type=number, required=True, metavar="AMOUNT",
                         help=self.tr("the amount of one dose, in --unit (e.g. 50000)"))
        add.add_argument("--unit", required=True, metavar="UNIT",
                         help=self.tr("the dose's unit: IU, mcg or mg"))
        rule = add.add_mutually_exclusive_group(required=True)
        rule.add_argument("--every", type=whole, metavar="DAYS", help=self.tr(
            "a dose every DAYS days from --start (1: daily; 7: weekly, on the start date's "
            "weekday)"))
        rule.add_argument("--weekdays", metavar="mon,thu", help=self.weekdays())
        add.add_argument("--start", type=iso_date, required=True, metavar="DATE",
                         help=self.tr("the first day, YYYY-MM-DD"))
        span = add.add_mutually_exclusive_group()
        span.add_argument("--weeks", type=whole, metavar="N",
                          help=self.tr("how many weeks it runs (default: until stopped)"))
        span.add_argument("--end", type=iso_date, metavar="DATE",
                          help=self.tr("the last day, YYYY-MM-DD (default: until stopped)"))
        add.add_argument("--phase", default="ongoing", metavar="PHASE", help=self.frame.default(
            arg(self.tr("the course's phase: %1"), one_of(PHASES)), "ongoing"))
        add.add_argument("--note", metavar="TEXT", help=self.note())
        add.add_argument("--remind", type=clock, metavar="HH:MM",
                         help=self.tr("the time of day to be reminded of each dose"))
        add.add_argument("--confirm", action="store_true", help=self.tr(
            "save an unusually large amount that is what the prescription says"))
        lst = self.command(reg, "list", self.tr("the saved schedules"), self.tr(
            "Lists the saved schedules: id, status, phase, what, when and the amount per day "
            "on average."), common)
        lst.add_argument("--json", action="store_true", help=self.json())
        mv = self.command(reg, "move", self.tr(
            "after a late dose on DATE: the rest of the schedule from that day (due dates up to "
            "it unchanged)"), self.tr(
            "Your choice after a late dose: the dose logged on DATE still counts for the due "
            "date it was late for; after DATE an every-N-days schedule counts from DATE "
            "(weekly: DATE + 7, on DATE's weekday), a weekdays schedule takes the new "
            "weekdays. Due dates up to DATE are unchanged."), common)
        mv.add_argument("id", type=whole, metavar="ID", help=self.schedule_id())
        mv.add_argument("--from", dest="day", type=iso_date, required=True, metavar="DATE",
                        help=self.tr("the day of the late dose, YYYY-MM-DD"))
        mv.add_argument("--weekdays", metavar="mon,thu", help=self.tr(
            "the new weekdays of a weekdays schedule, e.g. mon,thu"))
        rm = self.command(reg, "delete", self.tr(
            "a schedule entered by mistake (its logged doses stay); the later half of a moved "
            "schedule: the move is undone"), self.tr(
            "Deletes schedules entered by mistake, all or none; their logged doses stay in the "
            "diary. Deleting the later half of a moved schedule undoes the move; the first "
            "half alone is refused (delete the later half first)."), common)
        rm.add_argument("ids", type=whole, nargs="+", metavar="ID",
                        help=self.tr("the id of each schedule to delete (`vdtracker regimen "
                                     "list`)"))
        self.more.regimen_ends(reg, common)

    def weekdays(self) -> str:
        return self.tr("the weekdays of each dose, comma-separated: mon, tue, wed, thu, fri, "
                       "sat, sun (e.g. mon,thu)")

    def schedule_id(self) -> str:
        return self.tr("the schedule's id, as `vdtracker regimen list` shows it")

    def json(self) -> str:
        return self.tr("print JSON (for scripts) instead of lines of text")

    def group(self, sub: Sub, name: str, help: str, description: str) -> Sub:
        """A command whose commands follow (`log pain`), the second word required."""
        return self.command(sub, name, help, description).add_subparsers(
            dest="what", metavar="WHAT", required=True, parser_class=Parser,
            help=self.tr("one of these:"))

    def command(self, sub: Sub, name: str, help: str, description: str,
                common: Parser | None = None) -> Parser:
        parser: Parser = sub.add_parser(
            name, help=help, description=description, formatter_class=self.format,
            parents=[common] if common is not None else [])
        return parser

