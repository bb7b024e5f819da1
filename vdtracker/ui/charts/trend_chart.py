"""Symptoms against serum vitamin D, phase by phase: one chart, rows sharing the time axis."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QWidget

from ...domain.units import VITAMIN_D, convert
from ...services.trends import LabSeries, TrendData
from ...wording import Wording, arg
from .style import DAY, LIGHT, Look, day_of, phase_brush, x_of, xs_of

AXIS_WIDTH = 96  # room for a supplement's name on the schedules row
SYMBOL = {"vitamin-d": "s", "b12": "t", "pth": "d"}
DASH = {"vitamin-d": Qt.PenStyle.DashLine, "b12": Qt.PenStyle.DotLine,
        "pth": Qt.PenStyle.DashDotLine}


def _axis() -> pg.DateAxisItem:
    return pg.DateAxisItem(orientation="bottom", utcOffset=0)


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
        self.extra: dict[str, pg.PlotItem] = {}
        self.setBackground(look.background)
        self.phases = self.addPlot(row=0, col=0, axisItems={"bottom": _axis()})
        self.main = self.addPlot(row=1, col=0, axisItems={"bottom": _axis()})
        self.bars = self.addPlot(row=2, col=0, axisItems={"bottom": _axis()})
        self.rows = [self.phases, self.main, self.bars]
        for plot in self.rows:
            self._prepare_row(plot)
        self.phases.hideAxis("bottom")
        self.phases.invertY(True)  # the first schedule on top
        self.main.hideAxis("bottom")
        self.phases.getAxis("right").setStyle(showValues=False)
        self.bars.getAxis("right").setStyle(showValues=False)
        self.main.setYRange(0, 10, padding=0.02)
        self.main.setLabel("left", self.tr("Pain (0–10)"))
        self.bars.setLabel("left", self.tr("Count"))
        self.ci.layout.setRowStretchFactor(0, 2)
        self.ci.layout.setRowStretchFactor(1, 6)
        self.ci.layout.setRowStretchFactor(2, 2)
        self.right = pg.ViewBox()
        self.right.disableAutoRange()
        self.right.setMouseEnabled(x=True, y=False)
        self.main.scene().addItem(self.right)
        self.main.getAxis("right").linkToView(self.right)
        self.right.setXLink(self.main)
        self.main.vb.sigResized.connect(self._sync_right)
        self.lines = [pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(look.foreground, style=Qt.PenStyle.DotLine))
                      for _ in range(3)]
        for plot, line in zip(self.rows, self.lines, strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        self.scene().sigMouseMoved.connect(self._moved)
        self.apply_look(look)

    def _prepare_row(self, plot: pg.PlotItem) -> None:
        plot.disableAutoRange()  # framing is ours: data added to one row must not move the rest
        plot.setMouseEnabled(x=True, y=False)
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        plot.showAxis("right")
        plot.getAxis("right").setWidth(AXIS_WIDTH)
        if plot is not self.main:
            plot.setXLink(self.main)

    # ---- look ---------------------------------------------------------------------
    def apply_look(self, look: Look) -> None:
        self.look = look
        self.setBackground(look.background)
        self.apply_axis_pens()
        if self.data is not None:
            self.set_data(self.data, keep_range=True, extra=tuple(self.extra))

    def _sync_right(self) -> None:
        self.right.setGeometry(self.main.vb.sceneBoundingRect())
        self.right.linkedViewChanged(self.main.vb, self.right.XAxis)

    # ---- data ---------------------------------------------------------------------
    def set_data(self, data: TrendData, keep_range: bool = False,
                 extra: tuple[str, ...] = ()) -> None:
        old = self.main.vb.viewRange()[0] if keep_range else None
        self.data = data
        for plot in self.rows:
            for item in list(plot.items):
                if item not in self.lines:
                    plot.removeItem(item)
        self.right.clear()
        for code in list(self.extra):  # redrawn below with the new data and look
            self.removeItem(self.extra.pop(code))
        self._draw_phases(data)
        self._draw_pain(data)
        self._draw_lab(self.right, data.labs.get(VITAMIN_D), self.main, band=True)
        self._draw_bars(data)
        self.set_extra(extra)
        if old is not None:
            self.main.setXRange(*old, padding=0)
        else:
            self.show_range(None)

    def set_extra(self, analytes: tuple[str, ...]) -> None:
        """B12 and PTH, each on a row of its own (their units differ from vitamin D's)."""
        for code, plot in list(self.extra.items()):
            if code not in analytes:
                self.removeItem(plot)
                del self.extra[code]
        for code in analytes:
            if self.data is None or code in self.extra:
                continue
            series = self.data.labs.get(code)
            if series is None:
                continue
            plot = self.addPlot(row=3 + len(self.extra), col=0, axisItems={"bottom": _axis()})
            self._prepare_row(plot)
            plot.setLabel("left", f"{series.title.split(' (')[0]} ({series.unit})")
            self.ci.layout.setRowStretchFactor(3 + len(self.extra), 2)
            self._draw_lab(plot.vb, series, plot, band=True)
            self.extra[code] = plot
            self._fit_axes(list(dict.fromkeys(sp.supplement for sp in self.data.phases)))
        self.apply_axis_pens()

    def apply_axis_pens(self) -> None:
        for plot in self.rows + list(self.extra.values()):
            for name in ("left", "right", "bottom"):
                ax = plot.getAxis(name)
                ax.setPen(pg.mkPen(self.look.foreground))
                ax.setTextPen(pg.mkPen(self.look.foreground))
                ax.setStyle(tickFont=self.font())  # follows the user's text size

    def _draw_phases(self, data: TrendData) -> None:
        lanes = list(dict.fromkeys(s.supplement for s in data.phases))
        lane_of = {name: i for i, name in enumerate(lanes)}
        ticks = [(i, name) for name, i in lane_of.items()]
        self.phases.getAxis("left").setTicks([ticks, []])
        self._fit_axes(lanes)
        self.phases.setYRange(-0.55, max(len(lanes), 1) - 0.45, padding=0)
        by_id = {}
        for s in data.phases:
            lane = lane_of[s.supplement]
            by_id[s.regimen_id] = lane
            item = pg.BarGraphItem(x0=[x_of(s.start) - DAY / 2], x1=[x_of(s.end) + DAY / 2],
                                   y0=[lane - 0.3], y1=[lane + 0.25], brush=phase_brush(s.kind),
                                   pen=pg.mkPen(phase_brush(s.kind).color()))
            item.setToolTip(s.label)
            self.phases.addItem(item)
        for s in data.lapses:
            lane = by_id.get(s.regimen_id, 0)
            pen = QPen(self.look.lapse, 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            item = pg.BarGraphItem(x0=[x_of(s.start)], x1=[x_of(s.end) + DAY / 2],
                                   y0=[lane + 0.3], y1=[lane + 0.48], brush=phase_brush("lapsed"),
                                   pen=pen)  # a red strip under the schedule's bar
            item.setToolTip(s.label)
            self.phases.addItem(item)
        for name, days in data.doses.items():
            key = name if name in lane_of else None
            if key is None or not days:
                continue
            xs = xs_of(days)
            self.phases.addItem(pg.ScatterPlotItem(
                xs, np.full(len(days), lane_of[key] - 0.42), symbol="t", size=6,
                pen=None, brush=pg.mkBrush(self.look.foreground)))

    def _fit_axes(self, names: list[str]) -> None:
        """Axes wide enough for the supplement names and numbers at the user's text size,
        the same on every row so the rows line up."""
        fm = QFontMetrics(self.font())
        left = max([fm.horizontalAdvance(n) for n in names] + [fm.horizontalAdvance("Pain 10")])
        right = fm.horizontalAdvance("1000") + fm.height() * 2
        for plot in self.rows + list(self.extra.values()):
            plot.getAxis("left").setWidth(left + fm.height() * 2)
            plot.getAxis("right").setWidth(right)

    def _draw_pain(self, data: TrendData) -> None:
        if data.pain:
            xs = xs_of(p.day for p in data.pain)
            ys = np.fromiter((p.mean for p in data.pain), float, len(data.pain))
            worst = [p.worst for p in data.pain]
            self.pain_points = pg.ScatterPlotItem(
                xs, ys, data=worst, symbol="o", size=5, pen=None,
                brush=pg.mkBrush(self.look.pain), hoverable=True,
                tip=self._pain_tip)
            self.main.addItem(self.pain_points)
        if data.rolling:
            xs = xs_of(d for d, _ in data.rolling)
            ys = np.fromiter((v for _, v in data.rolling), float, len(data.rolling))
            self.rolling_line = pg.PlotDataItem(xs, ys, pen=pg.mkPen(self.look.rolling, width=2.5),
                                                connect="finite")
            self.main.addItem(self.rolling_line)
            self.rolling_line.setClipToView(True)

    def _draw_lab(self, view: pg.ViewBox, series: LabSeries | None, plot: pg.PlotItem,
                  band: bool) -> None:
        if series is None or not series.points:
            return
        colour = getattr(self.look, {"vitamin-d": "vitd"}.get(series.analyte, series.analyte))
        last = series.points[-1]
        if band and self.data is not None and self.data.bands is not None \
                and series.analyte == VITAMIN_D:
            self._draw_profile(view, series.unit)
        elif band and (last.low is not None or last.high is not None):
            region = pg.LinearRegionItem(values=(last.low or 0, last.high or last.low or 0),
                                         orientation="horizontal", movable=False,
                                         brush=pg.mkBrush(self.look.band), pen=pg.mkPen(None))
            region.setToolTip(self.tr("The range printed on your latest report"))
            view.addItem(region)
        xs = xs_of(p.day for p in series.points)
        ys = np.fromiter((p.value for p in series.points), float, len(series.points))
        pen = pg.mkPen(colour, width=1.5, style=DASH[series.analyte])
        view.addItem(pg.PlotDataItem(xs, ys, pen=pen,
                                     symbol=SYMBOL[series.analyte], symbolSize=9,
                                     symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen(colour)))
        self._draw_limits(view, series, colour)
        top = max([p.value for p in series.points] + [p.high or 0 for p in series.points])
        view.setYRange(0, top * 1.15 if top else 1, padding=0)
        if view is self.right:
            self.main.setLabel("right", f"25(OH)D ({series.unit})")

    def _draw_limits(self, view: pg.ViewBox, series: LabSeries, colour: QColor) -> None:
        """A value printed beyond the assay's limit ("<10", ">150") sits at its limit with an
        open arrowhead pointing the way the true value lies, so it never reads as measured."""
        for qualifiers, symbol in ((("<", "≤"), "t"), ((">", "≥"), "t1")):
            points = [p for p in series.points if p.qualifier in qualifiers]
            if not points:
                continue
            marks = pg.ScatterPlotItem(
                xs_of(p.day for p in points), [p.value for p in points], symbol=symbol,
                size=18, brush=pg.mkBrush(self.look.background), pen=pg.mkPen(colour, width=2))
            marks.setToolTip(", ".join(arg(self.tr("%1: printed as %2 (beyond the test's "
                                                    "limit)"), self.words.common.day(p.day),
                                           p.printed) for p in points))
            view.addItem(marks)

    def _draw_profile(self, view: pg.ViewBox, unit: str) -> None:
        prof = self.data.bands if self.data else None
        if prof is None:
            return
        use = unit if unit in prof.bands[0].bounds else next(iter(prof.bands[0].bounds))
        for band in prof.bands:
            if band.concern.value == "within":
                continue
            lo, hi = band.bounds[use]
            lo, hi = (convert(v, use, unit, VITAMIN_D) if v != float("inf") else 10_000
                      for v in (lo, hi))
            region = pg.LinearRegionItem(values=(lo, min(hi, 10_000)), orientation="horizontal",
                                         movable=False, brush=pg.mkBrush(self.look.band),
                                         pen=pg.mkPen(None))
            region.setToolTip(self.words.common.band(prof.code, band.label, unit))
            view.addItem(region)

    def _draw_bars(self, data: TrendData) -> None:
        for series, colour, shift, pattern in (
                (data.cramps, self.look.cramps, -0.2, Qt.BrushStyle.SolidPattern),
                (data.spasms, self.look.spasm, 0.2, Qt.BrushStyle.Dense3Pattern)):
            if not series:
                continue
            xs = xs_of(d for d, _ in series) + shift * DAY
            hs = np.fromiter((n for _, n in series), float, len(series))
            brush = pg.mkBrush(colour)
            brush.setStyle(pattern)
            self.bars.addItem(pg.BarGraphItem(x=xs, height=hs, width=0.4 * DAY, brush=brush,
                                              pen=pg.mkPen(colour)))
        peak = max([n for _, n in data.cramps] + [n for _, n in data.spasms] + [1])
        self.bars.setYRange(0, peak + 0.5, padding=0)

    # ---- framing and reading -------------------------------------------------------
    def show_range(self, days: int | None) -> None:
        """The last `days` days up to today, or everything when None. Nothing is recomputed."""
        if self.data is None:
            return
        end = self.data.as_of
        start = end - timedelta(days=days - 1) if days else (self.data.first or end)
        self.main.setXRange(x_of(start) - DAY / 2, x_of(end) + DAY / 2, padding=0.01)

    def visible_days(self) -> tuple[date, date]:
        lo, hi = self.main.vb.viewRange()[0]
        return day_of(lo + DAY / 2), day_of(hi - DAY / 2)

    def _moved(self, pos: QPointF) -> None:
        if self.data is None or not self.main.sceneBoundingRect().contains(pos):
            return
        x = self.main.vb.mapSceneToView(pos).x()
        day = day_of(x)
        for line in self.lines:
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
