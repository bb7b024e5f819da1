"""History: every entry newest first; filter by kind and dates; edit and delete in place."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.errors import InvalidInput
from ...services.entries import HISTORY_KINDS, EntryRow, HistoryFilter
from ...storage.errors import StorageError
from ..undo_steps import delete_entries, edit_entry
from ..context import Context, coalesced
from ..tables.history_model import KIND_TITLES, HistoryModel
from ..widgets.dates import pydate, qdate

FILTERS = (("All entries", HISTORY_KINDS), ("Pain", ("pain",)), ("Cramps", ("cramp",)),
           ("Spasm", ("spasm",)), ("Doses", ("dose",)), ("Labs", ("lab",)))


class HistoryPage(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        t = self.tr
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox(self)
        for title, _ in FILTERS:
            self.kind.addItem(t(title))
        self.kind.setAccessibleName(t("Show which entries"))
        today = ctx.today()
        self.use_from = QCheckBox(t("&From"), self)
        self.first = QDateEdit(qdate(today - timedelta(days=30)), self)
        self.use_to = QCheckBox(t("&To"), self)
        self.last = QDateEdit(qdate(today), self)
        for w, name in ((self.first, t("From date")), (self.last, t("To date"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setAccessibleName(name)
        self.delete = QPushButton(t("&Delete"), self)
        self.delete.setAccessibleName(t("Delete the selected entries"))
        self.delete.setEnabled(False)
        show = QLabel(t("&Show"), self)
        show.setBuddy(self.kind)
        for w in (show, self.kind, self.use_from, self.first, self.use_to, self.last):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.delete)
        lay.addLayout(bar)
        self.model = HistoryModel(ctx.entries, self._edit)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("All entries, newest first"))
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
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self.delete.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.delete.setEnabled(self.table.selectionModel().hasSelection()))
        for sig in (self.kind.currentIndexChanged, self.use_from.toggled, self.use_to.toggled,
                    self.first.dateChanged, self.last.dateChanged):
            sig.connect(self.apply_filter)
        ctx.signals.changed.connect(coalesced(self, self._refresh))
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(HistoryFilter(
            FILTERS[self.kind.currentIndex()][1],
            pydate(self.first.date()) if self.use_from.isChecked() else None,
            pydate(self.last.date()) if self.use_to.isChecked() else None))
        self._count()

    def show_kind(self, kind: str) -> None:
        index = next(i for i, (_, kinds) in enumerate(FILTERS) if kinds == (kind,))
        self.kind.setCurrentIndex(index)

    def _refresh(self) -> None:
        self.model.reload()
        self._count()

    def _count(self) -> None:
        n = self.model.total
        self.count.setText(self.tr("%n entries", "", n) if n != 1 else self.tr("1 entry"))

    def _edit(self, e: EntryRow, field: str, value: Any) -> bool:
        what = {"day": self.tr("date"), "value": self.tr("value"), "note": self.tr("note")}[field]
        try:
            edit_entry(self.ctx, e.kind, e.id, field, value,
                       self.tr("Change %s of %s") % (what, e.summary))
        except InvalidInput as err:
            self.ctx.signals.message.emit(self.tr("Not changed: %s %s — %s")
                                          % (err.field, err.value, err.allowed))
            return False
        except StorageError as err:
            self.ctx.signals.message.emit(str(err))
            return False
        return True

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        targets = [self.model.entry(r) for r in rows]
        if not targets:
            return
        text = (self.tr("Delete %n entries", "", len(targets)) if len(targets) > 1
                else self.tr("Delete %s") % targets[0].summary)
        try:
            delete_entries(self.ctx, [(e.kind, e.id) for e in targets], text)
        except StorageError as err:
            self.ctx.signals.message.emit(str(err))
            return
        self.ctx.signals.message.emit(
            self.tr("Deleted %s. Undo with Ctrl+Z.") % ", ".join(
                f"{KIND_TITLES[e.kind].lower()} of {e.day.isoformat()}" for e in targets[:3])
            + ("…" if len(targets) > 3 else ""))
