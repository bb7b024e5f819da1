"""Lab results as printed on the report, and the clinician's retest dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..domain import validation as v
from ..domain.errors import InvalidInput, reason
from ..domain.messages import message
from ..domain.plausible import check_lab
from ..domain.printed import qualifier_of, split_printed
from ..domain.ranges import ReportRange, check_range, flag_against_report
from ..domain.units import analyte, format_lab_value
from ..models import LabResult, RecheckDate
from ..storage.database import Database
from .results import Saved, added


@dataclass(frozen=True)
class LabInput:
    """A result as printed on the report (the value kept as typed: '7.6', '<5')."""

    analyte: str
    value_text: str
    unit: str
    day: date
    low: float | None = None
    high: float | None = None
    lab_name: str | None = None
    note: str | None = None
    value: float | None = None  # read in the user's language (window, command line), else the text


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
        raise InvalidInput(field, typed, reason("lab-number")) from None
    if value != value or value < 0 or value in (float("inf"),):
        raise InvalidInput(field, typed, reason("number-not-negative"))
    return value


def checked_value(value: float, typed: str) -> float:
    if value != value or value < 0 or value == float("inf"):
        raise InvalidInput("value", typed, reason("number-not-negative"))
    return value


class LabService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, result: LabInput, *, today: date, confirmed: bool = False) -> Saved:
        """Save a result as printed: "<10" keeps its qualifier (and is read as 10), the unit is
        kept as printed ("µg/L"); a value or range far outside what the test prints in that
        unit asks first (ConfirmationNeeded) unless `confirmed`."""
        a = analyte(result.analyte)
        canon = a.canonical_unit(result.unit)
        printed = split_printed(result.value_text)
        value = (parse_value("value", printed.number) if result.value is None
                 else checked_value(result.value, result.value_text))
        low, high = result.low, result.high
        check_range(low, high)
        v.not_future("date", result.day, today)
        check_lab(a.code, value, canon, low, high, confirmed)
        unit = " ".join(result.unit.split())
        row = LabResult(analyte=a.code, value=value, value_text=result.value_text.strip(),
                        unit=unit, ref_low=low, ref_high=high, day=result.day,
                        lab_name=v.text("lab", result.lab_name),
                        note=v.text("note", result.note, v.MAX_TEXT))
        rng = ReportRange(low, high, unit) if (low is not None or high is not None) else None
        flag = flag_against_report(value, unit, rng, a.code, printed.qualifier)
        with self.db.transaction() as s:
            s.add(row)
            s.flush()
            return Saved(message("saved.lab", analyte=a.code, value_text=row.value_text,
                                 unit=unit, day=result.day, flag=flag.value, range=rng),
                         (added("lab", row),))

    def list(self) -> list[LabView]:
        with self.db.reading() as s:
            rows = s.scalars(select(LabResult).order_by(LabResult.day, LabResult.id)).all()
            out = []
            for r in rows:
                rng = ReportRange(r.ref_low, r.ref_high, r.unit) \
                    if (r.ref_low is not None or r.ref_high is not None) else None
                out.append(LabView(r.id, r.analyte, r.day, r.value, r.value_text, r.unit,
                                   r.ref_low, r.ref_high,
                                   flag_against_report(r.value, r.unit, rng, r.analyte,
                                                       qualifier_of(r.value_text)).value,
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
        row = RecheckDate(analyte=a.code, due=due, set_on=today, note=v.text("note", note))
        with self.db.transaction() as s:
            s.add(row)
            s.flush()
            return Saved(message("saved.recheck", analyte=a.code, due=due),
                         (added("recheck", row),))


__all__ = ["LabService", "LabView", "format_lab_value"]
