"""Lab results as printed, each also in the other unit, with the report's range and its flag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...domain.printed import qualifier_of
from ...domain.ranges import Flag, Profile, ReportRange
from ...services.labs import LabView
from ...wording import Wording, arg
from .base import Index, RowsModel


class LabModel(RowsModel):
    COLUMNS = ("date", "test", "printed", "other-unit", "range", "flag", "lab")
    rows: list[LabView]
    profiles: dict[str, Profile] = {}

    def __init__(self, words: Wording) -> None:
        super().__init__()
        self.words = words

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Test"), self.tr("Result as printed"),
                self.tr("In the other unit"), self.tr("Report's range"), self.tr("Flag"),
                self.tr("Lab"))

    def set_rows(self, rows: list[LabView], profiles: dict[str, Profile]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: (r.day, r.id), reverse=True)
        self.profiles = profiles
        self.endResetModel()

    def flag_text(self, r: LabView) -> str:
        c = self.words.common
        text = c.flag(r.flag)
        prof = self.profiles.get(r.analyte)
        if prof is not None:
            # the report's flag goes in: vitamin D above it is never called "sufficient"
            band = prof.classify(r.value, r.unit, qualifier_of(r.value_text), Flag(r.flag))
            text = arg(self.tr("%1; %2"), text, c.band(prof.code, band.label, r.unit, r.value,
                                                        r.value_text))
        return text

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return self.flag_text(r)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        c = self.words.common
        if col == 0:
            return c.day(r.day)
        if col == 1:
            return c.analyte(r.analyte)
        if col == 2:
            return f"{c.printed(r.value_text, r.value)} {r.unit}"
        if col == 3:
            # "<10 ng/mL" is "<25 nmol/L", never "25"
            return c.in_other_unit(r.analyte, r.value, r.unit, r.value_text)
        if col == 4:
            has = r.low is not None or r.high is not None
            return c.range(ReportRange(r.low, r.high, r.unit)) if has else ""
        if col == 5:
            return self.flag_text(r)
        return r.lab_name or ""
