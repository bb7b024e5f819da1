"""`supply set|add|list`, `regimen move` and `regimen delete`: what is in the cupboard, a weekly
day moved, a schedule entered by mistake."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time

from ..domain.errors import InvalidInput, reason
from ..domain.messages import Message
from ..services.bundle import Services
from ..wording import Wording
from ..wording.base import Words
from ..wording.translate import arg
from .typed_numbers import typed_number
from .words import CliWords


def _today(args: argparse.Namespace) -> date:
    return args.as_of or date.today()


def _now(args: argparse.Namespace) -> datetime:
    """Now; with --as-of D, the start of D (what was there before that day's dose)."""
    return datetime.combine(args.as_of, time(0, 0)) if args.as_of else datetime.now()


def supply_set(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    amount, unit = (None, None) if a.holds is None else a.holds
    holds = None if amount is None else typed_number("holds", amount, amount, reason("number"))
    saved = svc.supplies.set(a.name, a.count, _now(a), a.form, holds, unit)
    print(w.supplies.saved(saved.message))
    return 0


def supply_add(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    print(w.supplies.saved(svc.supplies.add(a.name, a.count, _now(a)).message))
    return 0


def supply_list(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    views = svc.supplies.status(_today(a))
    if a.json:
        print(json.dumps([{
            "supplement": v.supplement, "left": v.left, "form": v.form,
            "holds_amount": v.holds_amount, "holds_unit": v.holds_unit,
            "runs_out": v.runs_out.isoformat() if v.runs_out else None,
            "enough_until": v.last_covered.isoformat() if v.last_covered else None,
            "doses_left": v.doses_left, "low": v.low,
            "doses_not_taken_off": v.left_out,
            "schedule_not_whole_units": None if v.misfit is None else {
                "amount": v.misfit.amount, "unit": v.misfit.unit,
                "units_per_dose": round(v.misfit.per, 6),
                "from": v.misfit.first_due.isoformat()}} for v in views], indent=2))
        return 0
    words = CliWords(w)
    print("\n".join(words.supply_line(v) for v in views) if views else words.no_supplies())
    return 0


def regimen_move(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    saved = svc.regimens.move(a.id, day=a.day, today=_today(a), weekdays=a.weekdays)
    print(w.saved(saved.message))
    return 0


def regimen_delete(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    """Deleted together (all or none); the first half of a moved schedule only with its later
    half, whose delete undoes the move (as the Supplements page does)."""
    known = {v.id for v in svc.regimens.list(_today(a))}
    for regimen_id in a.ids:
        if regimen_id not in known:
            raise InvalidInput("id", regimen_id, reason("schedule-id"))
    words = DeleteWords(w.common._translate, w.common.formats)
    try:
        saved = svc.entries.delete([("regimen", i) for i in a.ids])
    except InvalidInput as err:
        if err.reason.kind != "moved-carries-on":
            raise
        sys.stderr.write("vdtracker: " + words.first_half(w, err) + "\n")
        return 2
    print(words.deleted(w, saved.message))
    return 0


class DeleteWords(Words):
    """What `regimen delete` says (the command line has no undo: it says what stays)."""

    def deleted(self, w: Wording, m: Message) -> str:
        return arg(self.tr("Deleted %1. Doses logged on a deleted schedule stay in your "
                           "diary."), w.what(m))

    def first_half(self, w: Wording, err: InvalidInput) -> str:
        r = err.reason
        return arg(self.tr("ID %1 is not accepted: it was moved on %2 and carries on as ID %3 "
                           "(%4 from %5): delete ID %3 first (that undoes the move), then this "
                           "one. Nothing was saved."), err.value, w.day(r["day"]), r["id"],
                   w.schedule(r["plan"]), w.day(r["start"]))


__all__ = ["regimen_delete", "regimen_move", "supply_add", "supply_list", "supply_set"]
