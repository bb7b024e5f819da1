"""The rest of the argparse tree: ending schedules, doses, supplies, labs, reading, your data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.breaks import WHY
from ..domain.personal import PAPERS
from ..domain.units import ANALYTES
from ..wording.base import Words
from ..wording.formats import Formats
from ..wording.translate import Translate, arg
from .help_text import one_of
from .parser import Parser, iso_date, number, whole

if TYPE_CHECKING:
    from .tree import CommandLine, Sub


class MoreCommands(Words):
    """What their helps say (pyside6-lupdate extracts each `self.tr` literal under
    "MoreCommands"); the helps the two modules share are CommandLine's."""

    def __init__(self, translate: Translate, formats: Formats, line: CommandLine) -> None:
        super().__init__(translate, formats)
        self.line = line

    def regimen_ends(self, reg: Sub, common: Parser) -> None:
        line = self.line
        why = arg(self.tr("why: %1"), one_of(WHY))
        stop = line.command(reg, "stop", self.tr("end a schedule early"), self.tr(
            "Ends a schedule early, on --date; the reason is shown on the summary, e.g. "
            "`vdtracker regimen stop 3 --why side-effects`."), common)
        stop.add_argument("id", type=whole, metavar="ID", help=line.schedule_id())
        stop.add_argument("--date", type=iso_date, metavar="DATE", help=line.frame.default(
            self.tr("the last day of the schedule, YYYY-MM-DD"), self.tr("today")))
        stop.add_argument("--why", metavar="WHY",
                          help=arg(self.tr("%1 (shown on the summary)"), why))
        stop.add_argument("--note", metavar="TEXT",
                          help=self.tr("your own words on why you stopped"))
        paused = line.command(reg, "stopped-taking", self.tr(
            "you did not take this schedule from one day to another"), self.tr(
            "Says you did not take a schedule from --from to --to: every open due date in "
            "that time is settled as not taken, in one step, and the gap stays in the story "
            "(chart, summary, alerts)."), common)
        paused.add_argument("id", type=whole, metavar="ID", help=line.schedule_id())
        paused.add_argument("--from", dest="first", type=iso_date, required=True,
                            metavar="DATE", help=self.tr("the first day you did not take it"))
        paused.add_argument("--to", dest="last", type=iso_date, metavar="DATE",
                            help=line.frame.default(self.tr("the last day you did not take it"),
                                                    self.tr("today")))
        paused.add_argument("--why", metavar="WHY", help=why)
        paused.add_argument("--note", metavar="TEXT", help=line.note())
        none = line.command(reg, "no-maintenance", self.tr(
            "your clinician prescribed no maintenance after this course"), self.tr(
            "Records that your clinician prescribed no maintenance after this course, so no "
            "alert asks about one."), common)
        none.add_argument("id", type=whole, metavar="ID", help=line.schedule_id())
        none.add_argument("--date", type=iso_date, metavar="DATE", help=line.frame.default(
            self.tr("the day your clinician said so, YYYY-MM-DD"), self.tr("today")))
        none.add_argument("--note", metavar="TEXT", help=line.note())

    def dose(self, sub: Sub, common: Parser) -> None:
        line = self.line
        dose = line.command(sub, "dose", self.tr("record a dose taken (or skipped)"), self.tr(
            "Records a dose taken: by default today, now, the amount of the schedule active "
            "then, e.g. `vdtracker dose --supplement \"Vitamin D3\"`; with --skipped a due dose "
            "you chose to skip."), common)
        dose.add_argument("--supplement", required=True, metavar="NAME", help=self.tr(
            "the supplement's name, as on its schedule"))
        line.when(dose)
        dose.add_argument("--amount", type=number, metavar="AMOUNT", help=self.tr(
            "the amount taken, with --unit (default: the active schedule's dose)"))
        dose.add_argument("--unit", metavar="UNIT",
                          help=self.tr("the unit of --amount: IU, mcg or mg"))
        dose.add_argument("--skipped", action="store_true",
                          help=self.tr("record that a due dose was skipped"))
        dose.add_argument("--confirm", action="store_true", help=self.tr(
            "save an amount the typo check asks about, when it is what you took"))

    def supply(self, sub: Sub, common: Parser) -> None:
        """`supply set|add|list`: what is in the cupboard, packs bought, how far it goes."""
        from ..domain.supplies import FORMS  # here: a run of another command never loads it

        line = self.line
        supply = line.group(sub, "supply", self.tr("what you have of a supplement"), self.tr(
            "What you have of each supplement, packs you buy, and the day it runs out at your "
            "saved schedules."))
        sset = line.command(supply, "set", self.tr(
            "what you have now (with --as-of D: at the start of D)"), self.tr(
            "Counts what you have now, e.g. `vdtracker supply set \"Vitamin D3\" 12 --form "
            "capsule --holds 50000 IU`; doses logged after it are taken off."), common)
        sset.add_argument("name", metavar="NAME", help=self.supplement())
        sset.add_argument("count", type=number, metavar="COUNT", help=self.tr(
            "how many units you have (whole units; tablets may be halves, ml any amount)"))
        sset.add_argument("--form", choices=FORMS, metavar="FORM", help=line.frame.default(
            arg(self.tr("what you count: %1"), one_of(FORMS)), self.tr("as before, or tablet")))
        sset.add_argument("--holds", nargs=2, metavar=("AMOUNT", "UNIT"),
                          help=self.tr("what one unit holds, e.g. 50000 IU"))
        sadd = line.command(supply, "add", self.tr("a pack bought: COUNT more units"),
                            self.tr("Adds a pack you bought: COUNT more units of what you "
                                    "counted with `supply set`."), common)
        sadd.add_argument("name", metavar="NAME", help=self.supplement())
        sadd.add_argument("count", type=number, metavar="COUNT",
                          help=self.tr("how many units the pack holds"))
        slist = line.command(supply, "list", self.tr(
            "units left and the day they run out at your schedules"), self.tr(
            "Lists each supplement's units left and the day they run out at your saved "
            "schedules (with --as-of D: as on D)."), common)
        slist.add_argument("--json", action="store_true", help=line.json())

    def supplement(self) -> str:
        return self.tr("the supplement's name, e.g. \"Vitamin D3\"")

    def lab(self, sub: Sub, common: Parser) -> None:
        line = self.line
        analytes = one_of(ANALYTES)
        lab = line.group(sub, "lab", self.tr("lab results"), self.tr(
            "Lab results as printed on the lab's report."))
        ladd = line.command(lab, "add", self.tr("a result as printed on the report"), self.tr(
            "Saves a lab result as printed on the report, e.g. `vdtracker lab add vitamin-d 19 "
            "nmol/L --date 2025-01-02 --low 50 --high 125`. Units: vitamin D ng/mL or nmol/L; "
            "B12 pmol/L or pg/mL; PTH ng/L, pg/mL or pmol/L."), common)
        ladd.add_argument("analyte", metavar="ANALYTE",
                          help=arg(self.tr("what was measured: %1"), analytes))
        ladd.add_argument("value", metavar="VALUE", help=self.tr(
            "the value as printed, e.g. 19 or \"<10\" (in your language's numbers)"))
        ladd.add_argument("unit", metavar="UNIT",
                          help=self.tr("the unit as printed, e.g. nmol/L"))
        ladd.add_argument("--date", type=iso_date, metavar="DATE", help=line.frame.default(
            self.tr("the day the sample was taken, YYYY-MM-DD"), self.tr("today")))
        ladd.add_argument("--low", type=number, metavar="X",
                          help=self.tr("the low end of the range printed on the report"))
        ladd.add_argument("--high", type=number, metavar="Y",
                          help=self.tr("the high end of the range printed on the report"))
        ladd.add_argument("--lab", metavar="TEXT", help=self.tr("the lab's name"))
        ladd.add_argument("--note", metavar="TEXT", help=line.note())
        ladd.add_argument("--confirm", action="store_true",
                          help=self.tr("save a value or range the typo check asks about"))
        rc = line.command(sub, "recheck", self.tr("the retest date your clinician set"),
                          self.tr("Saves the retest date your clinician set; an alert says "
                                  "when it is due, e.g. `vdtracker recheck 2025-04-20`."), common)
        rc.add_argument("due", type=iso_date, metavar="DATE",
                        help=self.tr("the day of the retest, YYYY-MM-DD"))
        rc.add_argument("--analyte", default="vitamin-d", metavar="ANALYTE",
                        help=line.frame.default(arg(self.tr("what is retested: %1"), analytes),
                                                "vitamin-d"))

    def reading(self, sub: Sub, common: Parser) -> None:
        from ..domain.ranges import PROFILES  # here: a run of another command never loads it

        line = self.line
        al = line.command(sub, "alerts", self.tr("what needs attention"), self.tr(
            "Prints the warnings in force today (or on --as-of): doses due or missed, a "
            "lapsed maintenance phase, a retest due, lab values outside their range, symptoms "
            "back, supplies running low."), common)
        al.add_argument("--json", action="store_true", help=self.tr(
            "print a JSON list of objects with kind, severity, date and message"))
        al.add_argument("--profile", metavar="PROFILE", help=line.frame.default(arg(self.tr(
            "flag labs by the report's range (lab) or a guideline: %1"), one_of(PROFILES)),
            "lab"))
        st = line.command(sub, "settings", self.tr("show or change a setting"), self.tr(
            "With no KEY: every setting, its value and what it may be. With KEY: its value. "
            "With KEY VALUE: saves it, e.g. `vdtracker settings profile.vitamin-d "
            "iom2011`."), common)
        st.add_argument("key", nargs="?", metavar="KEY",
                        help=self.tr("the setting, e.g. display.vitamin-d-unit"))
        st.add_argument("value", nargs="?", metavar="VALUE", help=self.tr(
            "its new value, one of those `vdtracker settings` lists (on/off for a switch)"))
        rp = line.command(sub, "report", self.tr(
            "the appointment summary as a PDF (what the window prints)"), self.tr(
            "Writes the appointment summary as a PDF, the same document the window prints; "
            "no display needed, e.g. `vdtracker report --question \"Keep the weekly dose?\" "
            "--out summary.pdf`."), common)
        rp.add_argument("--from", dest="first", type=iso_date, metavar="DATE", help=self.tr(
            "first day (default: the start of the latest course, or a year ago)"))
        rp.add_argument("--to", dest="last", type=iso_date, metavar="DATE",
                        help=self.tr("last day (default: --as-of, or today)"))
        rp.add_argument("--lang", choices=("en", "de"), metavar="LANG", help=self.tr(
            "the summary's language: en or de (default: your language)"))
        rp.add_argument("--paper", choices=PAPERS, metavar="PAPER", help=arg(self.tr(
            "the paper size for this summary: %1 (default: the summary setting; auto: A4, "
            "or Letter where the locale uses it)"), one_of(PAPERS)))
        rp.add_argument("--name", metavar="TEXT",
                        help=self.tr("your name, on the summary (this summary only)"))
        rp.add_argument("--born", type=iso_date, metavar="DATE", help=self.tr(
            "your date of birth, YYYY-MM-DD, on the summary (this summary only)"))
        rp.add_argument("--question", action="append", metavar="TEXT",
                        help=self.tr("a question for your clinician (give it once per "
                                     "question)"))
        rp.add_argument("--out", required=True, metavar="FILE.pdf",
                        help=self.tr("the PDF file to write (an earlier PDF there is "
                                     "replaced, never another kind of file)"))

    def data(self, sub: Sub, common: Parser) -> None:
        line = self.line
        ex = line.command(sub, "export", self.tr("write your data to a file"), self.tr(
            "Writes everything to PATH: json losslessly (import reads it back), csv one file "
            "per record type in the folder PATH, fhir a FHIR R4 Bundle, ics the saved "
            "schedules as recurring calendar events with alarms."), common)
        ex.add_argument("--format", required=True, choices=("json", "csv", "fhir", "ics"),
                        metavar="FORMAT", help=self.tr("json, csv, fhir or ics"))
        ex.add_argument("--out", required=True, metavar="PATH",
                        help=self.tr("the file to write (csv: the folder)"))
        bk = line.command(sub, "backup", self.tr("a consistent, checked copy of your database"),
                          self.tr("Writes a consistent copy of the database, checked before "
                                  "it is kept; it is never removed by the rotation of the "
                                  "daily backups."), common)
        bk.add_argument("--out", metavar="FILE",
                        help=self.tr("where (default: the backups folder beside the database)"))
        rs = line.command(sub, "restore", self.tr(
            "put a backup back (the current database is set aside first)"), self.tr(
            "Puts a backup back, after checking it; the current database is set aside in the "
            "backups folder first, so restoring that file undoes it."), common)
        rs.add_argument("file", metavar="FILE", help=self.tr("the backup file to put back"))
        im = line.command(sub, "import", self.tr(
            "add the records of a json export (or a csv export folder)"), self.tr(
            "Adds the records of a json export (or a csv export folder), all or nothing; "
            "records already here are skipped."), common)
        im.add_argument("path", metavar="PATH",
                        help=self.tr("the json file, or the csv folder, to read"))
        im.add_argument("--dry-run", action="store_true",
                        help=self.tr("only show what would be added, skipped or refused"))

