"""The command line's own sentences, and the flag each input field is typed with."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..domain.errors import ConfirmationNeeded, InvalidInput
from ..domain.units import readable
from ..wording import Wording
from ..wording.base import Words
from ..wording.records import as_written
from ..wording.translate import arg
from .parser import shown

if TYPE_CHECKING:  # a command that imports nothing imports no import code for these words
    from ..services.importing import ImportPlan
    from ..services.results import RegimenView
    from ..services.supplies import SupplyView

# An input field as the command line names it (the window uses its labels instead).
FLAGS = {"date": "--date", "time": "--time", "pain": "VAS", "pain_region": "--region",
         "note": "--note", "cramp_count": "--count", "cramp_severity": "--severity",
         "cramp_duration": "--duration", "cramp_sleep": "--sleep", "cramp_region": "--region",
         "cramp_side": "--side", "spasm_count": "--count", "spasm_severity": "--severity",
         "spasm_region": "--region", "spasm_duration": "--duration", "supplement": "--supplement",
         "dose": "--dose", "amount": "--amount", "unit": "--unit", "phase": "--phase",
         "every": "--every", "weekdays": "--weekdays", "weeks": "--weeks", "end": "--end",
         "start": "--start", "id": "ID", "analyte": "analyte", "value": "VALUE", "low": "--low",
         "high": "--high", "lab": "--lab", "profile": "--profile", "setting": "KEY",
         "format": "--format", "out": "--out", "path": "PATH", "from": "--from", "to": "--to",
         "why": "--why", "name": "--name", "birth_date": "--born", "questions": "--question",
         "supply_name": "NAME", "count": "COUNT", "form": "--form", "holds": "--holds"}
PATHS = frozenset({"out", "file", "path", "folder"})  # echoed whole, never cut
UNIT_ARG = {("lab", "add"): "unit"}  # `lab add` takes the unit as a positional argument


def flag(field: str, command: tuple[str, str | None]) -> str:
    if field == "unit" and command in UNIT_ARG:
        return UNIT_ARG[command]
    return FLAGS.get(field, field)


class CliWords(Words):
    def __init__(self, wording: Wording) -> None:
        super().__init__(wording.common._translate, wording.common.formats)
        self.w = wording

    def refused(self, err: InvalidInput, command: tuple[str, str | None]) -> str:
        if err.value in (None, ""):
            value = self.tr("(none)")
        elif err.field in PATHS:  # a file's whole name: cut, it would name another one
            value = str(err.value)
        else:
            value = shown(as_written(err.value))
        return arg(self.tr("%1 %2 is not accepted: %3. Nothing was saved."),
                   flag(err.field, command), value, self.reason(err))

    def reason(self, err: InvalidInput) -> str:
        """The reason, where the command line has its own way to fix it."""
        r = err.reason
        if r.kind == "schedule-id":
            return self.tr("use an id shown by `vdtracker regimen list`")
        if r.kind == "no-active-schedule":
            return arg(self.tr("use a supplement with a schedule active on %1; otherwise give "
                               "--amount and --unit (known: %2)"),
                       self.w.day(r["day"]), r["known"] or self.tr("none yet"))
        if r.kind == "every-or-weekdays":
            return self.tr("give either --every DAYS or --weekdays")
        if r.kind == "weeks-or-end":
            return self.tr("give either --weeks or --end, not both")
        if r.kind == "supply-not-counted":
            return self.tr("count what you have first with `vdtracker supply set`")
        if r.kind == "amount-with-unit":
            return self.tr("give --amount and --unit together")
        return self.w.reason(r)

    def confirm(self, err: ConfirmationNeeded) -> str:
        return arg(self.tr("%1 If it is, run the same command again with --confirm. Nothing "
                           "was saved."), self.w.reason(err.reason))

    def report_written(self, path: str) -> str:
        return arg(self.tr("Wrote the summary for your appointment to %1. It contains health "
                           "data: share it only with whom you choose."), path)

    def backed_up(self, path: str) -> str:
        return arg(self.tr("Backed up (checked) to %1. It contains health data: keep it "
                           "where only you can read it."), path)

    def restored(self, made: str, counts: str, aside: str) -> str:
        return arg(self.tr("Restored the backup of %1 (%2). What was there before is set aside "
                           "in %3: restore that file to undo."), made, counts, aside)

    def restored_over_damaged(self, made: str, counts: str, aside: str) -> str:
        return arg(self.tr("Restored the backup of %1 (%2). The database that could not be read "
                           "is kept, as it was, in %3."), made, counts, aside)

    def held(self, counts: dict[str, int]) -> str:
        """'12 pain ratings, 3 doses, …': what a backup holds."""
        return self.w.records.counts(counts)

    def not_yet(self, command: str) -> str:
        return arg(self.tr("`vdtracker %1` is not available yet in this version."), command)

    def no_supplies(self) -> str:
        return self.tr("Nothing counted yet. Say what you have with `vdtracker supply set`.")

    def supply_line(self, v: SupplyView) -> str:
        """'Vitamin D3: 3 capsules of 50,000 IU each left — enough until Sun 27 Dec 2026';
        how far is not said past a saved schedule that is not whole units of it, and logged
        doses that are not are said as not taken off."""
        s = self.w.supplies
        line = arg(self.tr("%1: %2%3 left — %4"), v.supplement, s.units(v.form, v.left),
                   s.holding(v.holds_amount, v.holds_unit), s.said_reach(v))
        if v.left_out:
            line = arg(self.tr("%1; %2"), line, s.left_out(v.left_out, v.form))
        return line + (self.tr(" (running low)") if v.low else "")

    def no_schedules(self) -> str:
        return self.tr("No schedules saved yet. Add one with `vdtracker regimen add`.")

    def schedule_line(self, v: RegimenView) -> str:
        end = self.w.day(v.end) if v.end else self.tr("open-ended")
        span = f"{self.w.day(v.start)} – {end}"
        if v.stopped_on:
            span += arg(self.tr(", stopped %1"), self.w.day(v.stopped_on))
            if v.stop_why:
                from ..wording.alerts import AlertWords  # only `regimen list` words a reason

                span += arg(self.tr(" (reason: %1)"), AlertWords(self.w.common).why(v.stop_why))
        if v.moved_on:
            span += arg(self.tr(", moved %1"), self.w.day(v.moved_on))
        if v.remind_at:
            span += arg(self.tr(", reminder %1"), f"{v.remind_at:%H:%M}")
        per_day = arg(self.tr("≈ %1 %2/day"), self.w.number(readable(v.average_per_day)),
                      self.w.common.unit(v.unit))
        what = self.w.schedule(v.plan) if v.plan else v.description
        statuses = {"planned": self.tr("planned"), "active": self.tr("active"),
                    "ended": self.tr("ended"), "stopped": self.tr("stopped")}
        phases = [self.w.common.phase(p) for p in ("loading", "maintenance", "ongoing")]
        status = statuses.get(v.status, v.status).ljust(max(map(len, statuses.values())))
        phase = self.w.common.phase(v.phase).ljust(max(map(len, phases)))
        return (f"{v.id:>3}  {status} {phase} {what}  "
                f"({span}; {per_day})")

    def nothing_needs_attention(self, day: date) -> str:
        return arg(self.tr("Nothing needs attention as of %1."), self.w.day(day))

    def setting_saved(self, key: str, value: str) -> str:
        return arg(self.tr("Saved: %1 = %2."), key, value)

    def exported_records(self, held: str, path: str) -> str:
        return arg(self.tr("Exported %1 to %2. It contains health data: keep it where only you "
                           "can read it."), held, path)

    def import_preview(self, plan: ImportPlan) -> list[str]:
        """What an import would add, skip and refuse, a line each (problems one a line)."""
        r = self.w.records
        lines = [arg(self.tr("New: %1."), r.counts(plan.new, self.tr("nothing new"))),
                 arg(self.tr("Already here (skipped): %1."), r.counts(plan.duplicates,
                                                                       self.tr("none")))]
        if plan.settings:
            lines.append(arg(self.tr("Settings not set here yet: %1."),
                             r.count("settings", plan.settings)))
        if plan.problems:
            lines.append(self.tr("Cannot be imported (%n problem(s)):", None,
                                 len(plan.problems)))
            lines.extend("  " + self.w.problem(p) for p in plan.problems)
        return lines

    def imported(self, plan: ImportPlan, path: str) -> str:
        skipped = (arg(self.tr(" Already here, skipped: %1."), self.w.records.counts(
            plan.duplicates)) if plan.skipped else "")
        return arg(self.tr("Imported %1 from %2.%3"),
                   self.w.records.counts(plan.new, self.tr("nothing new")), path, skipped)

    def backup_before_import(self, path: str) -> str:
        return arg(self.tr("What was there before is backed up in %1 (restore it to undo the "
                           "import)."), path)

    def import_refused(self, plan: ImportPlan, path: str) -> str:
        first = self.w.problem(plan.problems[0])
        more = len(plan.problems) - 1
        rest = (self.tr(" (and %n more: see the list above)", None, more) if more else "")
        return arg(self.tr("%1 was not imported: %2%3. Nothing was imported."), path, first,
                   rest)

    def exported(self, n: int, path: str) -> str:
        return arg(self.tr("Saved: %n schedule(s) as calendar events in %1.", None, n), path)

    def login_forgotten(self, where: str | None) -> str:
        if where is None:
            return self.tr("There was no login entry: VD Tracker does not start at login.")
        return arg(self.tr("Removed the login entry %1: VD Tracker no longer starts at login."),
                   where)

    def login_not_forgotten(self, where: str, why: str) -> str:
        return arg(self.tr("The login entry %1 could not be removed: %2."), where, why)
