"""Supplements: the saved schedules on a time line and in a table; add, change, follow, stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QTableView, QVBoxLayout,
                               QWidget)

from ...domain.errors import ConfirmationNeeded, InvalidInput
from ...storage.errors import StorageError
from ..undo_steps import record_added, record_changed
from ..explain import explain
from ..context import Context, coalesced
from ..tables.regimen_model import RegimenModel
from ..widgets.dates import pydate, qdate
from ..widgets.regimen_form import RegimenForm
from ..widgets.timeline import RegimenTimeline


class SupplementsPage(QScrollArea):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        t = self.tr
        self.setWidgetResizable(True)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self.timeline = RegimenTimeline(body)
        lay.addWidget(self.timeline)
        self.model = RegimenModel()
        self.table = QTableView(body)
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("Saved schedules"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumHeight(self.fontMetrics().height() * 9)
        lay.addWidget(self.table)
        actions = QHBoxLayout()
        self.change = QPushButton(t("&Change…"), body)
        self.follow = QPushButton(t("Add the &next phase…"), body)
        self.stop_on = QDateEdit(body)
        self.stop_on.setCalendarPopup(True)
        self.stop_on.setDisplayFormat("yyyy-MM-dd")
        self.stop_on.setAccessibleName(t("Date the schedule stopped"))
        self.stop = QPushButton(t("S&top early on this date"), body)
        for w in (self.change, self.follow, self.stop_on, self.stop):
            actions.addWidget(w)
        actions.addStretch(1)
        lay.addLayout(actions)
        self.form = RegimenForm(body)
        lay.addWidget(self.form)
        row = QHBoxLayout()
        self.save = QPushButton(t("Sa&ve schedule"), body)
        self.cancel = QPushButton(t("Clear the form"), body)
        self.reason = QLabel(body)
        self.reason.setWordWrap(True)
        row.addWidget(self.save)
        row.addWidget(self.cancel)
        row.addWidget(self.reason, 1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.setWidget(body)
        self.change.clicked.connect(lambda: self._selected() and self.form.load(self._selected()))
        self.follow.clicked.connect(
            lambda: self._selected() and self.form.follow(self._selected(), ctx.today()))
        self.stop.clicked.connect(self.stop_selected)
        self.save.clicked.connect(self.save_form)
        self.cancel.clicked.connect(lambda: self.form.reset(ctx.today()))
        self.form.changed.connect(self._update_save)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        ctx.signals.changed.connect(coalesced(self, self.refresh))
        self.refresh()
        self.form.reset(ctx.today(), sorted({r.supplement for r in self.model.rows}))

    def refresh(self) -> None:
        today = self.ctx.today()
        rows = self.ctx.regimens.list(today)
        lapses = {int(a.details["regimen_id"]): a.date for a in self.ctx.alerts.alerts(today)
                  if a.kind == "lapsed-maintenance"}
        self.model.set_rows(rows)
        self.timeline.show_rows(rows, lapses, today)
        self.stop_on.setDate(qdate(today))
        self._update_actions()

    def _selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_actions(self) -> None:
        r = self._selected()
        for w in (self.change, self.follow):
            w.setEnabled(r is not None)
        self.stop.setEnabled(r is not None and r.status == "active")

    def _update_save(self) -> None:
        reason = self.form.missing_reason()
        self.save.setEnabled(reason is None)
        self.save.setToolTip(reason or "")
        self.reason.setText(reason or "")

    def save_form(self, confirmed: bool = False) -> None:
        values = self.form.values()
        before = self.ctx.entries.get("regimen", values["replace_id"]) \
            if values["replace_id"] else None
        try:
            saved = self.ctx.regimens.add(confirmed=confirmed, **values)
        except ConfirmationNeeded as err:
            answer = QMessageBox.question(self, self.tr("Check the amount"), err.question)
            if answer == QMessageBox.StandardButton.Yes:
                self.save_form(confirmed=True)
            return
        except (InvalidInput, StorageError) as err:
            self.reason.setText(self.tr("Not saved: %s") % explain(err))
            return
        if before is not None:
            record_changed(self.ctx, self.tr("Change schedule %d") % saved.id, "regimen",
                           saved.id, before)
        else:
            record_added(self.ctx, self.tr("Add schedule %d") % saved.id, [("regimen", saved.id)])
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % saved.summary)
        self.form.reset(self.ctx.today(), sorted({r.supplement for r in self.model.rows}))

    def stop_selected(self) -> None:
        r = self._selected()
        if r is None:
            return
        before = self.ctx.entries.get("regimen", r.id)
        try:
            saved = self.ctx.regimens.stop(r.id, day=pydate(self.stop_on.date()),
                                           today=self.ctx.today())
        except (InvalidInput, StorageError) as err:
            self.ctx.signals.message.emit(self.tr("Not stopped: %s") % (
                err.allowed if isinstance(err, InvalidInput) else str(err)))
            return
        record_changed(self.ctx, self.tr("Stop schedule %d") % r.id, "regimen", r.id, before)
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % saved.summary)
