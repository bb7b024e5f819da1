"""What an imported record must satisfy beyond its types: the rules the forms and the command
line apply when the same thing is typed (a pain score of 0 to 10, a known unit, one rule per
schedule). Pure; each failure is an InvalidInput naming the field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..domain import validation as v
from ..domain.breaks import WHY
from ..domain.day_entry import SIDES
from ..domain.errors import InvalidInput, reason
from ..domain.schedule import PHASES, parse_weekdays
from ..domain.supplies import checked_stock
from ..domain.symptoms import check_score
from ..domain.units import DOSE_UNITS, analyte

SCALES = ("vas-0-10", "nrs-0-10")
DECISIONS = ("no-maintenance",)
LONG_TEXT = ("note", "stop_note")


def _texts(values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if isinstance(value, str):
            v.text(name, value, v.MAX_TEXT if name in LONG_TEXT else v.MAX_LABEL)


def _exact(name: str, value: str | None, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        raise InvalidInput(name, value, reason("one-of", choices=", ".join(allowed)))


def _score(name: str, value: float | None) -> None:
    check_score(name, value)


def _dose_unit(name: str, value: str) -> None:
    """Exactly one of the units doses are stored in (IU, mcg, mg), named by its field."""
    if value not in DOSE_UNITS.values():
        raise InvalidInput(name, value, reason("dose-unit"))


def _supplement(r: Mapping[str, Any]) -> None:
    v.text("name", r["name"], 120)


def _schedule(r: Mapping[str, Any]) -> None:
    _dose_unit("dose_unit", r["dose_unit"])
    v.dose_amount("dose_amount", r["dose_amount"], r["dose_unit"], r["supplement"])
    if (r["every_days"] is None) == (r["weekdays"] is None):
        raise InvalidInput("every_days", r["every_days"], reason("every-or-weekdays"))
    if r["every_days"] is not None:
        v.count("every_days", r["every_days"], low=1, high=366)
    if r["weekdays"] is not None:
        parse_weekdays(r["weekdays"])
    _exact("phase", r["phase"], PHASES)
    for name in ("end", "stopped_on", "moved_on"):
        if r.get(name) is not None and r[name] < r["start"]:
            raise InvalidInput(name, r[name].isoformat(),
                               reason("end-after-start", start=r["start"]))
    if r["weeks"] is not None:
        v.count("weeks", r["weeks"], low=1, high=520)
    _exact("stop_why", r["stop_why"], WHY)
    if r["stopped_on"] is None:  # a reason is for a stop: none without its day
        for name in ("stop_why", "stop_note"):
            if r[name] is not None:
                raise InvalidInput("stopped_on", "", reason("required"))


def _dose(r: Mapping[str, Any]) -> None:
    _dose_unit("unit", r["unit"])
    if r["amount"] < 0:
        raise InvalidInput("amount", r["amount"], reason("number-not-negative"))
    if r.get("late_for") is not None and not r["late_for"] < r["day"]:
        raise InvalidInput("late_for", r["late_for"].isoformat(),
                           reason("late-for-before", day=r["day"]))


def _decision(r: Mapping[str, Any]) -> None:
    _exact("kind", r["kind"], DECISIONS)


def _break(r: Mapping[str, Any]) -> None:
    _exact("why", r["why"], WHY)
    if r["last"] < r["first"]:
        raise InvalidInput("last", r["last"], reason("date-not-before", first=r["first"]))


def _pain(r: Mapping[str, Any]) -> None:
    check_score("score", r["score"], required=True)
    _exact("scale", r["scale"], SCALES)


def _cramp(r: Mapping[str, Any]) -> None:
    v.count("count", r["count"])
    for name in ("severity", "sleep_disturbance"):
        _score(name, r[name])
    v.minutes("longest_min", r["longest_min"])
    _exact("side", r["side"], SIDES)


def _spasm(r: Mapping[str, Any]) -> None:
    v.count("count", r["count"])
    _score("severity", r["severity"])
    v.minutes("duration_min", r["duration_min"])


def _lab(r: Mapping[str, Any]) -> None:
    a = analyte(r["analyte"])
    if a.code != r["analyte"]:
        raise InvalidInput("analyte", r["analyte"], reason("one-of", choices=a.code))
    a.canonical_unit(r["unit"])
    if r["value"] < 0:
        raise InvalidInput("value", r["value"], reason("number-not-negative"))
    low, high = r["ref_low"], r["ref_high"]
    if low is not None and high is not None and low >= high:
        raise InvalidInput("ref_low", low, reason("range-order", high=high))


def _recheck(r: Mapping[str, Any]) -> None:
    a = analyte(r["analyte"])
    if a.code != r["analyte"]:
        raise InvalidInput("analyte", r["analyte"], reason("one-of", choices=a.code))


def _supply(r: Mapping[str, Any]) -> None:
    if r["holds_unit"] is not None and r["holds_unit"] not in DOSE_UNITS.values():
        raise InvalidInput("holds_unit", r["holds_unit"], reason("dose-unit"))
    checked_stock(r["counted"], r["form"], r["holds_amount"], r["holds_unit"])


def _supply_pack(r: Mapping[str, Any]) -> None:
    if not r["count"] > 0:
        raise InvalidInput("count", r["count"], reason("dose-positive"))


RULES: dict[str, Callable[[Mapping[str, Any]], None]] = {
    "supplements": _supplement, "schedules": _schedule, "doses": _dose,
    "decisions": _decision, "breaks": _break, "pain": _pain, "cramps": _cramp,
    "spasms": _spasm, "labs": _lab, "rechecks": _recheck, "supplies": _supply,
    "supply_packs": _supply_pack,
}


def check(kind: str, values: Mapping[str, Any]) -> InvalidInput | None:
    """The first rule the record breaks, or None."""
    try:
        _texts(values)
        RULES[kind](values)
    except InvalidInput as err:
        return err
    return None


__all__ = ["check"]
