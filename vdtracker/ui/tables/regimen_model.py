"""The saved schedules as a read-only table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...domain.units import readable
from ...services.results import RegimenView
from ...wording import Wording, arg
from ...wording.alerts import AlertWords
from .base import Index, RowsModel


class RegimenModel(RowsModel):
    COLUMNS = ("supplement", "dose", "schedule", "phase", "from", "to", "status", "per-day",
               "note")
    rows: list[RegimenView]

    def __init__(self, words: Wording) -> None:
        super().__init__()
        self.words = words

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Supplement"), self.tr("Dose"), self.tr("Schedule"), self.tr("Phase"),
                self.tr("From"), self.tr("To"), self.tr("Status"), self.tr("Average a day"),
                self.tr("Note"))

    def set_rows(self, rows: list[RegimenView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def status(self, status: str) -> str:
        return {"planned": self.tr("planned"), "active": self.tr("active"),
                "ended": self.tr("ended"), "stopped": self.tr("stopped")}.get(status, status)

    def data(self, index: Index, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            r = self.rows[index.row()]
            if self.COLUMNS[index.column()] == "to" and r.stopped_on and r.stop_note:
                return arg(self.tr("Why you stopped, in your words: %1"), r.stop_note)
            return r.note or None  # the whole note, however long
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        r, w = self.rows[index.row()], self.words
        if r.stopped_on and r.stop_why:
            end = arg(self.tr("%1 (stopped: %2)"), w.day(r.stopped_on),
                      AlertWords(w.common).why(r.stop_why))
        elif r.stopped_on:
            end = arg(self.tr("%1 (stopped)"), w.day(r.stopped_on))
        elif r.moved_on and r.end:  # the rest carries on in the row after it, on another day
            end = arg(self.tr("%1 (moved)"), w.day(r.end))
        else:
            end = w.day(r.end) if r.end else self.tr("open-ended")
        schedule = w.common.how_often(r.plan) if r.plan else r.schedule
        if r.every_days is not None and r.every_days % 7 == 0:  # which weekday: a move shows
            schedule = arg(self.tr("%1 (%2)"), schedule,
                           w.common.formats.weekday_name(r.start.weekday()))
        if r.remind_at:
            schedule = arg(self.tr("%1, reminder %2"), schedule, r.remind_at.strftime("%H:%M"))
        return (r.supplement, f"{w.number(r.amount)} {w.common.unit(r.unit)}", schedule,
                w.common.phase(r.phase), w.day(r.start), end, self.status(r.status),
                f"≈ {w.number(readable(r.average_per_day))} {w.common.unit(r.unit)}",
                r.note or "")[index.column()]
