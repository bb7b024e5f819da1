"""Trends: symptoms against serum vitamin D, phase by phase, with the user's own benchmarks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...domain.symptoms import research_benchmark
from ...domain.units import B12, PTH
from ...services.out_files import check_target, store_folder
from ...storage.errors import StorageError
from ...wording import arg
from ..charts.export import export_png, export_svg
from ..charts.style import look_for
from ..charts.trend_chart import TrendChart
from ..context import Context, coalesced
from ..locale_numbers import date_box
from ..widgets.dates import pydate, qdate
from ..widgets.fonts import emphasize

RANGES = (("4w", 28), ("3m", 91), ("1y", 365), ("all", None))


def readable_by_keys(label: QLabel) -> None:
    """A sentence Tab stops at (and the scroll area scrolls to), selectable to copy."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class TrendsPage(QScrollArea):
    """Scrolls rather than squeezing the chart when the text is large."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.services.trends
        self._windows_chosen = False
        self.setWidgetResizable(True)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        self.empty = self._empty_state(body)
        outer.addWidget(self.empty)
        self.content = QWidget(body)  # hidden while there is nothing to draw
        outer.addWidget(self.content, 1)
        lay = QVBoxLayout(self.content)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.range_buttons: dict[str, QPushButton] = {}
        titles = {"4w": self.tr("4 weeks"), "3m": self.tr("3 months"), "1y": self.tr("1 year"),
                  "all": self.tr("All")}
        for key, days in RANGES:
            b = QPushButton(titles[key], self)
            b.setCheckable(True)
            b.setAccessibleName(arg(self.tr("Show %1"), titles[key]))
            b.clicked.connect(lambda _=False, d=days, k=key: self.show_range(d, k))
            bar.addWidget(b)
            self.range_buttons[key] = b
        bar.addSpacing(16)
        self.show_b12 = QCheckBox(self.tr("&B12"), self)
        self.show_pth = QCheckBox(self.tr("&PTH"), self)
        for box in (self.show_b12, self.show_pth):
            box.toggled.connect(self._extra)
            bar.addWidget(box)
        bar.addStretch(1)
        self.png = QPushButton(self.tr("P&NG…"), self)
        self.svg = QPushButton(self.tr("S&VG…"), self)
        self.png.setToolTip(
            self.tr("Save the chart as a PNG picture (white background, for printing)"))
        self.svg.setToolTip(
            self.tr("Save the chart as an SVG drawing (white background, for printing)"))
        self.png.setAccessibleName(self.tr("Save the chart as PNG"))
        self.svg.setAccessibleName(self.tr("Save the chart as SVG"))
        self.png.clicked.connect(lambda: self._export("png"))
        self.svg.clicked.connect(lambda: self._export("svg"))
        bar.addWidget(self.png)
        bar.addWidget(self.svg)
        lay.addLayout(bar)
        self.chart = TrendChart(body, look_for(self.palette().color(QPalette.ColorRole.Base)),
                                ctx.words)
        self.chart.setMinimumHeight(self.fontMetrics().height() * 44)
        self.chart.setAccessibleName(
            self.tr("Chart of pain, cramps, spasm and vitamin D over time"))
        self.chart.hovered.connect(self._hovered)
        self._framing = False
        self.chart.main.sigXRangeChanged.connect(self._moved_by_hand)
        lay.addWidget(self.chart, 1)
        self.readout = QLabel(
            self.tr("Move the mouse over the chart to read the values of a day."), self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.readout)
        lay.addWidget(self._improvement_box())
        caption = QLabel(self.tr(
            "Your own diary data. A chart shows what happened together, not what caused it "
            "(association is not causation); discuss it with your clinician."), self)
        caption.setWordWrap(True)
        readable_by_keys(caption)
        lay.addWidget(caption)
        self.setWidget(body)
        later = coalesced(self, self.refresh)
        ctx.signals.changed.connect(later)
        ctx.signals.settings_changed.connect(later)
        ctx.signals.day_changed.connect(later)  # "the last 3 months" end on the new today
        self.refresh()
        self.show_range(91, "3m")

    def _empty_state(self, parent: QWidget) -> QWidget:
        """Before anything is logged: what this page will show and where it comes from,
        instead of empty axes."""
        box = QWidget(parent)
        lay = QVBoxLayout(box)
        title = QLabel(self.tr("Nothing to draw yet"), box)
        emphasize(title, 1.3)
        text = QLabel(self.tr(
            "Your trends appear here as one timeline: the pain, cramps and spasm you log on "
            "Today, the vitamin D results you add on Labs, and the schedules and doses from "
            "Supplements. After a few days you can compare two stretches of days and see how "
            "much your pain changed."), box)
        text.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(text)
        row = QHBoxLayout()
        for page, words in (("today", self.tr("Log a day on Today")),
                            ("labs", self.tr("Add a lab result")),
                            ("supplements", self.tr("Add a schedule"))):
            button = QPushButton(words, box)
            button.clicked.connect(lambda _=False, p=page: self.ctx.signals.open_page.emit(p))
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        return box

    def _improvement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Change in pain between two stretches of days you choose"), self)
        outer = QVBoxLayout(box)
        before, now = QHBoxLayout(), QHBoxLayout()  # one line each: fits 1024 px and 200 %
        outer.addLayout(before)
        outer.addLayout(now)
        edits = tuple(date_box(box, self.ctx.today(), today=self.ctx.today) for _ in range(4))
        self.base_from, self.base_to, self.cur_from, self.cur_to = edits
        names = (self.tr("Before: first day"), self.tr("Before: last day"),
                 self.tr("Now: first day"),
                 self.tr("Now: last day"))
        for edit, name in zip(edits, names, strict=True):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._improvement)
        for row, title, first, last in ((before, self.tr("Before"), self.base_from,
                                         self.base_to),
                                        (now, self.tr("Now"), self.cur_from, self.cur_to)):
            label = QLabel(title, box)
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance("Before Now") // 2 + 8)
            row.addWidget(label)
            row.addWidget(first)
            row.addWidget(QLabel("–", box))
            row.addWidget(last)
            row.addStretch(1)
        self.improvement = QLabel(box)
        self.since_best = QLabel(box)
        for said in (self.improvement, self.since_best):
            said.setWordWrap(True)
            readable_by_keys(said)  # Tab reaches it, so the page scrolls to it
            outer.addWidget(said)
        return box

    def _hovered(self, day: date) -> None:
        self.readout.setText(self.chart.readout(day))

    def refresh(self) -> None:
        today = self.ctx.today()
        unit = self.ctx.services.settings.vitamin_d_unit()
        self.data = self.service.data(today, unit, self.ctx.services.settings.profiles(),
                                      self.ctx.words)
        self._framing = True  # the same framing kept: the range button still says it
        try:
            self.chart.set_data(self.data, keep_range=self.chart.data is not None,
                                extra=self._extra_codes())
        finally:
            self._framing = False
        got = self.data
        drawn = got.pain or got.cramps or got.spasms or got.phases or any(
            series.points for series in got.labs.values())
        self.empty.setVisible(not drawn)
        self.content.setVisible(bool(drawn))
        windows = self.data.default_windows()
        if windows is not None and not self._windows_chosen:
            self._windows_chosen = True  # later refreshes keep what the user picked
            (a, b), (c, d) = windows
            for edit, day in zip((self.base_from, self.base_to, self.cur_from, self.cur_to),
                                 (a, b, c, d), strict=True):
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
        self._framing = True
        try:
            self.chart.show_range(days)
        finally:
            self._framing = False

    def _moved_by_hand(self) -> None:
        """Dragged or zoomed: no range button says what is shown any more."""
        if not self._framing:
            for b in self.range_buttons.values():
                b.setChecked(False)

    def _since_best(self) -> None:
        """The change from the best 14 days as well as from the baseline: a course can look
        '22 % better' than before it while pain has tripled since its best. The summary's
        words, from the same stretch."""
        st = self.data.stretch
        if st is None:
            self.since_best.setText("")
            return
        words = self.ctx.words.story
        risen = st.risen and st.recent is not None
        began = self.data.course_start
        plan = self.data.course_plan
        self.since_best.setText(words.risen(st, began, plan) if risen
                                else words.best(st, began, plan))

    def _improvement(self) -> None:
        self._since_best()
        base = (pydate(self.base_from.date()), pydate(self.base_to.date()))
        cur = (pydate(self.cur_from.date()), pydate(self.cur_to.date()))
        imp = self.data.improvement(base, cur) if base[0] <= base[1] and cur[0] <= cur[1] else None
        if imp is None:
            self.improvement.setText(self.tr(
                "Not enough pain entries in one of the stretches (at least 3 days each), "
                "or the first stretch averaged 0."))
            return
        words = self.ctx.words
        if imp.percent > 0:
            context = {
                "substantial": self.tr("at or above the 50 % that research (IMMPACT) calls a "
                                       "substantial change"),
                "moderate": self.tr("at or above the 30 % that research (IMMPACT) calls a "
                                    "moderate change"),
                "below": self.tr("below the 30 % research benchmark (IMMPACT) for a moderate "
                                 "change")}[research_benchmark(imp.percent)]
        else:
            context = self.tr("no improvement")
        change = words.number(round(abs(imp.percent), 1))  # 29.6, never "30" beside "below 30"
        said = (self.tr("Mean pain %1 → %2: %3 % lower. Research context: %4.")
                if imp.percent >= 0 else
                self.tr("Mean pain %1 → %2: %3 % higher. Research context: %4."))
        self.improvement.setText(arg(said, words.number(imp.baseline, 1),
                                     words.number(imp.current, 1), change, context))

    def _export(self, kind: str) -> None:
        # in German: vdtracker-Diagramm-…
        name = arg(self.tr("vdtracker-trends-%1"), self.ctx.today().isoformat())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"),
                                              str(Path.home() / f"{name}.{kind}"),
                                              f"{kind.upper()} (*.{kind})")
        if not path:
            return
        db = self.ctx.services.db
        try:  # the save dialog asked before replacing; never the diary or its backups
            target = check_target(Path(path), kind, store_folder(db.where, db.url), asked=True)
            (export_png if kind == "png" else export_svg)(self.chart, target)
        except (OSError, InvalidInput, StorageError) as err:
            why = (self.ctx.words.reason(err.reason) if isinstance(err, InvalidInput)
                   else self.ctx.words.storage(err) if isinstance(err, StorageError)
                   else err.strerror or str(err))
            self.ctx.signals.message.emit(arg(self.tr("Not saved: %1"), why))
            return
        self.ctx.signals.message.emit(arg(self.tr("Saved the chart to %1."), path))
