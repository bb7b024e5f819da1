"""A lab test's panel on the trends chart: each result a point with its value written beside it
(never a line between results months apart), a value printed beyond the test's limit as an open
arrowhead, and the report's range (or a chosen guideline band) shaded in this panel only."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.ranges import Band, Profile
from ...domain.units import VITAMIN_D, convert
from ...services.trends import LabPoint, LabSeries
from ...wording import arg
from .style import wrapped, x_of, xs_of
from .value_labels import ValueLabels

if TYPE_CHECKING:
    from .trend_chart import TrendChart

SYMBOL = {"vitamin-d": "s", "b12": "t", "pth": "d"}
CEILING = 10_000.0  # an open-ended band is drawn up to here (far above any chart's top)


def colour_of(chart: TrendChart, analyte: str) -> QColor:
    colour: QColor = getattr(chart.look, {VITAMIN_D: "vitd"}.get(analyte, analyte))
    return colour


def lab_title(chart: TrendChart, series: LabSeries | None, analyte: str) -> str:
    if analyte == VITAMIN_D:
        if series is None or not series.points:
            return QCoreApplication.translate(
                "TrendChart", "25(OH)D, serum vitamin D — no result yet; results you add on "
                "Labs appear here")
        return arg(QCoreApplication.translate("TrendChart", "25(OH)D, serum vitamin D (%1)"),
                   series.unit)
    assert series is not None
    return f"{series.title.split(' (')[0]} ({series.unit})"


def value_label(chart: TrendChart, series: LabSeries, p: LabPoint) -> str:
    """The value in the panel's unit: as printed when printed in it, else converted."""
    number, _, unit = p.printed.partition(" ")
    if unit == series.unit:
        return chart.words.common.printed(number)  # in the reader's number style: '7,6'
    return p.qualifier + in_unit(chart, series, p.value)


def in_unit(chart: TrendChart, series: LabSeries, value: float) -> str:
    """A converted value with the decimals DOMAIN.md gives its unit (ng/mL: one, nmol/L:
    none), so 74 nmol/L reads 29.6 ng/mL, never a rounded 30 beside a range from 30."""
    return chart.words.common.lab_value(value, series.unit, series.analyte).rsplit(" ", 1)[0]


def draw_lab(chart: TrendChart, plot: pg.PlotItem, series: LabSeries | None,
             bands: Profile | None) -> None:
    if series is None or not series.points:
        plot.setYRange(0, 1, padding=0)
        plot.getAxis("left").setTicks([[], []])
        return
    plot.getAxis("left").setTicks(None)
    colour = colour_of(chart, series.analyte)
    last = series.points[-1]
    if bands is not None and series.analyte == VITAMIN_D:
        _draw_profile(chart, plot, bands, series.unit)
    elif last.low is not None or last.high is not None:
        region = pg.LinearRegionItem(values=(last.low or 0, last.high or CEILING),
                                     orientation="horizontal", movable=False,
                                     brush=pg.mkBrush(chart.look.band), pen=pg.mkPen(None))
        region.setZValue(-15)
        region.setToolTip(QCoreApplication.translate(
            "TrendChart", "The range printed on your latest report"))
        plot.addItem(region, ignoreBounds=True)
    measured = [p for p in series.points if not p.qualifier]
    size = chart.unit * 0.55
    said = QCoreApplication.translate("TrendChart", "%1: %2 as printed")
    if measured:
        plot.addItem(chart.scatter(
            xs_of(p.day for p in measured), [p.value for p in measured],
            data=[arg(said, chart.words.day(p.day), chart.words.common.printed(p.printed))
                  for p in measured],
            symbol=SYMBOL[series.analyte], size=size, brush=pg.mkBrush(colour),
            pen=pg.mkPen(colour), hoverable=True, tip=lambda x, y, data: data),
            ignoreBounds=True)
    _draw_limits(chart, plot, series, colour)
    plot.addItem(ValueLabels([(x_of(p.day), p.value, value_label(chart, series, p))
                              for p in series.points], chart.font(), chart.look.foreground),
                 ignoreBounds=True)
    top = max([p.value for p in series.points] + [p.high or 0 for p in series.points])
    plot.setYRange(0, top * 1.6 if top else 1, padding=0)  # room above for the top value


def _draw_limits(chart: TrendChart, plot: pg.PlotItem, series: LabSeries, colour: QColor
                 ) -> None:
    """A value printed beyond the assay's limit ("<10", ">150") sits at its limit with an
    open arrowhead pointing the way the true value lies, so it never reads as measured."""
    for qualifiers, symbol in ((("<", "≤"), "t"), ((">", "≥"), "t1")):
        points = [p for p in series.points if p.qualifier in qualifiers]
        if not points:
            continue
        marks = chart.scatter(
            xs_of(p.day for p in points), [p.value for p in points], symbol=symbol,
            size=chart.unit * 0.9, brush=pg.mkBrush(chart.look.background),
            pen=chart.pen(colour))
        said = QCoreApplication.translate("TrendChart",
                                          "%1: printed as %2 (beyond the test's limit)")
        marks.setToolTip(wrapped(", ".join(arg(said, chart.words.common.day(p.day),
                                               chart.words.common.printed(p.printed))
                                           for p in points)))
        plot.addItem(marks, ignoreBounds=True)


def within_band(prof: Profile) -> Band | None:
    return next((band for band in prof.bands if band.concern.value == "within"), None)


def _draw_profile(chart: TrendChart, plot: pg.PlotItem, prof: Profile, unit: str) -> None:
    """The chosen guideline's sufficient band, shaded as the report's range would be (the
    same shading must mean the same thing), named in its tooltip and in the key."""
    band = within_band(prof)
    if band is None:
        return
    use = unit if unit in band.bounds else next(iter(band.bounds))
    lo, hi = (convert(v, use, unit, VITAMIN_D) if v != float("inf") else CEILING
              for v in band.bounds[use])
    region = pg.LinearRegionItem(values=(lo, min(hi, CEILING)), orientation="horizontal",
                                 movable=False, brush=pg.mkBrush(chart.look.band),
                                 pen=pg.mkPen(None))
    region.setZValue(-15)
    region.setToolTip(wrapped(chart.words.common.band(prof.code, band.label, unit)))
    plot.addItem(region, ignoreBounds=True)
