"""One-line descriptions of stored entries, as the History page and reports show them."""

from __future__ import annotations

from typing import Any

from ..domain.ranges import ReportRange, flag_against_report
from ..domain.units import ANALYTES, convert, format_lab_value, format_number


def _score(label: str, v: float | None) -> str | None:
    return f"{label} {v:g}/10" if v is not None else None


def _join(*parts: str | None) -> str:
    return ", ".join(p for p in parts if p)


def _where(*parts: str | None) -> str:
    text = ", ".join(p for p in parts if p)
    return f" — {text}" if text else ""


FLAG_WORDS = {"below": "below the report's range", "above": "above the report's range",
              "within": "within the report's range", "unknown": "no range recorded"}


def summarize(kind: str, r: Any, extra: Any = None) -> str:
    if kind == "pain":
        return f"Pain {r.score:g}/10{_where(r.region)}"
    if kind == "cramp":
        what = "daytime cramp" if r.daytime else "night cramp"
        head = f"{r.count} {what}{'s' if r.count != 1 else ''}"
        longest = f"longest {format_number(r.longest_min)} min" if r.longest_min is not None else None
        return _join(head, _score("worst", r.severity), longest,
                     _score("sleep disturbed", r.sleep_disturbance)) + _where(r.region, r.side)
    if kind == "spasm":
        head = f"{r.count} spasm episode{'s' if r.count != 1 else ''}"
        dur = f"{format_number(r.duration_min)} min" if r.duration_min is not None else None
        return _join(head, _score("severity", r.severity), dur) + _where(r.region)
    if kind == "dose":
        state = "skipped" if r.skipped else "taken"
        return f"{extra} {format_number(r.amount)} {r.unit} {state}"
    if kind == "lab":
        return lab_line(r)
    raise ValueError(kind)


def lab_line(r: Any) -> str:
    """'Vitamin D 19 nmol/L (7.6 ng/mL) — below the report's range (50–125 nmol/L)'."""
    title = ANALYTES[r.analyte].title
    other = other_unit(r.analyte, r.value, r.unit)
    shown = f"{r.value_text} {r.unit}" + (f" ({other})" if other else "")
    rng = ReportRange(r.ref_low, r.ref_high, r.unit) \
        if (r.ref_low is not None or r.ref_high is not None) else None
    flag = flag_against_report(r.value, r.unit, rng, r.analyte).value
    note = FLAG_WORDS[flag] if flag != "unknown" else ""
    return f"{title} {shown}" + (_where(f"{note} ({rng.text()})") if rng else "")


def other_unit(analyte: str, value: float, unit: str) -> str | None:
    """The value in the analyte's other common unit (ng/mL <-> nmol/L, pmol/L <-> pg/mL ...)."""
    a = ANALYTES[analyte]
    for candidate in a.units:
        if candidate != unit and a.units[candidate] != a.units[unit]:
            return format_lab_value(convert(value, unit, candidate, analyte), candidate, analyte)
    return None


__all__ = ["lab_line", "other_unit", "summarize"]
