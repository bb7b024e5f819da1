"""One function per sub-command: open the store, call a service, print the result."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from ..domain.errors import InvalidInput
from ..domain.ranges import profile as find_profile
from ..domain.units import format_number
from ..domain.alert_types import day_text
from ..services import AlertService, DiaryService, LabService, RegimenService, SettingsService
from ..services import settings as opts
from ..services.export import ExportService
from ..storage.database import Database


def run(args: argparse.Namespace) -> int:
    handler = HANDLERS[(args.command, getattr(args, "what", None))]
    db = Database.open(args.data_dir)
    try:
        return handler(db, args)
    finally:
        db.close()


def _today(args: argparse.Namespace) -> date:
    return args.as_of or date.today()


def _day_and_time(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """--date/--time as given; with neither, today now (the moment the user logs)."""
    if args.date is None and args.time is None and args.as_of is None:
        now = datetime.now()
        return now.date(), now.time().replace(second=0, microsecond=0)
    return args.date or _today(args), args.time


def _say(text: str) -> int:
    print(text)
    return 0


def log_pain(db: Database, a: argparse.Namespace) -> int:
    day, at = _day_and_time(a)
    saved = DiaryService(db).log_pain(a.vas, day=day, today=_today(a), at=at, region=a.region,
                                      note=a.note)
    return _say(f"Saved: {saved.summary}.")


def log_cramp(db: Database, a: argparse.Namespace) -> int:
    saved = DiaryService(db).log_cramp(
        day=a.date or _today(a), today=_today(a), count=a.count, severity=a.severity,
        duration=a.duration, sleep=a.sleep, region=a.region, side=a.side, daytime=a.day,
        note=a.note)
    return _say(f"Saved: {saved.summary}.")


def log_spasm(db: Database, a: argparse.Namespace) -> int:
    day, at = _day_and_time(a)
    saved = DiaryService(db).log_spasm(day=day, today=_today(a), at=at, count=a.count,
                                       severity=a.severity, region=a.region,
                                       duration=a.duration, note=a.note)
    return _say(f"Saved: {saved.summary}.")


def regimen_add(db: Database, a: argparse.Namespace) -> int:
    saved = RegimenService(db).add(
        supplement=a.supplement, amount=a.dose, unit=a.unit, start=a.start, every_days=a.every,
        weekdays=a.weekdays, weeks=a.weeks, end=a.end, phase=a.phase, confirmed=a.confirm,
        note=a.note, remind_at=a.remind)
    return _say(f"Saved: {saved.summary}.")


def regimen_list(db: Database, a: argparse.Namespace) -> int:
    views = RegimenService(db).list(_today(a))
    if a.json:
        return _say(json.dumps([v.as_dict() for v in views], indent=2, ensure_ascii=False))
    if not views:
        return _say("No schedules saved yet. Add one with `vdtracker regimen add`.")
    for v in views:
        span = f"{day_text(v.start)} – {day_text(v.end) if v.end else 'open-ended'}"
        stop = f", stopped {day_text(v.stopped_on)}" if v.stopped_on else ""
        stop += f", reminder {v.remind_at:%H:%M}" if v.remind_at else ""
        print(f"{v.id:>3}  {v.status:<8} {v.phase:<12} {v.description}  ({span}{stop}; "
              f"≈ {format_number(round(v.average_per_day))} {v.unit}/day)")
    return 0


def regimen_stop(db: Database, a: argparse.Namespace) -> int:
    saved = RegimenService(db).stop(a.id, day=a.date or _today(a), today=_today(a))
    return _say(f"Saved: {saved.summary}.")


def dose(db: Database, a: argparse.Namespace) -> int:
    day, at = _day_and_time(a)
    saved = RegimenService(db).record_dose(
        supplement=a.supplement, day=day, today=_today(a), at=at, amount=a.amount, unit=a.unit,
        skipped=a.skipped, confirmed=a.confirm)
    return _say(f"Saved: {saved.summary}.")


def recheck(db: Database, a: argparse.Namespace) -> int:
    saved = LabService(db).set_recheck(a.due, analyte_code=a.analyte, today=_today(a))
    return _say(f"Saved: {saved.summary}.")


def lab_add(db: Database, a: argparse.Namespace) -> int:
    saved = LabService(db).add(a.analyte, a.value, a.unit, day=a.date or _today(a),
                               today=_today(a), low=a.low, high=a.high, lab_name=a.lab,
                               note=a.note)
    return _say(f"Saved: {saved.summary}.")


def alerts(db: Database, a: argparse.Namespace) -> int:
    if a.profile:
        prof = find_profile(a.profile)
        profiles = {prof.analyte: prof} if prof else {}
    else:
        profiles = SettingsService(db).profiles()
    found = AlertService(db).alerts(_today(a), profiles)
    if a.json:
        return _say(json.dumps([x.as_dict() for x in found], indent=2, ensure_ascii=False))
    if not found:
        return _say(f"Nothing needs attention as of {day_text(_today(a))}.")
    for x in found:
        print(f"[{x.severity}] {x.kind}: {x.message}")
    return 0


def settings(db: Database, a: argparse.Namespace) -> int:
    svc = SettingsService(db)
    if a.key is None:
        for o in opts.OPTIONS.values():
            print(f"{o.key} = {svc.get(o)}    ({o.title}: {', '.join(o.choices)})")
        return 0
    option = opts.OPTIONS.get(a.key)
    if option is None:
        raise InvalidInput("setting", a.key, "use one of " + ", ".join(opts.OPTIONS))
    if a.value is None:
        return _say(svc.get(option))
    svc.set(option, a.value)
    return _say(f"Saved: {option.key} = {a.value}.")


def export(db: Database, a: argparse.Namespace) -> int:
    if a.format != "ics":
        raise InvalidInput("--format", a.format, "use ics for now; json, csv and fhir exports "
                                                 "are not available yet in this version")
    out = Path(a.out).expanduser()
    if not out.parent.is_dir():
        raise InvalidInput("--out", a.out, "use a path in a folder that exists")
    try:
        n = ExportService(db).ics(out)
    except OSError as err:
        raise InvalidInput("--out", a.out, f"use a path you can write to ({err.strerror})") from None
    return _say(f"Saved: {n} schedule{'s' if n != 1 else ''} as calendar events in {out}.")


HANDLERS: dict[tuple[str, str | None], Callable[[Database, argparse.Namespace], int]] = {
    ("log", "pain"): log_pain, ("log", "cramp"): log_cramp, ("log", "spasm"): log_spasm,
    ("regimen", "add"): regimen_add, ("regimen", "list"): regimen_list,
    ("regimen", "stop"): regimen_stop, ("dose", None): dose, ("recheck", None): recheck,
    ("lab", "add"): lab_add, ("alerts", None): alerts, ("settings", None): settings,
    ("export", None): export,
}
