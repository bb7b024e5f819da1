"""Labs: add a result exactly as printed, see it in both units against the report's range."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.units import ANALYTES
from ...services.labs import LabInput
from ...wording import arg
from .. import operations
from ..context import Context, coalesced
from ..locale_numbers import date_box, format_number, parse_number, shown_in
from ..tables.lab_model import LabModel
from ..widgets.dates import pydate, qdate
from ..widgets.regimen_form import buddy_label


def number(edit: QLineEdit) -> float | None:
    """What is typed, read in the user's locale (German "1.200" is 1200, "7,6" is 7.6);
    raises ValueError for text that is not a number there."""
    return parse_number(edit.text(), edit.locale())


class LabsPage(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        self.model = LabModel(ctx.words)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lab results, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        forms = QHBoxLayout()
        add = QGroupBox(self.tr("Add a result as printed on the report"), self)
        f = QFormLayout(add)
        self.analyte = QComboBox(add)
        for code in ANALYTES:
            self.analyte.addItem(ctx.words.common.analyte(code), code)
        self.analyte.setAccessibleName(self.tr("Test"))
        f.addRow(self.tr("T&est"), self.analyte)
        value_row = QHBoxLayout()
        self.value = QLineEdit(add)
        # No QDoubleValidator: on leaving the box its fix-up rewrote a refused German "1.5" as
        # "1,50E+01" (15). parse_number is the one reader; the form says why until it reads.
        self.value.setAccessibleName(self.tr("Result value"))
        self.unit = QComboBox(add)
        self.unit.setAccessibleName(self.tr("Unit as printed"))
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit)
        f.addRow(buddy_label(self.tr("&Result"), self.value, add), value_row)
        self.day = date_box(add, ctx.today())
        self.day.setAccessibleName(self.tr("Date of the test"))
        f.addRow(self.tr("&Date"), self.day)
        range_row = QHBoxLayout()
        self.low = QLineEdit(add)
        self.high = QLineEdit(add)
        for w, name in ((self.low, self.tr("Low end of the report's range")),
                        (self.high, self.tr("High end of the report's range"))):
            w.setAccessibleName(name)
            w.setPlaceholderText(self.tr("optional"))
        range_row.addWidget(self.low)
        range_row.addWidget(QLabel("–", add))
        range_row.addWidget(self.high)
        f.addRow(buddy_label(self.tr("Report's ra&nge"), self.low, add), range_row)
        self.lab = QLineEdit(add)
        self.lab.setAccessibleName(self.tr("Lab name"))
        self.lab.setPlaceholderText(self.tr("optional"))
        f.addRow(self.tr("&Lab"), self.lab)
        self.save = QPushButton(self.tr("&Save result"), add)
        self.reason = QLabel(add)
        self.reason.setWordWrap(True)
        f.addRow(self.save, self.reason)
        forms.addWidget(add, 2)
        self.feedback = operations.Feedback(self.reason, {
            "value": (self.tr("Result"), self.value), "unit": (self.tr("Unit"), self.unit),
            "date": (self.tr("Date"), self.day), "low": (self.tr("Report's range"), self.low),
            "high": (self.tr("Report's range"), self.high), "lab": (self.tr("Lab"), self.lab)})
        recheck = QGroupBox(self.tr("Retest date your clinician set"), self)
        g = QFormLayout(recheck)
        self.recheck_analyte = QComboBox(recheck)
        for code in ANALYTES:
            self.recheck_analyte.addItem(ctx.words.common.analyte(code), code)
        self.recheck_analyte.setAccessibleName(self.tr("Test to repeat"))
        self.recheck_day = date_box(recheck)
        self.recheck_day.setAccessibleName(self.tr("Retest date"))
        self.recheck_save = QPushButton(self.tr("Set &retest date"), recheck)
        self.recheck_state = QLabel(recheck)
        self.recheck_state.setWordWrap(True)
        g.addRow(self.tr("Te&st"), self.recheck_analyte)
        g.addRow(self.tr("Da&te"), self.recheck_day)
        g.addRow(self.recheck_save)
        g.addRow(self.recheck_state)
        forms.addWidget(recheck, 1)
        lay.addLayout(forms)
        self.analyte.currentIndexChanged.connect(self._units)
        for sig in (self.value.textChanged, self.low.textChanged, self.high.textChanged):
            sig.connect(self._update_save)
        self.save.clicked.connect(self.save_result)
        for keys in ("Ctrl+S", "Ctrl+Return"):  # as on Today: save the result from any field
            QShortcut(QKeySequence(keys), self, self.save_result)
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
        self.model.set_rows(self.ctx.services.labs.list(), self.ctx.services.settings.profiles())
        due = self.ctx.services.labs.rechecks()
        words = self.ctx.words
        self.recheck_state.setText("\n".join(
            arg(self.tr("%1: %2"), words.common.analyte(a), words.day(d)) for a, d in due.items())
            or self.tr("No retest date saved."))
        self.recheck_day.setDate(qdate(self.ctx.today()))

    def _missing(self) -> str | None:
        try:
            value, low, high = number(self.value), number(self.low), number(self.high)
        except ValueError:
            return arg(self.tr("Type the numbers as printed, written as in your language, "
                               "e.g. %1."), format_number(7.6, shown_in(self.value.locale())))
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
        result = LabInput(analyte=self.analyte.currentData(), value_text=self.value.text().strip(),
                          unit=self.unit.currentText(), day=pydate(self.day.date()),
                          low=number(self.low), high=number(self.high), value=number(self.value),
                          lab_name=self.lab.text() or None)
        saved = operations.run(self.ctx, lambda _confirmed: self.ctx.services.labs.add(
            result, today=self.ctx.today()), feedback=self.feedback,
            undo_text=self.tr("Add lab result"))
        if saved is not None:
            self.value.clear()

    def save_recheck(self) -> None:
        due: date = pydate(self.recheck_day.date())
        analyte = self.recheck_analyte.currentData()
        operations.run(self.ctx, lambda _confirmed: self.ctx.services.labs.set_recheck(
            due, analyte_code=analyte, today=self.ctx.today()),
            undo_text=self.tr("Set retest date"))
