"""Labs: add a result exactly as printed, see it in both units against the report's range."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ...domain.errors import InvalidInput
from ...domain.units import ANALYTES
from ...domain.alert_types import day_text
from ...storage.errors import StorageError
from ..undo_steps import record_added
from ..explain import explain
from ..context import Context, coalesced
from ..tables.lab_model import LabModel
from ..widgets.dates import pydate, qdate
from ..widgets.regimen_form import buddy_label


def number(edit: QLineEdit) -> float | None:
    text = edit.text().strip().replace(",", ".")
    return float(text) if text else None


class LabsPage(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        t = self.tr
        lay = QVBoxLayout(self)
        self.model = LabModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("Lab results, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        forms = QHBoxLayout()
        add = QGroupBox(t("Add a result as printed on the report"), self)
        f = QFormLayout(add)
        self.analyte = QComboBox(add)
        for code, a in ANALYTES.items():
            self.analyte.addItem(a.title, code)
        self.analyte.setAccessibleName(t("Test"))
        f.addRow(t("T&est"), self.analyte)
        value_row = QHBoxLayout()
        self.value = QLineEdit(add)
        self.value.setValidator(QDoubleValidator(0, 1e6, 3, add))
        self.value.setAccessibleName(t("Result value"))
        self.unit = QComboBox(add)
        self.unit.setAccessibleName(t("Unit as printed"))
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit)
        f.addRow(buddy_label(t("&Result"), self.value, add), value_row)
        self.day = QDateEdit(qdate(ctx.today()), add)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(t("Date of the test"))
        f.addRow(t("&Date"), self.day)
        range_row = QHBoxLayout()
        self.low = QLineEdit(add)
        self.high = QLineEdit(add)
        for w, name in ((self.low, t("Low end of the report's range")),
                        (self.high, t("High end of the report's range"))):
            w.setValidator(QDoubleValidator(0, 1e6, 3, add))
            w.setAccessibleName(name)
            w.setPlaceholderText(t("optional"))
        range_row.addWidget(self.low)
        range_row.addWidget(QLabel("–", add))
        range_row.addWidget(self.high)
        f.addRow(buddy_label(t("Report's ra&nge"), self.low, add), range_row)
        self.lab = QLineEdit(add)
        self.lab.setAccessibleName(t("Lab name"))
        self.lab.setPlaceholderText(t("optional"))
        f.addRow(t("&Lab"), self.lab)
        self.save = QPushButton(t("&Save result"), add)
        self.reason = QLabel(add)
        self.reason.setWordWrap(True)
        f.addRow(self.save, self.reason)
        forms.addWidget(add, 2)
        recheck = QGroupBox(t("Retest date your clinician set"), self)
        g = QFormLayout(recheck)
        self.recheck_analyte = QComboBox(recheck)
        for code, a in ANALYTES.items():
            self.recheck_analyte.addItem(a.title, code)
        self.recheck_analyte.setAccessibleName(t("Test to repeat"))
        self.recheck_day = QDateEdit(recheck)
        self.recheck_day.setCalendarPopup(True)
        self.recheck_day.setDisplayFormat("yyyy-MM-dd")
        self.recheck_day.setAccessibleName(t("Retest date"))
        self.recheck_save = QPushButton(t("Set &retest date"), recheck)
        self.recheck_state = QLabel(recheck)
        self.recheck_state.setWordWrap(True)
        g.addRow(t("Te&st"), self.recheck_analyte)
        g.addRow(t("Da&te"), self.recheck_day)
        g.addRow(self.recheck_save)
        g.addRow(self.recheck_state)
        forms.addWidget(recheck, 1)
        lay.addLayout(forms)
        self.analyte.currentIndexChanged.connect(self._units)
        for sig in (self.value.textChanged, self.low.textChanged, self.high.textChanged):
            sig.connect(self._update_save)
        self.save.clicked.connect(self.save_result)
        self.recheck_save.clicked.connect(self.save_recheck)
        ctx.signals.changed.connect(coalesced(self, self.refresh))
        ctx.signals.settings_changed.connect(coalesced(self, self.refresh))
        self._units()
        self.refresh()
        self._update_save()

    def _units(self) -> None:
        self.unit.clear()
        self.unit.addItems(list(ANALYTES[self.analyte.currentData()].units))

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.labs.list(), self.ctx.settings.profiles())
        due = self.ctx.labs.rechecks()
        self.recheck_state.setText("\n".join(
            self.tr("%s: %s") % (ANALYTES[a].title, day_text(d)) for a, d in due.items())
            or self.tr("No retest date saved."))
        self.recheck_day.setDate(qdate(self.ctx.today()))

    def _missing(self) -> str | None:
        try:
            value, low, high = number(self.value), number(self.low), number(self.high)
        except ValueError:
            return self.tr("Type numbers only, as printed.")
        if value is None:
            return self.tr("Type the result as printed on the report.")
        if low is not None and high is not None and low >= high:
            return self.tr("The low end of the range must be below the high end.")
        return None

    def _update_save(self) -> None:
        reason = self._missing()
        self.save.setEnabled(reason is None)
        self.save.setToolTip(reason or "")
        self.reason.setText(reason or "")

    def save_result(self) -> None:
        if self._missing():
            return
        try:
            saved = self.ctx.labs.add(self.analyte.currentData(), self.value.text().strip(),
                                      self.unit.currentText(), day=pydate(self.day.date()),
                                      today=self.ctx.today(), low=number(self.low),
                                      high=number(self.high), lab_name=self.lab.text() or None)
        except (InvalidInput, StorageError) as err:
            self.reason.setText(self.tr("Not saved: %s") % explain(err))
            return
        record_added(self.ctx, self.tr("Add lab result"), [("lab", saved.id)])
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % saved.summary)
        self.value.clear()

    def save_recheck(self) -> None:
        due: date = pydate(self.recheck_day.date())
        try:
            saved = self.ctx.labs.set_recheck(due, analyte_code=self.recheck_analyte.currentData(),
                                              today=self.ctx.today())
        except StorageError as err:
            self.ctx.signals.message.emit(str(err))
            return
        record_added(self.ctx, self.tr("Set retest date"), [("recheck", saved.id)])
        self.ctx.signals.message.emit(self.tr("Saved: %s.") % saved.summary)
