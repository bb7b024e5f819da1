"""Symptoms against serum vitamin D, phase by phase: panels sharing one time axis, each with its
own scale and title, a lapse marked across all of them, and a key drawn with the chart."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetrics, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from ...domain.units import B12, PTH, VITAMIN_D
from ...services.trends import TrendData
from ...wording import Wording, arg
from . import legend as key
from .bands import Band, Bands
from .best_mark import draw_best
from .chart_key import key_entries
from .lab_marks import draw_lab, in_unit, lab_title
from .lapse_marks import draw_lapses, draw_lapses_in, place_lapse_labels
from .number_axis import NumberAxis
from .pain_axis import PAIN_HIGH, PAIN_LOW, PainAxis
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
        self._key_drawn: tuple[object, ...] = ()
        self._lanes: dict[str, int] = {}
        self.extra: dict[str, pg.PlotItem] = {}
        self.best_label: tuple[pg.TextItem, tuple[float, float]] | None = None
        # each lapse's words, its band's ends, and its long and short words
        self.lapse_labels: list[tuple[pg.TextItem, tuple[float, float], tuple[str, str]]] = []
        self.main = self._row("pain")  # every other panel follows its time axis
        self.phases = self._row("phases")
        self.vitd = self._row(VITAMIN_D)
        self.bars = self._row("counts")
        self.bars.showAxis("bottom")  # the one time axis, under the last panel
        self.phases.invertY(True)  # the first schedule on top
        # 0–10 and nothing else: the axis line ends at 0 and 10 (PainAxis); below 0 only the
        # room a rating of 0 needs to show whole
        self.main.setYRange(PAIN_LOW, PAIN_HIGH, padding=0)
        self.main.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
        self.legend = key.Legend(self.font(), look.foreground)
        self.addItem(self.legend, row=ROW["legend"], col=0)
        self.lines = [pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(look.foreground, style=Qt.PenStyle.DotLine))
                      for _ in self._panels()]
        for plot, line in zip(self._panels(), self.lines, strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.hide()
        self.main.sigXRangeChanged.connect(lambda: place_lapse_labels(self))
        self.main.vb.sigResized.connect(lambda: place_lapse_labels(self))  # room in pixels
        self.scene().sigMouseMoved.connect(self._moved)
        self.apply_look(look)

    def _row(self, name: str) -> pg.PlotItem:
        axes = {"bottom": TimeAxis(lambda: self.words)}
        if name == "pain":
            axes["left"] = PainAxis("left")
        elif name != "phases":  # counts in whole numbers; lab values as the language writes them
            axes["left"] = NumberAxis("left", lambda: self.words, whole=name == "counts")
        plot = self.addPlot(row=ROW[name], col=0, axisItems=axes,
                            enableMenu=False)  # pyqtgraph's menus: Export breaks on Qt 6.11
        # pyqtgraph builds its options menu anyway, as a window of its own: owned by the chart,
        # it goes with it (each chart printed would otherwise leave a dozen windows behind)
        plot.ctrlMenu.setParent(self, plot.ctrlMenu.windowFlags())
        plot.disableAutoRange()  # framing is ours: data added to one row must not move the rest
        plot.setMouseEnabled(x=True, y=False)
        plot.hideAxis("bottom")
        plot.hideButtons()
        if name in STRETCH:
            self.ci.layout.setRowStretchFactor(ROW[name], STRETCH[name])
            self.ci.layout.setRowMaximumHeight(ROW[name], 1e6)  # given back after _drop_row
            self.ci.layout.setRowSpacing(ROW[name], self.ci.layout.verticalSpacing())
        if name != "pain":
            plot.setXLink(self.main)
        return plot

    def _drop_row(self, code: str) -> None:
        """A B12 or PTH panel taken away, and the room it had given back to the others."""
        self.removeItem(self.extra.pop(code))
        self.ci.layout.setRowStretchFactor(ROW[code], 0)
        self.ci.layout.setRowMinimumHeight(ROW[code], 0)
        self.ci.layout.setRowPreferredHeight(ROW[code], 0)
        self.ci.layout.setRowMaximumHeight(ROW[code], 0)
        self.ci.layout.setRowSpacing(ROW[code], 0)  # an empty row's gap would stay behind

    def fold(self, name: str) -> None:
        """A panel with nothing in it taken out of sight (paper: the pain panel of a patient
        who logs no pain, the counts panel of one who logs no cramps or spasm); its time axis
        still frames the others, and the time scale moves to the panel above the counts."""
        plot = {"pain": self.main, "counts": self.bars}[name]
        plot.hide()
        if name == "counts":
            above = [*self.extra.values()][-1] if self.extra else self.vitd
            above.showAxis("bottom")
        row = ROW[name]
        self.ci.layout.setRowStretchFactor(row, 0)
        self.ci.layout.setRowMinimumHeight(row, 0)
        self.ci.layout.setRowPreferredHeight(row, 0)
        self.ci.layout.setRowMaximumHeight(row, 0)
        self.ci.layout.setRowSpacing(row, 0)

    def _panels(self) -> list[pg.PlotItem]:
        return [self.phases, self.main, self.vitd, *self.extra.values(), self.bars]

    # ---- sizes that follow the text --------------------------------------------------
    @property
    def unit(self) -> float:
        """One line of text in pixels: marks and lines are sized from it."""
        return float(QFontMetrics(self.font()).height())

    def pen(self, colour: object, scale: float = 1.0) -> QPen:
        pen: QPen = pg.mkPen(colour, width=max(1.5, self.unit / 9) * scale)
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
            self._drop_row(code)
        for plot in self._panels():
            for item in list(plot.items):
                if item not in self.lines:
                    plot.removeItem(item)
        self.lapse_labels = []
        self.best_label = None
        self._draw_phases(data)
        self._draw_pain(data)
        self._title(self.vitd, lab_title(self, data.labs.get(VITAMIN_D), VITAMIN_D))
        draw_lab(self, self.vitd, data.labs.get(VITAMIN_D), data.bands)
        self._draw_bars(data)
        self.set_extra(extra, refresh=False)
        draw_lapses(self, data)
        self._fill_legend()
        if old is not None:
            self.main.setXRange(*old, padding=0)
        else:
            self.show_range(None)
        place_lapse_labels(self)  # the same range again moves nothing: place them here

    def set_extra(self, analytes: tuple[str, ...], refresh: bool = True) -> None:
        """B12 and PTH, each in a panel of its own (their units differ from vitamin D's);
        `refresh` False when set_data fills the key afterwards anyway."""
        for code in [c for c in self.extra if c not in analytes]:
            self._drop_row(code)
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
            draw_lapses_in(self, plot, self.data)
        self._fit_axes()
        self.apply_axis_pens()
        if self.data is not None and refresh:
            self._fill_legend()

    def _lane_name(self, name: str) -> str:
        """A supplement's name on the axis, shortened with … past about 18 letters (the
        tooltip and the schedules table keep it whole)."""
        fm = QFontMetrics(self.font())
        return fm.elidedText(name, Qt.TextElideMode.ElideRight, fm.averageCharWidth() * 18)

    def _fit_axes(self) -> None:
        """Axes wide enough for the supplement names and numbers at the user's text size,
        the same on every panel so the panels line up."""
        fm = QFontMetrics(self.font())
        names = list(dict.fromkeys(s.supplement for s in self.data.phases)) if self.data else []
        left = max([fm.horizontalAdvance(self._lane_name(n)) for n in names]
                   + [fm.horizontalAdvance("10000")])
        for plot in self._panels():
            plot.getAxis("left").setWidth(left + fm.height())

    def _draw_phases(self, data: TrendData) -> None:
        lanes = list(dict.fromkeys(s.supplement for s in data.phases))
        lane_of = {name: i for i, name in enumerate(lanes)}
        self._lanes = lane_of
        self.phases.getAxis("left").setTicks([[(i, self._lane_name(name))
                                               for name, i in lane_of.items()], []])
        if lanes:
            title = self.tr("Schedules and doses logged")
        elif data.schedules_elsewhere:
            title = self.tr("Schedules — none ran in this period")
        else:
            title = self.tr("Schedules — none saved yet; those you add on Supplements "
                            "appear here")
        self._title(self.phases, title)
        self._fit_axes()
        height = self.unit * (1.6 + 1.8 * max(len(lanes), 1))
        self.phases.setMinimumHeight(height)
        self.phases.setMaximumHeight(height)
        self.phases.setYRange(-0.55, max(len(lanes), 1) - 0.45, padding=0)
        bars = []
        for s in data.phases:
            lane, brush = lane_of[s.supplement], phase_brush(s.kind)
            bars.append(Band(x_of(s.start) - DAY / 2, x_of(s.end) + DAY / 2, s.label,
                             lane - 0.05, lane + 0.35, brush, pg.mkPen(brush.color())))
        if bars:  # one item for every schedule's bar
            self.phases.addItem(Bands(bars, pg.mkPen(None), QBrush()), ignoreBounds=True)
        for name, days in data.doses.items():
            if name in lane_of and days:  # a row of filled triangles over the schedule's bar,
                # in a colour of their own and named in the key: never read as an axis's ticks
                self.phases.addItem(self.scatter(
                    xs_of(days), np.full(len(days), lane_of[name] - 0.22), symbol="t1",
                    size=self.unit * 0.5, pen=pg.mkPen(self.look.dose),
                    brush=pg.mkBrush(self.look.dose)), ignoreBounds=True)

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
            self.main.addItem(self.pain_points, ignoreBounds=True)
        if data.rolling:
            xs = xs_of(d for d, _ in data.rolling)
            ys = np.fromiter((v for _, v in data.rolling), float, len(data.rolling))
            self.rolling_line = pg.PlotDataItem(xs, ys, pen=self.pen(self.look.rolling, 1.4),
                                                connect="finite")
            self.main.addItem(self.rolling_line, ignoreBounds=True)
            self.rolling_line.setClipToView(True)
        self.best_label = draw_best(self, data.stretch)

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
                                              pen=pg.mkPen(colour)), ignoreBounds=True)
        peak = max([n for _, n in data.cramps] + [n for _, n in data.spasms] + [1])
        self.bars.setYRange(0, peak + 0.5, padding=0)

    def _fill_legend(self) -> None:
        if self.data is None:
            return
        entries = key_entries(self, self.data)
        key_now = (tuple(words for _, words in entries), self.width(),
                   self.font().toString(), self.look.foreground.name(),
                   self.look.background.name())
        if key_now == self._key_drawn:
            return  # the same key as drawn: building it again costs a frame
        self._key_drawn = key_now
        self.legend.font = self.font()
        # the layout's own margins (pyqtgraph's, about 10 px a side) are not the key's to fill:
        # a row wider than what is left would widen the whole chart past its right edge
        self.legend.set_entries(entries, self.width() - 24)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        """The wheel scrolls the page the chart sits on; Ctrl+wheel zooms the time axis."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
        else:
            event.ignore()

    def resizeEvent(self, event: QResizeEvent | None) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if getattr(self, "data", None) is not None:
            self._fill_legend()  # packed again for the new width (unchanged: nothing done)

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
                shown = p.printed
                if not p.printed.endswith(" " + vitd.unit):  # as printed, and as charted
                    shown += f" ({p.qualifier}{in_unit(self, vitd, p.value)} {vitd.unit})"
                parts.append(arg(self.tr("latest 25(OH)D %1 on %2"), shown, w.day(p.day)))
        return " · ".join(parts)
