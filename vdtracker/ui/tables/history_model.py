"""All entries, newest first, fetched a page at a time; date, value and note edit in place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt

from ...domain.printed import qualifier_of
from ...services.entries import EntryService
from ...services.history import EntryRow, HistoryFilter
from ...wording import Wording
from .base import Index, RowsModel

PAGE = 200
EDITABLE = {0: "day", 4: "value", 5: "note"}
Editor = Callable[[EntryRow, str, Any], bool]


class HistoryModel(RowsModel):
    COLUMNS = ("date", "time", "kind", "entry", "value", "note")
    rows: list[EntryRow]

    def __init__(self, entries: EntryService, editor: Editor | None = None,
                 words: Wording | None = None) -> None:
        super().__init__()
        self.words = words or Wording()
        self.entries = entries
        self.editor = editor
        self.filter = HistoryFilter()
        self.rows: list[EntryRow] = []
        self.total = 0

    def set_filter(self, f: HistoryFilter) -> None:
        self.filter = f
        self.reload(keep=0)

    def reload(self, keep: int | None = None) -> None:
        """Re-read after a change, keeping as many rows loaded as before."""
        wanted = max(PAGE, len(self.rows) if keep is None else keep)
        self.beginResetModel()
        self.total = self.entries.count(self.filter)
        self.rows = self.entries.page(self.filter, 0, min(wanted, self.total))
        self.endResetModel()

    # ---- lazy fetching ------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self.entries.page(self.filter, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Time"), self.tr("Kind"), self.tr("Entry"),
                self.tr("Value"), self.tr("Note"))

    def kind_title(self, kind: str) -> str:
        return {"pain": self.tr("Pain"), "cramp": self.tr("Cramps"), "spasm": self.tr("Spasm"),
                "dose": self.tr("Dose"), "lab": self.tr("Lab"),
                "decision": self.tr("Clinician")}[kind]

    # ---- the table --------------------------------------------------------------------
    def entry(self, row: int) -> EntryRow:
        return self.rows[row]

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        e, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            return {0: QDate(e.day.year, e.day.month, e.day.day), 4: e.value,
                    5: e.note or ""}.get(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return self.words.day(e.day)
            if col == 1:
                return e.time.strftime("%H:%M") if e.time else ""
            if col == 2:
                return self.kind_title(e.kind)
            if col == 3:
                return self.words.entry(e.summary)
            if col == 4:
                if e.value is None:
                    return ""
                limit = qualifier_of(e.summary.params.get("value_text")) if e.kind == "lab" else ""
                return limit + self.words.number(e.value)  # "<10", never a bare 10
            return e.note or ""
        if role == Qt.ItemDataRole.ToolTipRole and col in (3, 5):
            return self.words.entry(e.summary) if col == 3 else e.note
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 4 and self.rows[index.row()].value is None:
            return base  # nothing to change: a clinician's decision has no value
        if index.isValid() and index.column() in EDITABLE and self.editor is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.editor is None \
                or index.column() not in EDITABLE:
            return False
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day())
        return self.editor(self.rows[index.row()], EDITABLE[index.column()], value)
