"""Why a value was refused, in words: the second half of every input error sentence."""

from __future__ import annotations

from ..domain.errors import Reason
from ..domain.schedule import Plan
from ..domain.units import readable
from .base import Common, Words
from .supplies import SupplyWords
from .translate import arg


class ReasonWords(Words):
    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def reason(self, r: Reason) -> str:
        c, p, k = self.c, r.params, r.kind
        simple = {
            "score-range": self.tr("use 0 to 10, one decimal allowed"),
            "score-decimal": self.tr("use 0 to 10 with at most one decimal"),
            "dose-unit": self.tr("use IU, mcg or mg"),
            "dose-positive": self.tr("use a dose above 0"),
            "move-every-days": self.tr("a schedule every so many days moves to the day given: "
                                       "no weekdays needed"),
            "move-weekdays": self.tr("give the new weekdays, like mon,thu"),
            "supply-not-counted": self.tr("count what you have first"),
            "b12-not-iu": self.tr("write B12 doses in mcg or mg, not IU"),
            "number-not-negative": self.tr("use a number of 0 or more"),
            "lab-number": arg(self.tr("use a number as printed on the report, e.g. 19, %1 or "
                                      "<10"), self.formats.number(7.6)),
            "number": self.tr("use a number"),
            "weekday-names": self.tr("use day names like mon,thu"),
            "every-or-weekdays": self.tr("give either how many days apart or which weekdays"),
            "weeks-or-end": self.tr("give either a number of weeks or an end date, not both"),
            "supplement-name": self.tr("give the supplement's name, e.g. \"Vitamin D3\""),
            "schedule-id": self.tr("use the number of a saved schedule"),
            "amount-with-unit": self.tr("give the amount and the unit together"),
            "entry-gone": self.tr("use an entry that still exists"),
            "date-format": self.tr("use a date like 2025-01-31"),
            "nothing-to-save": self.tr("Nothing to save yet: rate your pain or add a cramp or "
                                       "spasm."),
            "note-needs-entry": self.tr("To save a note, rate your pain or add a cramp or spasm."),
        }
        if k in simple:
            return simple[k]
        if k == "date-not-future":
            return arg(self.tr("use a date on or before today (%1)"), c.day(p["today"]))
        if k == "date-not-before":
            return arg(self.tr("use a date on or after %1"), c.day(p["first"]))
        if k == "whole-range":
            return arg(self.tr("use a whole number from %1 to %2"), p["low"], p["high"])
        if k == "minutes-range":
            return arg(self.tr("use minutes from 0 to %1"), c.number(p["high"]))
        if k == "max-chars":
            return self.tr("use at most %n characters", None, int(p["limit"]))
        if k == "one-of":
            return arg(self.tr("use one of %1"), p["choices"])
        if k == "lab-unit":
            return arg(self.tr("for %1 use one of %2"), c.analyte(p["analyte"]), p["units"])
        if k == "range-order":
            return arg(self.tr("make the low end lower than the high end (%1)"),
                       c.number(p["high"]))
        if k == "end-after-start":
            return arg(self.tr("use a date on or after the start (%1)"), c.day(p["start"]))
        if k == "not-a-course":
            return self.tr("use the number of a saved loading course")
        if k == "already-no-maintenance":
            return arg(self.tr("this course already has \"no maintenance prescribed\" (said on "
                               "%1); undo it or delete it in History first"), c.day(p["on"]))
        if k == "already-moved":
            return arg(self.tr("use the schedule that carries it on (it was moved on %1)"),
                       c.day(p["on"]))
        if k == "moved-carries-on":
            return arg(self.tr("it was moved on %1 and carries on as %2 from %3: delete that "
                               "one first (that undoes the move), then this one"),
                       c.day(p["day"]), c.schedule(p["plan"]), c.day(p["start"]))
        if k == "move-within":
            if p["end"] is None:
                return arg(self.tr("use a day from its start (%1) on"), c.day(p["start"]))
            return arg(self.tr("use a day from its start (%1) to before its end (%2)"),
                       c.day(p["start"]), c.day(p["end"]))
        if k == "late-for-before":
            return arg(self.tr("use a due date before the day it was taken (%1)"),
                       c.day(p["day"]))
        if k == "move-doses-after":
            return arg(self.tr("a dose is logged after that day (on %1): after a move it would "
                               "count for nothing; move from the last dose you logged, or keep "
                               "the schedule as it is"), c.day(p["day"]))
        if k == "move-nothing-after":
            return arg(self.tr("nothing would be due after that day (it ends on %1)"),
                       c.day(p["end"]))
        if k == "already-stopped":
            return arg(self.tr("use a schedule not stopped yet (it was stopped on %1)"),
                       c.day(p["on"]))
        if k == "stop-after-start":
            return arg(self.tr("use a date on or after the schedule's start (%1)"),
                       c.day(p["start"]))
        if k == "stop-before-end":
            return arg(self.tr("use a date on or before its end (%1); it has already ended"),
                       c.day(p["end"]))
        if k == "no-active-schedule":
            return arg(self.tr("use a supplement with a schedule active on %1, or give the "
                               "amount and unit (known: %2)"),
                       c.day(p["day"]), p["known"] or self.tr("none yet"))
        if k == "details-need-count":
            if p["what"] == "cramp":
                return self.tr("Cramp details are filled in: set how many cramps there were.")
            return self.tr("Spasm details are filled in: set how many episodes there were.")
        if k == "count-range" and p.get("positive"):
            return arg(self.tr("use a count above 0, up to %1"), c.number(p["high"]))
        if k == "count-range":
            return arg(self.tr("use a count from 0 to %1"), c.number(p["high"]))
        if k == "holds-misfit":  # a saved schedule's dose is not whole units of the count
            return SupplyWords(c).misfit_refused(p)
        if k == "supplement-unknown":
            return arg(self.tr("use a supplement of your diary (known: %1)"),
                       p["known"] or self.tr("none yet"))
        if k == "number-two-ways":
            return arg(self.tr("it reads two ways, as %1 or as %2: type the one you mean that "
                               "way"), p["first"], p["second"])
        if k == "typo":
            if p["same_unit"] == p["unit"]:
                return arg(self.tr("You entered %1 %2 of %3 for one dose — is that right? Is "
                                   "that what your prescription says?"),
                           c.number(p["amount"]), c.unit(p["unit"]), p["supplement"])
            return arg(self.tr("You entered %1 %2 of %3 for one dose — about %4 %5. Is that "
                               "what your prescription says?"),
                       c.number(p["amount"]), c.unit(p["unit"]), p["supplement"],
                       c.number(readable(p["same"])), c.unit(p["same_unit"]))
        if k == "lab-implausible":
            said = []
            if p["value"] is not None:
                said.append(arg(self.tr("A result of %1 %2 is far outside what a %3 report "
                                        "prints in %2 (%4 to %5)."),
                                c.number(p["value"]), p["unit"], c.analyte(p["analyte"]),
                                c.number(readable(p["lowest"])),
                                c.number(readable(p["highest"]))))
            if p["high"] is not None:
                shown = (f"{c.number(p['low'])}–{c.number(p['high'])}" if p["low"] is not None
                         else c.number(p["high"]))
                said.append(arg(self.tr("A range of %1 %2 is unusual for %3 in %2 (its high "
                                        "end is usually below %4)."),
                                shown, p["unit"], c.analyte(p["analyte"]),
                                c.number(readable(p["usual"]))))
            said.append(self.tr("Check the numbers and the unit on the report."))
            return " ".join(said)
        if k == "typo-per-day":
            rule = p["rule"]
            plan = Plan(p["supplement"], p["amount"], p["unit"], rule.every_days,
                        tuple(sorted(rule.weekdays)))
            return arg(self.tr("You entered %1 %2 %3 — about %4 %5 a day. Is that what your "
                               "prescription says?"),
                       c.number(p["amount"]), c.unit(p["unit"]), c.how_often(plan),
                       c.number(readable(p["per_day"])), c.unit("IU"))
        if k == "out-folder":
            return self.tr("use a path in a folder that exists")
        if k == "out-writable":
            return arg(self.tr("use a path you can write to (%1)"), p["why"])
        if k == "whole-number":
            return arg(self.tr("use a whole number of %1 or more"), p["low"])
        if k == "not-a-backup":
            return arg(self.tr("use a backup VD Tracker made (this file: %1)"),
                       self.not_a_backup(p["why"]))
        if k == "window-open":
            return self.tr("close VD Tracker's window first, then restore")
        if k == "sqlite-only":
            return self.tr("backups and restores are for the SQLite file in your data folder; "
                           "back up a server database with the server's own tools")
        return self._exchange(r)

    def not_a_backup(self, kind: str) -> str:
        """What a file offered for a restore is instead (backups.NotABackup.kind)."""
        return {"not-a-file": self.tr("it is not a file"),
                "damaged": self.tr("it is damaged"),
                "not-ours": self.tr("it is not a VD Tracker database"),
                "newer": self.tr("it was made by a newer version of VD Tracker"),
                "not-a-database": self.tr("it is not a database")}.get(kind, kind)

    def _exchange(self, r: Reason) -> str:
        """Why a file cannot be imported, or an export cannot be written there."""
        p, k = r.params, r.kind
        simple = {
            "export-record": self.tr("each record must be an object of named fields"),
            "text": self.tr("use text"),
            "whole-number-value": self.tr("use a whole number"),
            "true-false": self.tr("use true or false"),
            "time-format": self.tr("use a time like 08:30"),
            "datetime-format": self.tr("use a date and time like 2025-01-31T08:30:00"),
            "required": self.tr("this field may not be empty"),
            "not-an-export": self.tr("use a file VD Tracker exported as json (or the folder "
                                     "of a csv export)"),
            "not-json": self.tr("the file is not readable JSON; use a file VD Tracker exported "
                                "as json"),
            "not-a-csv-export": self.tr("the folder holds none of the csv files VD Tracker "
                                        "exports (pain.csv, doses.csv, …)"),
            "import-backup": self.tr("this is a backup of the whole database: use restore for "
                                     "it, not import"),
            "export-settings": self.tr("settings must map names to text"),
            "path-missing": self.tr("use a file or folder that exists"),
            "out-is-database": self.tr("choose another name: that file is a database (your "
                                       "diary or a backup), which an export never replaces"),
            "out-not-backup": self.tr("choose a new file name (or a backup to replace): that "
                                      "file is not a backup, and a backup never replaces it"),
            "out-in-backups": self.tr("choose a place outside the backups folder: it holds "
                                      "your diary's backups, which only VD Tracker writes"),
            "out-other-file": self.tr("choose a new file name: that file is not of the kind "
                                      "being written, and it is never replaced"),
            "csv-encoding": self.tr("save the csv files as UTF-8 (CSV UTF-8 in a spreadsheet) "
                                    "and import again"),
            "not-csv": self.tr("the csv files cannot be read as csv; export them again"),
            "export-schedule-ref": self.tr("use the ref of a schedule in the same file"),
            "export-ref-twice": self.tr("give each schedule its own ref (this one is used "
                                        "twice)"),
            "out-not-empty": self.tr("use a new or empty folder (or one holding an earlier csv "
                                     "export, which is replaced)"),
            "json-unicode": self.tr("the file holds text that is not valid Unicode (a lone "
                                    "surrogate); use a file VD Tracker exported as json"),
            "time-naive": self.tr("use a local time without a UTC offset, e.g. 08:30:00"),
            "text-characters": self.tr("use text without NUL characters"),
            "csv-twice": self.tr("name each column once (this one is named twice)"),
            "setting-twice": self.tr("give each setting once (this one is given twice)"),
            "setting-invalid": self.tr("use a value this setting allows"),
        }
        if k in simple:
            return simple[k]
        if k == "export-newer":
            return arg(self.tr("this export was written by a newer VD Tracker (format version "
                               "%1; this one reads up to %2): update VD Tracker first"),
                       str(p["version"]), str(p["known"]))
        if k == "export-field":
            return arg(self.tr("use only the fields %1"), p["fields"])
        if k == "export-list":
            return arg(self.tr("use only the lists %1"), p["lists"])
        if k == "restore-failed":
            return arg(self.tr("it could not be put back (%1); your data is as it was"),
                       p["why"])
        if k == "path-readable":
            return arg(self.tr("use a file you can read (%1)"), p["why"])
        return self._limits(r)

    def _limits(self, r: Reason) -> str:
        """Why an import file is outside what is read: its kind, size, depth or a csv line."""
        p, k = r.params, r.kind
        if k == "import-not-regular":
            return arg(self.tr("use a regular file or a folder (%1 is a device, a pipe or a "
                               "socket)"), p["name"])
        if k == "import-folder-inside":
            return arg(self.tr("%1 in the export folder is a folder, not a csv file; put back "
                               "the file the export wrote"), p["name"])
        if k == "import-too-big":
            return arg(self.tr("%1 is larger than %2 MB, more than any export VD Tracker "
                               "writes"), p["name"], str(p["mb"]))
        if k == "json-too-deep":
            return arg(self.tr("the file nests lists and objects deeper than %1 levels; use a "
                               "file VD Tracker exported as json"), str(p["levels"]))
        if k == "csv-link":
            return arg(self.tr("%1 is a link to a file outside the export folder; copy the "
                               "file itself into the folder"), p["name"])
        if k == "csv-quote":
            return arg(self.tr("%1, line %2: a quoted cell is not closed, or text follows its "
                               "closing quote; fix the quotes or export again"),
                       p["name"], str(p["line"]))
        if k == "csv-line-long":
            return arg(self.tr("%1, line %2: the line is longer than %3 characters"),
                       p["name"], str(p["line"]), str(p["limit"]))
        if k == "date-range":
            return arg(self.tr("use a date from %1 to %2"), p["first"].isoformat(),
                       p["last"].isoformat())
        if k == "export-version":
            return arg(self.tr("format version %1 is not one VD Tracker writes (1 to %2)"),
                       str(p["version"]), str(p["known"]))
        if k == "setting-unknown":
            return arg(self.tr("use only the settings %1"), p["known"])
        if k == "csv-cells":
            return arg(self.tr("the row has more cells than the %1 columns"), str(p["columns"]))
        return self.tr("use a value that is allowed here")  # a kind without words yet


class StorageWords(Words):
    """A storage failure the user can act on, in their language (its kind and where it is)."""

    def sentence(self, kind: str, where: str, english: str) -> str:
        place = f"{where} " if where else ""
        known = {
            "locked": self.tr("The database is in use by another program (is VD Tracker open in "
                              "another window?). Close it and try again; nothing was changed."),
            "full": self.tr("The disk is full, so nothing was saved. Free some space and try "
                            "again; what was saved before is unharmed."),
            "unreadable": arg(self.tr("The database file %1could not be read: it may be damaged "
                                      "or not a VD Tracker database. Put back a copy you kept, or "
                                      "choose another data folder; nothing was changed."), place),
            "no-access": arg(self.tr("The data folder %1cannot be written (check its permissions "
                                     "or free space); nothing was changed."), place),
            "links": self.tr("The database could not be brought up to date for this version of "
                             "VD Tracker: some records point at records that are missing, so the "
                             "update was stopped. Keep using the version you had, or put back a "
                             "copy you kept; nothing was changed."),
            "too-new": arg(self.tr("This data was written by a newer version of VD Tracker "
                                   "(database version %1). Install that version or newer to open "
                                   "it; nothing was changed."), where),
            "foreign": self.tr("The database holds tables that are not VD Tracker's. Choose "
                               "another data folder; nothing was changed."),
        }
        return known.get(kind, english)  # "unreachable" names the server's own words: as is
