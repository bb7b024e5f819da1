"""Short ways for tests to store a history through the real services (typed inputs inside)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from vdtracker.domain.day_entry import CrampPart, DayEntry, PainPart, SpasmPart
from vdtracker.services.bundle import Services
from vdtracker.services.labs import LabInput
from vdtracker.services.regimens import RegimenInput
from vdtracker.services.results import Saved


def add_schedule(svc: Services, *, confirmed: bool = False, replace_id: int | None = None,
                 **plan: Any) -> Saved:
    return svc.regimens.add(RegimenInput(**plan), confirmed=confirmed, replace_id=replace_id)


def log_pain(svc: Services, score: float, *, day: date, today: date, at: time | None = None,
             region: str | None = None, note: str | None = None) -> Saved:
    return svc.diary.save_day(DayEntry(day=day, at=at, pain=PainPart(score, region), note=note),
                              today=today)


def log_cramp(svc: Services, *, day: date, today: date, note: str | None = None,
              **cramp: Any) -> Saved:
    """Cramps in the night that starts on `day` (as `vdtracker log cramp --date` says)."""
    return svc.diary.save_day(DayEntry(day=day, cramps=CrampPart(**cramp), cramp_night=day,
                                       note=note), today=today)


def log_spasm(svc: Services, *, day: date, today: date, at: time | None = None,
              note: str | None = None, **spasm: Any) -> Saved:
    return svc.diary.save_day(DayEntry(day=day, at=at, spasm=SpasmPart(**spasm), note=note),
                              today=today)


def add_lab(svc: Services, analyte: str, value_text: str, unit: str, *, day: date, today: date,
            **rest: Any) -> Saved:
    return svc.labs.add(LabInput(analyte, value_text, unit, day, **rest), today=today)
