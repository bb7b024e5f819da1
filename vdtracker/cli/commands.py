"""One function per sub-command: call a service from the bundle, print the result in words."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..domain.errors import InvalidInput, reason
from ..services.bundle import Services
from ..services.out_files import check_target, store_folder
from ..storage import backups
from ..storage.errors import UNREADABLE, DatabaseUnreadable, DiskFull, StorageError
from ..wording import Wording, catalogue_translate, english
from ..wording.formats import Formats
from .supply_commands import (
    regimen_delete,
    regimen_move,
    supply_add,
    supply_list,
    supply_set,
)
from .typed_numbers import typed_number
from .words import CliWords

if TYPE_CHECKING:  # each command imports what it uses (issue 28: `log` starts fast)
    from ..domain.personal import Personal
    from ..services.importing import ImportPlan

Handler = Callable[[Services, Wording, argparse.Namespace], int]

log = logging.getLogger(__name__)


def _today(args: argparse.Namespace) -> date:
    return args.as_of or date.today()


def _day_and_time(args: argparse.Namespace) -> tuple[date, time | None]:
    """--date/--time as given; with neither, today now (the moment the user logs)."""
    if args.date is None and args.time is None and args.as_of is None:
        now = datetime.now()
        return now.date(), now.time().replace(second=0, microsecond=0)
    return args.date or _today(args), args.time


def _say(text: str) -> int:
    print(text)
    return 0


def log_pain(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    from ..domain.day_entry import DayEntry, PainPart

    day, at = _day_and_time(a)
    entry = DayEntry(day=day, at=at, pain=PainPart(a.vas, a.region), note=a.note)
    return _say(w.saved(svc.diary.save_day(entry, today=_today(a)).message))


def log_cramp(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    from ..domain.day_entry import CrampPart, DayEntry

    night = a.date or _today(a)  # the night that starts on --date (CLI.md)
    cramps = CrampPart(count=a.count, severity=a.severity, longest_min=a.duration,
                       sleep=a.sleep, region=a.region, side=a.side, daytime=a.day)
    if not a.count:
        raise InvalidInput("cramp_count", a.count, reason("whole-range", low=1, high=200))
    entry = DayEntry(day=night, cramps=cramps, cramp_night=night, note=a.note)
    return _say(w.saved(svc.diary.save_day(entry, today=_today(a)).message))


def log_spasm(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    from ..domain.day_entry import DayEntry, SpasmPart

    day, at = _day_and_time(a)
    if not a.count:
        raise InvalidInput("spasm_count", a.count, reason("whole-range", low=1, high=200))
    spasm = SpasmPart(count=a.count, severity=a.severity, region=a.region,
                      duration_min=a.duration)
    entry = DayEntry(day=day, at=at, spasm=spasm, note=a.note)
    return _say(w.saved(svc.diary.save_day(entry, today=_today(a)).message))


def regimen_add(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    from ..services.regimens import RegimenInput

    plan = RegimenInput(supplement=a.supplement, amount=a.dose, unit=a.unit, start=a.start,
                        every_days=a.every, weekdays=a.weekdays, weeks=a.weeks, end=a.end,
                        phase=a.phase, note=a.note, remind_at=a.remind)
    return _say(w.saved(svc.regimens.add(plan, confirmed=a.confirm).message))


def regimen_list(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    views = svc.regimens.list(_today(a))
    if a.json:
        from ..domain.breaks import as_of_view

        said = as_of_view(svc.regimens.breaks(), _today(a))
        return _say(json.dumps([{**v.as_dict(), "breaks": [
            {"first": b.first.isoformat(), "last": b.last.isoformat(), "why": b.why,
             "note": b.note} for b in said if b.regimen_id == v.id]} for v in views],
            indent=2, ensure_ascii=False))
    words = CliWords(w)
    if not views:
        return _say(words.no_schedules())
    for v in views:
        print(words.schedule_line(v))
    return 0


def regimen_stop(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    saved = svc.regimens.stop(a.id, day=a.date or _today(a), today=_today(a), why=a.why,
                              note=a.note)
    return _say(w.saved(saved.message))


def regimen_stopped_taking(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    today = _today(a)
    saved = svc.regimens.stopped_taking(a.id, first=a.first, last=a.last or today, today=today,
                                        why=a.why, note=a.note)
    return _say(w.saved(saved.message))


def regimen_no_maintenance(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    saved = svc.regimens.no_maintenance(a.id, day=a.date or _today(a), today=_today(a),
                                        note=a.note)
    return _say(w.saved(saved.message))


def dose(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    day, at = _day_and_time(a)
    saved = svc.doses.record(
        supplement=a.supplement, day=day, today=_today(a), at=at, amount=a.amount, unit=a.unit,
        skipped=a.skipped, confirmed=a.confirm)
    _say(w.saved(saved.message))
    added = saved.added_id("dose")
    offer = None if added is None else svc.doses.move_offer(added, _today(a))
    if offer is not None:  # a weekly dose days late: the day is kept unless asked (CLI.md)
        print(w.moves.command_hint(offer))
    return 0


def recheck(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    saved = svc.labs.set_recheck(a.due, analyte_code=a.analyte, today=_today(a))
    return _say(w.saved(saved.message))


def lab_add(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    from ..services.labs import LabInput

    result = LabInput(analyte=a.analyte, value_text=a.value, value=_lab_number(a.value),
                      unit=a.unit,
                      day=a.date or _today(a), low=a.low, high=a.high, lab_name=a.lab,
                      note=a.note)
    return _say(w.saved(svc.labs.add(result, today=_today(a), confirmed=a.confirm).message))


def _lab_number(typed: str) -> float:
    """The number of a value as printed ("<10", "14,5" in German), read as the user's language
    writes numbers, as every number on the command line is; kept as typed besides."""
    from ..domain.printed import split_printed

    return typed_number("value", split_printed(typed).number, typed, reason("lab-number"))


def alerts(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    profiles = dict(svc.settings.profiles())
    if a.profile:  # this analyte by the named profile; the others keep the saved one
        from ..domain.ranges import profile as find_profile

        prof = find_profile(a.profile)
        if prof is None:
            profiles = {}  # "lab": every result by its report's range
        else:
            profiles[prof.analyte] = prof
    found = svc.alerts.alerts(_today(a), profiles)
    if a.json:
        plain = english()  # --json is for scripts: the same English text in every locale
        return _say(json.dumps([{**x.as_dict(), "message": plain.alert(x)} for x in found],
                               indent=2, ensure_ascii=False))
    if not found:
        return _say(CliWords(w).nothing_needs_attention(_today(a)))
    for x in found:
        print(f"[{x.severity}] {x.kind}: {w.alert(x)}")
    return 0


def settings(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    from ..services import settings as opts

    store = svc.settings
    if a.key is None:
        for o in opts.OPTIONS.values():
            title = w.common.setting(o.key, o.title)
            print(f"{o.key} = {o.show(store.get(o))}    ({title}: {', '.join(o.words)})")
        return 0
    option = opts.OPTIONS.get(a.key)
    if option is None:
        raise InvalidInput("setting", a.key, reason("one-of", choices=", ".join(opts.OPTIONS)))
    if a.value is None:
        return _say(option.show(store.get(option)))
    value = option.parse(a.value)  # on/off for flags, as listed
    store.set(option, value)
    return _say(CliWords(w).setting_saved(option.key, option.show(value)))


def export(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    out = Path(a.out).expanduser()
    if not out.parent.is_dir():
        raise InvalidInput("out", a.out, reason("out-folder"))
    words = CliWords(w)
    try:
        if a.format == "ics":
            return _say(words.exported(svc.export.ics(out, w), str(out)))
        if a.format == "json":
            held = svc.export.json(out)
        elif a.format == "csv":
            held = svc.export.csv(out)
        else:
            held = svc.export.fhir(out, _today(a))
    except OSError as err:
        raise InvalidInput("out", a.out,
                           reason("out-writable", why=err.strerror or str(err))) from None
    return _say(words.exported_records(w.records.counts(held), str(out)))


def import_(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    """Preview (with --dry-run, or when the file has problems), else all or nothing."""
    from ..services.export import NotAnExport, load  # only this command reads an export
    from ..services.importing import ImportRefused

    source = Path(a.path).expanduser()
    words = CliWords(w)
    try:
        doc = load(source)
    except FileNotFoundError:
        raise InvalidInput("path", a.path, reason("path-missing")) from None
    except NotAnExport as err:
        raise InvalidInput("path", a.path, err.reason) from None
    except OSError as err:
        raise InvalidInput("path", a.path,
                           reason("path-readable", why=err.strerror or str(err))) from None
    plan = svc.importing.preview(doc)
    if a.dry_run or not plan.ok:
        for line in words.import_preview(plan):
            print(line)
        if not plan.ok:
            return _fail_import(words, a.path, plan)
        return 0
    kept = _backup_before_import(svc) if plan.added or plan.settings else None
    try:
        done = svc.importing.apply(doc)
    except ImportRefused as err:  # the store changed between the preview and now
        return _fail_import(words, a.path, err.plan)
    said = words.imported(done, str(source))
    return _say(said + (" " + words.backup_before_import(str(kept)) if kept else ""))


def _backup_before_import(svc: Services) -> Path | None:
    """The command line has no Undo: a backup first is the way back (None when the store is
    not SQLite's, or the copy cannot be made: the import goes on, as the daily backup does)."""
    if not svc.db.url.startswith("sqlite"):
        return None
    try:
        return backups.make_backup(Path(svc.db.where), datetime.now(), kept=True)
    except (OSError, DiskFull, backups.NotABackup) as err:
        log.warning("No backup before the import: %s", err)
        return None


def _fail_import(words: CliWords, path: str, plan: ImportPlan) -> int:
    sys.stderr.write("vdtracker: " + words.import_refused(plan, path) + "\n")
    return 2


def report(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    from ..app import write_report  # Qt is loaded for the PDF only

    # never over the diary, its -wal/-shm, its backups, a database or another kind of file
    out = check_target(Path(a.out), "pdf", store_folder(svc.db.where, svc.db.url))
    words = Wording(catalogue_translate(a.lang), Formats(a.lang)) if a.lang else w
    personal = _personal(svc, a)
    try:
        write_report(svc, words, a.first, a.last, _today(a), out, a.paper, personal)
    except OSError as err:
        raise InvalidInput("out", a.out, reason("out-writable", why=err.strerror)) from None
    return _say(CliWords(w).report_written(str(out)))


def _personal(svc: Services, a: argparse.Namespace) -> Personal | None:
    """--name, --born and --question for this summary (each --question one line); a value not
    given is the one kept in the summary settings. None when none is given. Checked as the
    window checks them: nothing is written when one is refused."""
    if a.name is None and a.born is None and not a.question:
        return None
    from ..domain.personal import Personal, checked
    from ..services.summary_options import stored

    kept = stored(svc.settings).personal
    return checked(Personal(kept.name if a.name is None else a.name,
                            kept.birth_date if a.born is None else a.born,
                            kept.questions if not a.question else "\n".join(a.question)),
                   _today(a))


def _store_folder(svc: Services) -> Path:
    if not svc.db.url.startswith("sqlite"):
        raise InvalidInput("database", svc.db.url.split(":", 1)[0], reason("sqlite-only"))
    return Path(svc.db.where)


def backup(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    where = _store_folder(svc)
    try:
        if a.out is None:
            out = backups.make_backup(where, datetime.now(), kept=True)
        else:
            out = Path(a.out).expanduser()
            if not out.parent.is_dir():
                raise InvalidInput("out", a.out, reason("out-folder"))
            if backups.overwrites_store(out, where):
                raise InvalidInput("out", a.out, reason("out-is-database"))
            if out.exists() and not backups.is_sqlite_file(out):
                raise InvalidInput("out", a.out, reason("out-not-backup"))
            backups.copy_store(paths.database_file(where), out)
    except backups.NotABackup as err:  # the store fails its own integrity check
        raise DatabaseUnreadable(UNREADABLE.format(where=f"{where} "), "unreadable",
                                 str(where)) from err
    except OSError as err:
        raise InvalidInput("out" if a.out else "folder", a.out or str(backups.folder_of(where)),
                           reason("out-writable", why=err.strerror or str(err))) from None
    return _say(CliWords(w).backed_up(str(out)))


def restore(data_dir: str | None, w: Wording, a: argparse.Namespace) -> int:
    """Without opening the store first: a damaged one is what a restore is for. The backup is
    checked, the current store set aside (copied, or moved as it is when it cannot be read),
    the backup put in place, then the store opened once to bring it to this version."""
    from ..storage.database import Database
    from ..storage.precheck import check_store

    where = paths.data_dir(data_dir)
    if not paths.database_url(where).startswith("sqlite"):
        raise InvalidInput("database", paths.database_url(where).split(":", 1)[0],
                           reason("sqlite-only"))
    source = Path(a.file).expanduser()
    if backups.window_open(where):  # it would go on showing, and saving over, the old store
        raise InvalidInput("file", a.file, reason("window-open"))
    words = CliWords(w)
    live = paths.database_file(where)
    try:
        damaged = False
        try:
            check_store(live, str(where))
        except StorageError:
            damaged = live.exists()
        if damaged:
            held, aside = backups.restore_damaged(where, source, datetime.now())
        else:
            held, aside = backups.restore(where, source, datetime.now())
            damaged = aside.name.startswith("damaged-")
    except backups.NotABackup as err:
        raise InvalidInput("file", a.file, reason("not-a-backup", why=err.kind)) from None
    except OSError as err:
        raise InvalidInput("file", a.file,
                           reason("restore-failed", why=err.strerror or str(err))) from None
    Database.open(where).close()  # an older backup is migrated now, not at the next command
    made, held_words = w.common.day(held.made.date()), words.held(held.counts)
    if damaged:
        return _say(words.restored_over_damaged(made, held_words, str(aside)))
    return _say(words.restored(made, held_words, str(aside)))


HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("log", "pain"): log_pain, ("log", "cramp"): log_cramp, ("log", "spasm"): log_spasm,
    ("regimen", "add"): regimen_add, ("regimen", "list"): regimen_list,
    ("regimen", "stop"): regimen_stop, ("regimen", "move"): regimen_move,
    ("regimen", "delete"): regimen_delete,
    ("regimen", "no-maintenance"): regimen_no_maintenance,
    ("regimen", "stopped-taking"): regimen_stopped_taking,
    ("dose", None): dose, ("recheck", None): recheck,
    ("lab", "add"): lab_add, ("alerts", None): alerts, ("settings", None): settings,
    ("export", None): export, ("report", None): report, ("backup", None): backup,
    ("import", None): import_, ("supply", "set"): supply_set, ("supply", "add"): supply_add,
    ("supply", "list"): supply_list,
}
