"""Symptoms against serum vitamin D, phase by phase: panels sharing one time axis, each with its
own scale and title, a lapse marked across all of them, and a key drawn with the chart."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from ...domain.units import B12, PTH, VITAMIN_D
from ...services.trends import TrendData
from ...wording import Wording, arg
from . import legend as key
from .lab_marks import draw_lab, lab_title
from .style import DAY, LIGHT, Look, day_of, phase_brush, x_of, xs_of
from .time_axis import TimeAxis

# Row of each panel in the layout; B12 and PTH rows stay empty (and take no room) until chosen.
ROW = {"phases": 0, "pain": 1, VITAMIN_D: 2, B12: 3, PTH: 4, "counts": 5, "legend": 6}
STRETCH = {"pain": 7, VITAMIN_D: 3, B12: 2, PTH: 2, "counts": 2}


# pyqtgraph ships no types, so its classes are Any to mypy and subclassing one is reported.
class TrendChart(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """set_data() draws once; show_range() only re-frames; hovered(date) follows the mouse."""

    hovered = Signal(object)

    def __init__(self, parent: QWidget | None = None, look: Look = LIGHT,
                 words: Wording | None = None) -> None:
        super().__init__(parent)
        self.look = look
        self.words = words or Wording()
        self.data: TrendData | None = None
        self.crisp = False  # True for paper: see scatter()
        self.key_columns: int | None = None  # the key's columns; None: as many as fit
        self.extra: dict[str, pg.PlotItem] = {}
        self.lapse_labels: list[tuple[pg.TextItem, tuple[float, float]]] = []
        self.main = self._row("pain")  # every other panel follows its time axis
        self.phases = self._row("phases")
        self.vitd = self._row(VITAMIN_D)
        self.bars = self._row("counts")
        self.bars.showAxis("bottom")  # the one time axis, under the last panel
        self.phases.invertY(True)  # the first schedule on top
        self.main.setYRange(-1.6, 10.4, padding=0)  # room under 0 for the "best" label
        self.main.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
        self.legend = key.Legend(self.font(), look.foreground)
        self.addItem(self.legend, row=ROW["legend"], col=0)
        self.lines = [pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(look.foreground, style=Qt.PenStyle.DotLine))
                      for _ in self._panels()]
        for plot, line in zip(self._panels(), self.lines, strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        self.main.sigXRangeChanged.connect(self._place_lapse_labels)
        self.scene().sigMouseMoved.connect(self._moved)
        self.apply_look(look)

    def _row(self, name: str) -> pg.PlotItem:
        plot = self.addPlot(row=ROW[name], col=0,
                            axisItems={"bottom": TimeAxis(lambda: self.words)})
        plot.disableAutoRange()  # framing is ours: data added to one row must not move the rest
        plot.setMouseEnabled(x=True, y=False)
        plot.hideAxis("bottom")
        plot.hideButtons()
        if name in STRETCH:
            self.ci.layout.setRowStretchFactor(ROW[name], STRETCH[name])
        if name != "pain":
            plot.setXLink(self.main)
        return plot

    def _panels(self) -> list[pg.PlotItem]:
        return [self.phases, self.main, self.vitd, *self.extra.values(), self.bars]

    # ---- sizes that follow the text --------------------------------------------------
    @property
    def unit(self) -> float:
        """One line of text in pixels: marks and lines are sized from it."""
        return float(QFontMetrics(self.font()).height())

    def pen(self, colour: object, scale: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
            ) -> QPen:
        pen: QPen = pg.mkPen(colour, width=max(1.5, self.unit / 9) * scale, style=style)
        return pen

    def scatter(self, *args: object, **kwargs: object) -> pg.ScatterPlotItem:
        """Points; drawn afresh at every paint on paper (the screen's cached marks blur when
        printed at a higher resolution)."""
        return pg.ScatterPlotItem(*args, useCache=not self.crisp, **kwargs)

    def _title(self, plot: pg.PlotItem, text: str) -> None:
        plot.setTitle(text, justify="left", color=self.look.foreground,
                      size=f"{self.font().pointSizeF():.1f}pt")
        height = self.unit * 1.25  # pyqtgraph's 30 px: too much on paper, too little at 200 %
        plot.titleLabel.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)

    # ---- look ---------------------------------------------------------------------
    def apply_look(self, look: Look) -> None:
        self.look = look
        self.setBackground(look.background)
        for line in self.lines:
            line.setPen(pg.mkPen(look.foreground, style=Qt.PenStyle.DotLine))
        self.legend.colour = look.foreground
        if self.data is not None:
            self.set_data(self.data, keep_range=True, extra=tuple(self.extra))
        self.apply_axis_pens()

    def apply_axis_pens(self) -> None:
        for plot in self._panels():
            for name in ("left", "bottom"):
                ax = plot.getAxis(name)
                ax.setPen(pg.mkPen(self.look.foreground))
                ax.setTextPen(pg.mkPen(self.look.foreground))
                ax.setStyle(tickFont=self.font())  # follows the user's text size

    # ---- data ---------------------------------------------------------------------
    def set_data(self, data: TrendData, keep_range: bool = False,
                 extra: tuple[str, ...] = ()) -> None:
        old = self.main.vb.viewRange()[0] if keep_range else None
        self.data = data
        for code in list(self.extra):  # redrawn below with the new data and look
            self.removeItem(self.extra.pop(code))
        for plot in self._panels():
            for item in list(plot.items):
                if item not in self.lines:
                    plot.removeItem(item)
        self.lapse_labels = []
        self._draw_phases(data)
        self._draw_pain(data)
        self._title(self.vitd, lab_title(self, data.labs.get(VITAMIN_D), VITAMIN_D))
        draw_lab(self, self.vitd, data.labs.get(VITAMIN_D), data.bands)
        self._draw_bars(data)
        self.set_extra(extra)
        self._draw_lapses(data)
        self._fill_legend()
        if old is not None:
            self.main.setXRange(*old, padding=0)
        else:
            self.show_range(None)
        self._place_lapse_labels()  # the same range again moves nothing: place them here

    def set_extra(self, analytes: tuple[str, ...]) -> None:
        """B12 and PTH, each in a panel of its own (their units differ from vitamin D's)."""
        for code in [c for c in self.extra if c not in analytes]:
            self.removeItem(self.extra.pop(code))
        for code in analytes:
            if self.data is None or code in self.extra or code not in ROW:
                continue
            series = self.data.labs.get(code)
            if series is None:
                continue
            plot = self._row(code)
            self._title(plot, lab_title(self, series, code))
            draw_lab(self, plot, series, None)
            self.extra[code] = plot
            line = pg.InfiniteLine(angle=90, movable=False,
                                   pen=pg.mkPen(self.look.foreground, style=Qt.PenStyle.DotLine))
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self._draw_lapses_in(plot, self.data)
        self._fit_axes()
        self.apply_axis_pens()
        if self.data is not None:
            self._fill_legend()

    def _fit_axes(self) -> None:
        """Axes wide enough for the supplement names and numbers at the user's text size,
        the same on every panel so the panels line up."""
        fm = QFontMetrics(self.font())
        names = list(dict.fromkeys(s.supplement for s in self.data.phases)) if self.data else []
        left = max([fm.horizontalAdvance(n) for n in names] + [fm.horizontalAdvance("10000")])
        for plot in self._panels():
            plot.getAxis("left").setWidth(left + fm.height())

    def _draw_phases(self, data: TrendData) -> None:
        lanes = list(dict.fromkeys(s.supplement for s in data.phases))
        lane_of = {name: i for i, name in enumerate(lanes)}
        self.phases.getAxis("left").setTicks([[(i, name) for name, i in lane_of.items()], []])
        self._title(self.phases, self.tr("Schedules and doses logged") if lanes else
                    self.tr("Schedules — none saved yet; those you add on Supplements "
                            "appear here"))
        self._fit_axes()
        height = self.unit * (1.6 + 1.8 * max(len(lanes), 1))
        self.phases.setMinimumHeight(height)
        self.phases.setMaximumHeight(height)
        self.phases.setYRange(-0.55, max(len(lanes), 1) - 0.45, padding=0)
        for s in data.phases:
            lane = lane_of[s.supplement]
            brush = phase_brush(s.kind)
            item = pg.BarGraphItem(x0=[x_of(s.start) - DAY / 2], x1=[x_of(s.end) + DAY / 2],
                                   y0=[lane - 0.05], y1=[lane + 0.35], brush=brush,
                                   pen=pg.mkPen(brush.color()))
            item.setToolTip(s.label)
            self.phases.addItem(item)
        for name, days in data.doses.items():
            if name in lane_of and days:
                self.phases.addItem(self.scatter(  # a run of daily doses reads as a line
                    xs_of(days), np.full(len(days), lane_of[name] - 0.2), symbol="|",
                    size=self.unit * 0.45, pen=self.pen(self.look.foreground, 0.6)))

    def _draw_pain(self, data: TrendData) -> None:
        self._title(self.main, self.tr("Pain (0–10)") if data.pain else
                    self.tr("Pain (0–10) — nothing logged yet; ratings you log on Today "
                            "appear here"))
        if data.pain:
            xs = xs_of(p.day for p in data.pain)
            ys = np.fromiter((p.mean for p in data.pain), float, len(data.pain))
            self.pain_points = self.scatter(
                xs, ys, data=[p.worst for p in data.pain], symbol="o", size=self.unit * 0.3,
                pen=None, brush=pg.mkBrush(self.look.pain), hoverable=True, tip=self._pain_tip)
            self.main.addItem(self.pain_points)
        if data.rolling:
            xs = xs_of(d for d, _ in data.rolling)
            ys = np.fromiter((v for _, v in data.rolling), float, len(data.rolling))
            self.rolling_line = pg.PlotDataItem(xs, ys, pen=self.pen(self.look.rolling, 1.4),
                                                connect="finite")
            self.main.addItem(self.rolling_line)
            self.rolling_line.setClipToView(True)
        best = data.best_week()
        if best is not None:
            mark = self.scatter([x_of(best.last_day)], [best.mean], symbol="o",
                                      size=self.unit * 0.8, brush=pg.mkBrush(None),
                                      pen=self.pen(self.look.foreground))
            mark.setToolTip(arg(self.tr("Your best 7 days: mean %1 (to %2)"),
                                self.words.number(best.mean, 1), self.words.day(best.last_day)))
            self.main.addItem(mark)
            label = pg.TextItem(arg(self.tr("best 7 days %1"), self.words.number(best.mean, 1)),
                                color=self.look.foreground, anchor=(0.5, 0))
            label.setFont(self.font())
            label.setPos(x_of(best.last_day), best.mean)
            self.main.addItem(label)

    def _draw_bars(self, data: TrendData) -> None:
        self._title(self.bars, self.tr("Leg cramps and spasm (count per day)")
                    if data.cramps or data.spasms else
                    self.tr("Leg cramps and spasm — none logged"))
        for series, colour, shift, pattern in (
                (data.cramps, self.look.cramps, -0.2, Qt.BrushStyle.SolidPattern),
                (data.spasms, self.look.spasm, 0.2, Qt.BrushStyle.Dense3Pattern)):
            if not series:
                continue
            xs = xs_of(d for d, _ in series) + shift * DAY
            hs = np.fromiter((n for _, n in series), float, len(series))
            self.bars.addItem(pg.BarGraphItem(x=xs, height=hs, width=0.4 * DAY,
                                              brush=QBrush(colour, pattern),
                                              pen=pg.mkPen(colour)))
        peak = max([n for _, n in data.cramps] + [n for _, n in data.spasms] + [1])
        self.bars.setYRange(0, peak + 0.5, padding=0)

    def _draw_lapses(self, data: TrendData) -> None:
        for plot in (self.phases, self.main, self.vitd, self.bars):
            self._draw_lapses_in(plot, data)
        for i, s in enumerate(data.lapses):
            label = pg.TextItem(s.label, color=self.look.lapse, anchor=(0, 0),
                                fill=pg.mkBrush(self.look.background), border=self.pen(
                                    self.look.lapse, 0.6))
            label.setFont(self.font())
            label.setToolTip(s.detail)
            label.setPos(x_of(s.start), 10 - i * 1.2)
            self.main.addItem(label, ignoreBounds=True)
            self.lapse_labels.append((label, (x_of(s.start), x_of(s.end) + DAY / 2)))

    def _draw_lapses_in(self, plot: pg.PlotItem, data: TrendData) -> None:
        """Hatched from the last dose to today, behind everything else in the panel."""
        for s in data.lapses:
            band = pg.LinearRegionItem(values=(x_of(s.start), x_of(s.end) + DAY / 2),
                                       movable=False, pen=self.pen(self.look.lapse, 0.6),
                                       brush=self._hatch())
            band.setZValue(-20)
            band.setToolTip(s.detail)
            plot.addItem(band, ignoreBounds=True)

    def _hatch(self) -> QBrush:
        """Light enough to read the data through, hatched so it shows in black and white."""
        colour = QColor(self.look.lapse)
        colour.setAlpha(110)
        return QBrush(colour, Qt.BrushStyle.BDiagPattern)

    def _place_lapse_labels(self) -> None:
        """Each lapse's words stay in sight while any of its band is: from the band's start,
        or ending at the band's end when that side has more room."""
        lo, hi = self.main.vb.viewRange()[0]
        for label, (start, end) in self.lapse_labels:
            first, last = max(start, lo), min(end, hi)
            if first - lo > hi - last:
                label.setAnchor((1, 0))
                label.setPos(last, label.pos().y())
            else:
                label.setAnchor((0, 0))
                label.setPos(first, label.pos().y())

    def _fill_legend(self) -> None:
        d, look, u = self.data, self.look, self.unit
        if d is None:
            return
        entries: list[tuple[key.Paint, str]] = []
        kinds = dict.fromkeys(s.kind for s in d.phases)
        names = {"loading": self.tr("loading course"), "maintenance": self.tr("maintenance"),
                 "ongoing": self.tr("ongoing")}
        entries += [(key.block(phase_brush(k), phase_brush(k).color()), names[k])
                    for k in kinds if k in names]
        if d.doses:
            entries.append((key.ticks(self.pen(look.foreground, 0.6), u * 0.45),
                            self.tr("dose logged")))
        if d.lapses:
            entries.append((key.block(self._hatch(), look.lapse),
                            self.tr("no dose logged (may have lapsed)")))
        if d.pain:
            entries.append((key.dots(look.pain, u * 0.3), self.tr("pain, mean of the day")))
        if d.rolling:
            entries.append((key.line(self.pen(look.rolling, 1.4)), self.tr("pain, 7-day mean")))
        for code in (VITAMIN_D, *self.extra):
            series = d.labs.get(code)
            if series and series.points:
                colour = getattr(look, {VITAMIN_D: "vitd"}.get(code, code))
                name = "25(OH)D" if code == VITAMIN_D else series.title.split(" (")[0]
                entries.append((key.symbol("square", colour, u * 0.55),
                                arg(self.tr("%1 result"), name)))
        vitd = d.labs.get(VITAMIN_D)
        if vitd and vitd.points and (d.bands is not None or vitd.points[-1].low is not None
                                     or vitd.points[-1].high is not None):
            entries.append((key.block(pg.mkBrush(look.band)), self.tr(
                "guideline band you chose (shaded)") if d.bands is not None
                else self.tr("range printed on your latest report")))
        if any(p.qualifier for s in d.labs.values() for p in s.points):
            entries.append((key.symbol("below", look.vitd, u * 0.6, look.background),
                            self.tr("printed as below (or above) the test's limit")))
        if d.cramps:
            entries.append((key.bars(QBrush(look.cramps), look.cramps),
                            self.tr("cramps in the night")))
        if d.spasms:
            entries.append((key.bars(QBrush(look.spasm, Qt.BrushStyle.Dense3Pattern),
                                     look.spasm), self.tr("spasm episodes")))
        self.legend.font = self.font()
        self.legend.columns = self._legend_columns()
        self.legend.set_entries(entries)

    def _legend_columns(self) -> int:
        return self.key_columns or max(1, min(4, int(self.width() / (self.unit * 17))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if getattr(self, "data", None) is not None \
                and self._legend_columns() != self.legend.columns:
            self._fill_legend()

    # ---- framing and reading -------------------------------------------------------
    def show_range(self, days: int | None) -> None:
        """The last `days` days up to today, or everything when None. Nothing is recomputed."""
        if self.data is None:
            return
        end = self.data.as_of
        start = end - timedelta(days=days - 1) if days else (self.data.first or end)
        self.show_period(start, end)

    def show_period(self, first: date, last: date) -> None:
        self.main.setXRange(x_of(first) - DAY / 2, x_of(last) + DAY / 2, padding=0.015)

    def visible_days(self) -> tuple[date, date]:
        lo, hi = self.main.vb.viewRange()[0]
        return day_of(lo + DAY / 2), day_of(hi - DAY / 2)

    def _moved(self, pos: QPointF) -> None:
        if self.data is None or not any(p.sceneBoundingRect().contains(pos)
                                        for p in self._panels()):
            return
        x = self.main.vb.mapSceneToView(pos).x()
        day = day_of(x)
        for line in self.lines + [i for p in self.extra.values() for i in p.items
                                  if isinstance(i, pg.InfiniteLine)]:
            line.setPos(x_of(day))
            line.show()
        self.hovered.emit(day)

    def _pain_tip(self, x: float, y: float, data: float) -> str:
        return arg(self.tr("%1: mean %2, worst %3"), self.words.weekday_day(day_of(x)),
                   self.words.number(y, 1), self.words.number(data))

    def readout(self, day: date) -> str:
        """Date and the values under the crosshair, in plain words."""
        d = self.data
        if d is None:
            return ""
        w = self.words
        parts = [w.weekday_day(day)]
        pain = {p.day: p for p in d.pain}.get(day)
        if pain:
            parts.append(arg(self.tr("pain %1 (worst %2)"), w.number(pain.mean, 1),
                             w.number(pain.worst)))
        rolling = dict(d.rolling).get(day)
        if rolling is not None:
            parts.append(arg(self.tr("7-day mean %1"), w.number(rolling, 1)))
        cramps, spasms = dict(d.cramps).get(day), dict(d.spasms).get(day)
        if cramps:
            parts.append(arg(self.tr("cramps %1"), cramps))
        if spasms:
            parts.append(arg(self.tr("spasm episodes %1"), spasms))
        vitd = d.labs.get(VITAMIN_D)
        if vitd:
            i = bisect_right([p.day for p in vitd.points], day)
            if i:
                p = vitd.points[i - 1]
                parts.append(arg(self.tr("latest 25(OH)D %1 on %2"), p.printed, w.day(p.day)))
        return " · ".join(parts)
