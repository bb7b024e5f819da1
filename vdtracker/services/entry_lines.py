"""What a stored entry says, as a message the wording layer turns into its History line."""

from __future__ import annotations

from typing import Any

from ..domain.adherence import substance_key
from ..domain.messages import Message, message
from ..domain.printed import qualifier_of
from ..domain.ranges import ReportRange, flag_against_report
from ..domain.units import ANALYTES, convert, far_from


def summarize(kind: str, r: Any, extra: Any = None) -> Message:
    if kind == "pain":
        return message("entry.pain", score=r.score, region=r.region)
    if kind == "cramp":
        return message("entry.cramp", count=r.count, daytime=r.daytime, severity=r.severity,
                       longest_min=r.longest_min, sleep=r.sleep_disturbance, region=r.region,
                       side=r.side)
    if kind == "spasm":
        return message("entry.spasm", count=r.count, severity=r.severity,
                       duration_min=r.duration_min, region=r.region)
    if kind == "dose":  # extra: (supplement name, its schedule's amount and unit or None)
        name, amount, unit = extra
        return message("entry.dose", supplement=name, amount=r.amount, unit=r.unit,
                       skipped=r.skipped,
                       scheduled=differing(name, r.amount, r.unit, amount, unit))
    if kind == "lab":
        return lab_message(r)
    if kind == "decision":  # extra: the course it is about (a domain Regimen)
        return message("entry.no-maintenance", plan=extra.plan, ended=extra.last_day)
    raise ValueError(kind)


def differing(supplement: str, amount: float, unit: str, scheduled: float | None,
              scheduled_unit: str | None) -> tuple[float, str] | None:
    """The schedule's (amount, unit) when the logged amount is far from it, else None."""
    if scheduled is None or scheduled_unit is None:
        return None
    if far_from(amount, unit, scheduled, scheduled_unit, substance_key(supplement)):
        return scheduled, scheduled_unit
    return None


def lab_message(r: Any) -> Message:
    """Vitamin D 19 nmol/L (7.6 ng/mL), below the report's range (50–125 nmol/L)."""
    rng = ReportRange(r.ref_low, r.ref_high, r.unit) \
        if (r.ref_low is not None or r.ref_high is not None) else None
    return message("entry.lab", analyte=r.analyte, value_text=r.value_text, value=r.value,
                   unit=r.unit,
                   other=other_value(r.analyte, r.value, r.unit), range=rng,
                   flag=flag_against_report(r.value, r.unit, rng, r.analyte,
                                            qualifier_of(r.value_text)).value)


def other_value(analyte: str, value: float, unit: str) -> tuple[float, str] | None:
    """The value in the analyte's other common unit (ng/mL <-> nmol/L, pmol/L <-> pg/mL ...)."""
    a = ANALYTES[analyte]
    canon = a.canonical_unit(unit)  # stored as printed: "µg/L" is ng/mL for vitamin D
    for candidate in a.units:
        if candidate != canon and a.units[candidate] != a.units[canon]:
            return convert(value, unit, candidate, analyte), candidate
    return None


__all__ = ["lab_message", "other_value", "summarize"]
