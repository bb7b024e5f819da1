"""History: every entry newest first; filter by kind and dates; edit and delete in place."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.history import HISTORY_KINDS, EntryRow, HistoryFilter
from ...wording import arg
from .. import operations
from ..context import Context, coalesced
from ..locale_numbers import date_box
from ..tables.history_model import HistoryModel
from ..tables.value_delegate import ValueDelegate
from ..widgets.dates import pydate, qdate

FILTERS = (HISTORY_KINDS, ("pain",), ("cramp",), ("spasm",), ("dose",), ("lab",), ("decision",))


class HistoryPage(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox(self)
        for title in (self.tr("All entries"), self.tr("Pain"), self.tr("Cramps"), self.tr("Spasm"),
                      self.tr("Doses"), self.tr("Labs"), self.tr("Clinician's decisions")):
            self.kind.addItem(title)
        self.kind.setAccessibleName(self.tr("Show which entries"))
        today = ctx.today()
        self.use_from = QCheckBox(self.tr("Fro&m"), self)
        self.first = date_box(self, today - timedelta(days=30), today=ctx.today)
        self.use_to = QCheckBox(self.tr("&To"), self)
        self.last = date_box(self, today, today=ctx.today)
        for w, name in ((self.first, self.tr("From date")), (self.last, self.tr("To date"))):
            w.setAccessibleName(name)
        self.delete = QPushButton(self.tr("&Delete"), self)
        self.delete.setAccessibleName(self.tr("Delete the selected entries"))
        self.delete.setEnabled(False)
        show = QLabel(self.tr("&Show"), self)
        show.setBuddy(self.kind)
        parts: tuple[QWidget, ...] = (show, self.kind, self.use_from, self.first, self.use_to,
                                      self.last)
        for part in parts:
            bar.addWidget(part)
        bar.addStretch(1)
        bar.addWidget(self.delete)
        lay.addLayout(bar)
        self.model = HistoryModel(ctx.services.entries, self._edit, ctx.words)
        self.table = QTableView(self)
        self.table.setItemDelegateForColumn(4, ValueDelegate(ctx, self.model, self.table))
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("All entries, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        lay.addWidget(self.table, 1)
        self.count = QLabel(self)
        lay.addWidget(self.count)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected).setWhatsThis(
            self.tr("Delete the selected entries (in the list)"))
        self.delete.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.delete.setEnabled(self.table.selectionModel().hasSelection()))
        for sig in (self.kind.currentIndexChanged, self.use_from.toggled, self.use_to.toggled,
                    self.first.dateChanged, self.last.dateChanged):
            sig.connect(self.apply_filter)
        ctx.signals.changed.connect(coalesced(self, self._refresh))
        ctx.signals.day_changed.connect(self._new_day)
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(HistoryFilter(
            FILTERS[self.kind.currentIndex()],
            pydate(self.first.date()) if self.use_from.isChecked() else None,
            pydate(self.last.date()) if self.use_to.isChecked() else None))
        self._count()

    def _new_day(self, today: date) -> None:
        """Past midnight: the dates of a filter not in use start from the new today."""
        if not self.use_from.isChecked():
            self.first.setDate(qdate(today - timedelta(days=30)))
        if not self.use_to.isChecked():
            self.last.setDate(qdate(today))

    def show_kind(self, kind: str) -> None:
        index = FILTERS.index((kind,))
        self.kind.setCurrentIndex(index)

    def _refresh(self) -> None:
        """Read again after a change; the cell the patient was on, and the rows chosen, stay
        chosen (an edit in place does not send the cursor back to the first row)."""
        rows, model = self.model.rows, self.model
        current = self.table.currentIndex()
        at = (rows[current.row()].kind, rows[current.row()].id, current.column()) \
            if current.isValid() and current.row() < len(rows) else None
        chosen = {(rows[i.row()].kind, rows[i.row()].id)
                  for i in self.table.selectionModel().selectedRows() if i.row() < len(rows)}
        model.reload()
        where = {(e.kind, e.id): n for n, e in enumerate(model.rows)}
        selection = self.table.selectionModel()
        if at is not None and (at[0], at[1]) in where:
            selection.setCurrentIndex(model.index(where[at[0], at[1]], at[2]),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        for key in chosen & where.keys():
            selection.select(model.index(where[key], 0),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        self._count()

    def _count(self) -> None:
        n = self.model.total
        self.count.setText(self.tr("%n entries", "", n))

    def _edit(self, e: EntryRow, field: str, value: Any) -> bool:
        what = {"day": self.tr("date"), "value": self.tr("value"), "note": self.tr("note")}[field]
        text = arg(self.tr("Change %1 of %2"), what, self.ctx.words.entry(e.summary))
        saved = operations.run(self.ctx, lambda confirmed: self.ctx.services.entries.update(
            e.kind, e.id, field, value, today=self.ctx.today(), confirmed=confirmed),
            undo_text=text, ask_parent=self)
        return saved is not None

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        targets = [self.model.entry(r) for r in rows]
        if not targets:
            return
        text = (self.tr("Delete %n entries", "", len(targets)) if len(targets) > 1
                else arg(self.tr("Delete %1"), self.ctx.words.entry(targets[0].summary)))
        operations.run(self.ctx, lambda _confirmed: self.ctx.services.entries.delete(
            [(e.kind, e.id) for e in targets]), undo_text=text)
