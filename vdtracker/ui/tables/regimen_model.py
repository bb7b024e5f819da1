"""The saved schedules as a read-only table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...domain.units import format_number
from .base import Index, RowsModel
from ...services.results import RegimenView

COLUMNS = ("Supplement", "Dose", "Schedule", "Phase", "From", "To", "Status", "Average a day")


class RegimenModel(RowsModel):
    COLUMNS = COLUMNS
    rows: list[RegimenView]

    def set_rows(self, rows: list[RegimenView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        r = self.rows[index.row()]
        end = r.stopped_on.isoformat() + self.tr(" (stopped)") if r.stopped_on else \
            (r.end.isoformat() if r.end else self.tr("open-ended"))
        schedule = r.schedule + (self.tr(", reminder %s") % r.remind_at.strftime("%H:%M")
                                 if r.remind_at else "")
        return (r.supplement, f"{format_number(r.amount)} {r.unit}", schedule, self.tr(r.phase),
                r.start.isoformat(), end, self.tr(r.status),
                f"≈ {format_number(round(r.average_per_day))} {r.unit}")[index.column()]
