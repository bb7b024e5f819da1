"""Trends: symptoms against serum vitamin D, phase by phase, with the user's own benchmarks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFileDialog, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ...domain.symptoms import research_benchmark
from ...domain.units import B12, PTH
from ...services import settings as opts
from ...services.trends import TrendsService
from ..charts.export import export_png, export_svg
from ..charts.style import look_for
from ..charts.trend_chart import TrendChart
from ..context import Context, coalesced
from ..widgets.dates import pydate, qdate

RANGES = (("4 weeks", 28), ("3 months", 91), ("1 year", 365), ("All", None))
CAPTION = ("Your own diary data. A chart shows what happened together, not what caused it "
           "(association is not causation); discuss it with your clinician.")


class TrendsPage(QScrollArea):
    """Scrolls rather than squeezing the chart when the text is large."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = TrendsService(ctx.db)
        self._windows_chosen = False
        t = self.tr
        self.setWidgetResizable(True)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        bar = QHBoxLayout()
        self.range_buttons: dict[str, QPushButton] = {}
        for title, days in RANGES:
            b = QPushButton(t(title), self)
            b.setCheckable(True)
            b.setAccessibleName(t("Show %s") % t(title))
            b.clicked.connect(lambda _=False, d=days, k=title: self.show_range(d, k))
            bar.addWidget(b)
            self.range_buttons[title] = b
        bar.addSpacing(16)
        self.show_b12 = QCheckBox(t("&B12"), self)
        self.show_pth = QCheckBox(t("&PTH"), self)
        for box in (self.show_b12, self.show_pth):
            box.toggled.connect(self._extra)
            bar.addWidget(box)
        bar.addStretch(1)
        self.png = QPushButton(t("P&NG…"), self)
        self.svg = QPushButton(t("S&VG…"), self)
        self.png.setToolTip(t("Save the chart as a PNG picture (white background, for printing)"))
        self.svg.setToolTip(t("Save the chart as an SVG drawing (white background, for printing)"))
        self.png.setAccessibleName(t("Save the chart as PNG"))
        self.svg.setAccessibleName(t("Save the chart as SVG"))
        self.png.clicked.connect(lambda: self._export("png"))
        self.svg.clicked.connect(lambda: self._export("svg"))
        bar.addWidget(self.png)
        bar.addWidget(self.svg)
        lay.addLayout(bar)
        self.chart = TrendChart(body, look_for(self.palette().color(QPalette.ColorRole.Base)))
        self.chart.setMinimumHeight(self.fontMetrics().height() * 24)
        self.chart.setAccessibleName(t("Chart of pain, cramps, spasm and vitamin D over time"))
        self.chart.hovered.connect(lambda d: self.readout.setText(self.chart.readout(d)))
        lay.addWidget(self.chart, 1)
        self.readout = QLabel(t("Move the mouse over the chart to read the values of a day."), self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.readout)
        legend = QLabel(t("● daily mean pain   ━ 7-day mean   ■ ╌ 25(OH)D (right axis; shaded: "
                          "the range on your report)   ▮ cramps per night   ▒ spasm episodes "
                          "per day   top row: schedules, ▼ doses, red hatching: no dose logged"),
                        self)
        legend.setWordWrap(True)
        lay.addWidget(legend)
        lay.addWidget(self._improvement_box())
        caption = QLabel(t(CAPTION), self)
        caption.setWordWrap(True)
        lay.addWidget(caption)
        self.setWidget(body)
        later = coalesced(self, self.refresh)
        ctx.signals.changed.connect(later)
        ctx.signals.settings_changed.connect(later)
        self.refresh()
        self.show_range(91, "3 months")

    def _improvement_box(self) -> QGroupBox:
        t = self.tr
        box = QGroupBox(t("Change in pain between two stretches of days you choose"), self)
        outer = QVBoxLayout(box)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.base_from, self.base_to, self.cur_from, self.cur_to = (QDateEdit(box) for _ in range(4))
        names = (t("Before: first day"), t("Before: last day"), t("Now: first day"),
                 t("Now: last day"))
        for edit, name in zip((self.base_from, self.base_to, self.cur_from, self.cur_to), names):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._improvement)
        row.addWidget(QLabel(t("Before"), box))
        row.addWidget(self.base_from)
        row.addWidget(QLabel("–", box))
        row.addWidget(self.base_to)
        row.addWidget(QLabel(t("Now"), box))
        row.addWidget(self.cur_from)
        row.addWidget(QLabel("–", box))
        row.addWidget(self.cur_to)
        row.addStretch(1)
        self.improvement = QLabel(box)
        self.improvement.setWordWrap(True)
        outer.addWidget(self.improvement)
        return box

    def refresh(self) -> None:
        today = self.ctx.today()
        unit = self.ctx.settings.get(opts.VITAMIN_D_UNIT)
        self.data = self.service.data(today, unit, self.ctx.settings.profiles())
        self.chart.set_data(self.data, keep_range=self.chart.data is not None,
                            extra=self._extra_codes())
        windows = self.data.default_windows()
        if windows is not None and not self._windows_chosen:
            self._windows_chosen = True  # later refreshes keep what the user picked
            (a, b), (c, d) = windows
            for edit, day in zip((self.base_from, self.base_to, self.cur_from, self.cur_to),
                                 (a, b, c, d)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self._improvement()

    def _extra_codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in ((B12, self.show_b12), (PTH, self.show_pth))
                     if box.isChecked())

    def _extra(self) -> None:
        self.chart.set_extra(self._extra_codes())

    def show_range(self, days: int | None, key: str) -> None:
        for title, b in self.range_buttons.items():
            b.setChecked(title == key)
        self.chart.show_range(days)

    def _improvement(self) -> None:
        base = (pydate(self.base_from.date()), pydate(self.base_to.date()))
        cur = (pydate(self.cur_from.date()), pydate(self.cur_to.date()))
        imp = self.data.improvement(base, cur) if base[0] <= base[1] and cur[0] <= cur[1] else None
        if imp is None:
            self.improvement.setText(self.tr(
                "Not enough pain entries in one of the stretches (at least 3 days each), "
                "or the first stretch averaged 0."))
            return
        word = self.tr("lower") if imp.percent >= 0 else self.tr("higher")
        self.improvement.setText(self.tr("Mean pain %.1f → %.1f: %d %% %s. Research context: %s.")
                                 % (imp.baseline, imp.current, round(abs(imp.percent)), word,
                                    research_benchmark(imp.percent) if imp.percent > 0
                                    else self.tr("no improvement")))

    def _export(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"),
                                              f"vdtracker-trends-{date.today()}.{kind}",
                                              f"{kind.upper()} (*.{kind})")
        if not path:
            return
        try:
            (export_png if kind == "png" else export_svg)(self.chart, path)
        except OSError as err:
            self.ctx.signals.message.emit(self.tr("Not saved: %s") % err)
            return
        self.ctx.signals.message.emit(self.tr("Saved the chart to %s.") % path)
