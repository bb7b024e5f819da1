"""`supply set|add|list` and `regimen move`: what is in the cupboard, and a weekly day moved."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime, time

from ..domain.errors import reason
from ..services.bundle import Services
from ..wording import Wording
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
            "doses_left": v.doses_left, "low": v.low} for v in views], indent=2))
        return 0
    words = CliWords(w)
    print("\n".join(words.supply_line(v) for v in views) if views else words.no_supplies())
    return 0


def regimen_move(svc: Services, w: Wording, a: argparse.Namespace) -> int:
    saved = svc.regimens.move(a.id, day=a.day, today=_today(a), weekdays=a.weekdays)
    print(w.saved(saved.message))
    return 0


__all__ = ["regimen_move", "supply_add", "supply_list", "supply_set"]
