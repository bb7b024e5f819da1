"""The export document (format "vdtracker-export", version 3; 1 and 2 are read too): its record
kinds, their fields and types, and reading one back with every problem named by kind, row and
field.

Pure: values are plain JSON types here (dates as ISO text); the services map them to rows.
The schema is written out in docs/export-format.md; tests check it against the stored columns,
so a new column cannot be left out of the export unnoticed."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from ..domain.errors import InvalidInput, Reason, reason

FORMAT = "vdtracker-export"
# 2 added `breaks`, 3 a schedule's `stop_why` and `stop_note`, 4 `supplies`, `supply_packs`
# and a schedule's `moved_on` and `moved_from`, 5 a dose's `late_for`; an older file (without
# them) is read as it was: what it lacks is empty
VERSION = 5
CONTAINS = ("Personal health data from VD Tracker (symptoms, supplements, lab results). "
            "Keep this file private.")

TEXT, INT, FLOAT, BOOL, DATE, TIME, DATETIME = ("text", "int", "float", "bool", "date", "time",
                                                "datetime")


@dataclass(frozen=True)
class Kind:
    """One list in the document: `entry` is the stored kind it holds; `fields` in file order
    with their types; `required` may not be empty."""

    key: str
    entry: str
    fields: tuple[tuple[str, str], ...]
    required: frozenset[str] = field(default_factory=frozenset)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.fields)


def _kind(key: str, entry: str, fields: str, required: str) -> Kind:
    pairs = tuple(tuple(f.split(":")) for f in fields.split())
    return Kind(key, entry, pairs, frozenset(required.split()))  # type: ignore[arg-type]


# Order matters: a schedule names its supplement; doses, decisions and breaks name their
# schedule.
KINDS = (
    _kind("supplements", "supplement", "name:text substance:text created_at:datetime", "name"),
    _kind("schedules", "regimen",
          "ref:int supplement:text dose_amount:float dose_unit:text every_days:int "
          "weekdays:text start:date end:date weeks:int phase:text stopped_on:date "
          "remind_at:time note:text created_at:datetime stop_why:text stop_note:text "
          "moved_on:date moved_from:int",
          "ref supplement dose_amount dose_unit start phase"),
    _kind("doses", "dose",
          "supplement:text schedule:int day:date time:time amount:float unit:text "
          "skipped:bool note:text created_at:datetime late_for:date",
          "supplement day amount unit skipped"),
    _kind("decisions", "decision",
          "schedule:int kind:text said_on:date note:text created_at:datetime",
          "schedule kind said_on"),
    _kind("breaks", "break",
          "schedule:int first:date last:date why:text note:text created_at:datetime",
          "schedule first last"),
    _kind("pain", "pain",
          "day:date time:time score:float scale:text region:text note:text "
          "created_at:datetime",
          "day score scale"),
    _kind("cramps", "cramp",
          "night_of:date daytime:bool count:int severity:float longest_min:float "
          "sleep_disturbance:float region:text side:text note:text created_at:datetime",
          "night_of daytime count"),
    _kind("spasms", "spasm",
          "day:date time:time region:text count:int severity:float duration_min:float "
          "note:text created_at:datetime",
          "day count"),
    _kind("labs", "lab",
          "analyte:text value:float value_text:text unit:text ref_low:float ref_high:float "
          "day:date lab_name:text note:text created_at:datetime",
          "analyte value value_text unit day"),
    _kind("rechecks", "recheck", "analyte:text due:date set_on:date note:text created_at:datetime",
          "analyte due set_on"),
    _kind("supplies", "supply",
          "supplement:text form:text holds_amount:float holds_unit:text counted:float "
          "counted_at:datetime created_at:datetime",
          "supplement form counted counted_at"),
    _kind("supply_packs", "supply_pack",
          "supplement:text count:float added_at:datetime created_at:datetime",
          "supplement count added_at"),
)
BY_KEY = {k.key: k for k in KINDS}
SETTINGS = "settings"  # a map of setting key -> stored text


@dataclass(frozen=True)
class Problem:
    """Something in a file that cannot be imported: where (kind and row, 1-based: the list's
    position in JSON, the line in a CSV file), which field, the value and why."""

    kind: str
    row: int
    error: InvalidInput


@dataclass(frozen=True)
class Row:
    """One record read back: its row (for problems) and its values, typed (date, time ...)."""

    row: int
    values: Mapping[str, Any]


@dataclass
class Document:
    rows: dict[str, list[Row]] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    setting_rows: dict[str, int] = field(default_factory=dict)  # key -> csv line
    problems: list[Problem] = field(default_factory=list)


class Refused(ValueError):
    """A value of the right type that an import still refuses: `why` is the reason's kind."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


# Every date an import takes lies in this range (docs/export-format.md): a schedule from the
# year 1 or 9999 would break every report, calendar and FHIR export made afterwards.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2100, 12, 31)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(d: date) -> None:
    if not FIRST_DAY <= d <= LAST_DAY:
        raise Refused("date-range")


def _naive(t: time | datetime) -> None:
    if t.tzinfo is not None:
        raise Refused("time-naive")


class NotAnExport(ValueError):
    """The whole file is not something to import (its reason says why)."""

    def __init__(self, why: Reason) -> None:
        super().__init__(why.kind)
        self.reason = why


# ---- writing -----------------------------------------------------------------------------

def encode(value: Any) -> Any:
    """A stored value as JSON: dates and times as ISO text, the rest as it is."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def header() -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "contains": CONTAINS}


# ---- reading -----------------------------------------------------------------------------

def decode(kind: str, value: Any) -> Any:
    """A JSON value as the field's type; ValueError when it is not one."""
    if value is None:
        return None
    if kind == TEXT:
        if not isinstance(value, str):
            raise ValueError(kind)
        if "\x00" in value:
            raise Refused("text-characters")
        return value
    if kind == BOOL:
        if not isinstance(value, bool):
            raise ValueError(kind)
        return value
    if kind == INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(kind)
        return value
    if kind == FLOAT:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(kind)
        if not math.isfinite(value):
            raise ValueError(kind)
        return float(value)
    if not isinstance(value, str):
        raise ValueError(kind)
    if kind == DATE:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(kind)
        day = date.fromisoformat(value)
        _day(day)
        return day
    if kind == TIME:
        at = time.fromisoformat(value)
        _naive(at)
        return at
    when = datetime.fromisoformat(value)
    _naive(when)
    _day(when.date())
    return when


_WHY = {TEXT: "text", INT: "whole-number-value", FLOAT: "number", BOOL: "true-false",
        DATE: "date-format", TIME: "time-format", DATETIME: "datetime-format"}


def read_row(kind: Kind, number: int, raw: Any, doc: Document) -> None:
    """Check one record and keep it (or its problems) in `doc`."""
    if not isinstance(raw, dict):
        doc.problems.append(Problem(kind.key, number, InvalidInput(
            "record", type(raw).__name__, reason("export-record"))))
        return
    values: dict[str, Any] = {}
    ok = True
    for name in raw:
        if name not in kind.names:
            ok = False
            doc.problems.append(Problem(kind.key, number, InvalidInput(
                name, raw[name], reason("export-field", fields=", ".join(kind.names)))))
    for name, typ in kind.fields:
        try:
            values[name] = decode(typ, raw.get(name))
        except Refused as err:
            ok = False
            shown = "" if err.why == "text-characters" else raw.get(name)
            doc.problems.append(Problem(kind.key, number, InvalidInput(
                name, shown, reason(err.why, first=FIRST_DAY, last=LAST_DAY))))
            continue
        except ValueError:
            ok = False
            doc.problems.append(Problem(kind.key, number, InvalidInput(
                name, raw.get(name), reason(_WHY[typ]))))
            continue
        blank = values[name] is None or (isinstance(values[name], str)
                                         and not values[name].strip())
        if name in kind.required and blank:
            ok = False
            doc.problems.append(Problem(kind.key, number, InvalidInput(
                name, "", reason("required"))))
    if ok:
        doc.rows.setdefault(kind.key, []).append(Row(number, values))


def read(data: Any) -> Document:
    """A parsed JSON export as a Document; NotAnExport when it is not one at all (or one a
    newer version wrote). Problems with single records are collected, not raised."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotAnExport(reason("not-an-export"))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise NotAnExport(reason("not-an-export"))
    if version < 1:
        raise NotAnExport(reason("export-version", version=version, known=VERSION))
    if version > VERSION:
        raise NotAnExport(reason("export-newer", version=version, known=VERSION))
    doc = Document()
    for name in data:
        if name not in BY_KEY and name not in ("format", "version", "contains", SETTINGS):
            doc.problems.append(Problem(name, 0, InvalidInput(
                name, "", reason("export-list", lists=", ".join(BY_KEY)))))
    for kind in KINDS:
        rows = data.get(kind.key, [])
        if not isinstance(rows, list):
            doc.problems.append(Problem(kind.key, 0, InvalidInput(
                kind.key, type(rows).__name__, reason("export-list", lists=kind.key))))
            continue
        for i, raw in enumerate(rows, start=1):
            read_row(kind, i, raw, doc)
    settings = data.get(SETTINGS, {})
    if isinstance(settings, dict) and all(isinstance(k, str) and isinstance(v, str)
                                          for k, v in settings.items()):
        doc.settings = dict(settings)
    else:
        doc.problems.append(Problem(SETTINGS, 0, InvalidInput(
            SETTINGS, "", reason("export-settings"))))
    return doc


__all__ = ["FORMAT", "KINDS", "VERSION", "Document", "Kind", "NotAnExport", "Problem", "Row",
           "decode", "encode", "header", "read", "read_row"]
