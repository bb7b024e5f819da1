"""Lab results as printed, each also in the other unit, with the report's range and its flag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...domain.ranges import Profile, ReportRange
from ...domain.units import ANALYTES
from .base import Index, RowsModel
from ...services.labs import LabView
from ...services.summaries import FLAG_WORDS, other_unit

COLUMNS = ("Date", "Test", "Result as printed", "In the other unit", "Report's range",
           "Flag", "Lab")


class LabModel(RowsModel):
    COLUMNS = COLUMNS
    rows: list[LabView]
    profiles: dict[str, Profile] = {}

    def set_rows(self, rows: list[LabView], profiles: dict[str, Profile]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (r.day, r.id), reverse=True)
        self.profiles = profiles
        self.endResetModel()

    def flag_text(self, r: LabView) -> str:
        text = self.tr(FLAG_WORDS[r.flag])
        prof = self.profiles.get(r.analyte)
        if prof is not None:
            band = prof.classify(r.value, r.unit)
            text += self.tr("; %s") % prof.describe(band)
        return text

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return self.flag_text(r)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == 0:
            return r.day.isoformat()
        if col == 1:
            return ANALYTES[r.analyte].title
        if col == 2:
            return f"{r.value_text} {r.unit}"
        if col == 3:
            return other_unit(r.analyte, r.value, r.unit) or ""
        if col == 4:
            has = r.low is not None or r.high is not None
            return ReportRange(r.low, r.high, r.unit).text() if has else ""
        if col == 5:
            return self.flag_text(r)
        return r.lab_name or ""
