"""Lab results as printed on the report, and the clinician's retest dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..domain import validation as v
from ..domain.errors import InvalidInput
from ..domain.ranges import Flag, ReportRange, check_range, flag_against_report
from ..domain.units import analyte, format_lab_value
from ..domain.alert_types import day_text
from ..models import LabResult, RecheckDate
from ..storage.database import Database
from .results import Saved

FLAG_TEXT = {Flag.BELOW: "below the range on your lab report",
             Flag.ABOVE: "above the range on your lab report",
             Flag.WITHIN: "within the range on your lab report",
             Flag.UNKNOWN: "no range recorded from the report"}


@dataclass(frozen=True)
class LabView:
    id: int
    analyte: str
    day: date
    value: float
    value_text: str
    unit: str
    low: float | None
    high: float | None
    flag: str
    lab_name: str | None


def parse_value(field: str, typed: str) -> float:
    try:
        value = float(typed)
    except ValueError:
        raise InvalidInput(field, typed, "use a number as printed on the report, e.g. 19 or 7.6") from None
    if value != value or value < 0 or value in (float("inf"),):
        raise InvalidInput(field, typed, "use a number of 0 or more")
    return value


class LabService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, analyte_code: str, value_text: str, unit: str, *, day: date, today: date,
            low: float | None = None, high: float | None = None, lab_name: str | None = None,
            note: str | None = None) -> Saved:
        a = analyte(analyte_code)
        canon = a.canonical_unit(unit)
        value = parse_value("VALUE", value_text)
        check_range(low, high)
        v.not_future("--date", day, today)
        row = LabResult(analyte=a.code, value=value, value_text=value_text.strip(), unit=canon,
                        ref_low=low, ref_high=high, day=day, lab_name=v.text("--lab", lab_name),
                        note=v.text("--note", note, v.MAX_TEXT))
        rng = ReportRange(low, high, canon) if (low is not None or high is not None) else None
        flag = flag_against_report(value, canon, rng, a.code)
        with self.db.transaction() as s:
            s.add(row)
            s.flush()
            shown = f"{value_text.strip()} {canon}"
            return Saved("lab", row.id, f"{a.title} {shown} on {day_text(day)}: {FLAG_TEXT[flag]}"
                                        + (f" ({rng.text()})" if rng else ""))

    def list(self) -> list[LabView]:
        with self.db.reading() as s:
            rows = s.scalars(select(LabResult).order_by(LabResult.day, LabResult.id)).all()
            out = []
            for r in rows:
                rng = ReportRange(r.ref_low, r.ref_high, r.unit) \
                    if (r.ref_low is not None or r.ref_high is not None) else None
                out.append(LabView(r.id, r.analyte, r.day, r.value, r.value_text, r.unit,
                                   r.ref_low, r.ref_high,
                                   flag_against_report(r.value, r.unit, rng, r.analyte).value,
                                   r.lab_name))
            return out

    def rechecks(self) -> dict[str, date]:
        """The latest retest date set for each test."""
        with self.db.reading() as s:
            rows = s.execute(select(RecheckDate.analyte, RecheckDate.due)
                             .order_by(RecheckDate.set_on, RecheckDate.id)).all()
        return {a: d for a, d in rows}

    def set_recheck(self, due: date, *, analyte_code: str = "vitamin-d", today: date,
                    note: str | None = None) -> Saved:
        a = analyte(analyte_code)
        row = RecheckDate(analyte=a.code, due=due, set_on=today, note=v.text("--note", note))
        with self.db.transaction() as s:
            s.add(row)
            s.flush()
            return Saved("recheck", row.id, f"Retest date for {a.title}: {day_text(due)}")


__all__ = ["LabService", "LabView", "format_lab_value"]
