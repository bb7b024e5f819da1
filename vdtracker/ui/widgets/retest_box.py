"""The retest date the clinician set, beside the Labs form: which test, when, and what is set."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from ...domain.units import ANALYTES
from ...wording import arg
from .. import operations
from ..context import Context
from ..locale_numbers import date_box
from .dates import pydate


class RetestBox(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None) -> None:
        super().__init__(self.tr("Retest date your clinician set"), parent)
        self.ctx = ctx
        g = QFormLayout(self)
        self.recheck_analyte = QComboBox(self)
        for code in ANALYTES:
            self.recheck_analyte.addItem(ctx.words.common.analyte(code), code)
        self.recheck_analyte.setAccessibleName(self.tr("Test to repeat"))
        self.recheck_day = date_box(self, today=ctx.today)
        self.recheck_day.setAccessibleName(self.tr("Retest date"))
        self.recheck_save = QPushButton(self.tr("Set retest d&ate"), self)
        self.recheck_state = QLabel(self)
        self.recheck_state.setWordWrap(True)
        g.addRow(self.tr("&Which test"), self.recheck_analyte)
        g.addRow(self.tr("D&ue"), self.recheck_day)
        g.addRow(self.recheck_save)
        g.addRow(self.recheck_state)
        self.recheck_save.clicked.connect(self.save_recheck)

    def refresh(self) -> None:
        due = self.ctx.services.labs.rechecks()
        words = self.ctx.words
        self.recheck_state.setText("\n".join(
            arg(self.tr("%1: %2"), words.common.analyte(a), words.day(d)) for a, d in due.items())
            or self.tr("No retest date saved."))

    def save_recheck(self) -> None:
        due: date = pydate(self.recheck_day.date())
        analyte = self.recheck_analyte.currentData()
        saved = operations.run(self.ctx, lambda _confirmed: self.ctx.services.labs.set_recheck(
            due, analyte_code=analyte, today=self.ctx.today()))
        if saved is not None:
            self.recheck_state.setText(self.ctx.words.saved(saved.message))
