"""A lapse on the trends chart: a hatched band from the last dose to today across every panel
(on its own schedule's row in the schedules panel), labelled in words that stay in sight."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF

from ...domain.trends import Span
from ...services.trends import TrendData
from ...wording import arg
from .bands import Band, Bands
from .style import DAY, Look, wrapped, x_of

if TYPE_CHECKING:
    from .trend_chart import TrendChart


def hatch(look: Look, paper: bool = False) -> QBrush:
    """Light enough to read the data through. On paper cross-hatched, so it shows in black
    and white and never looks like an "ongoing" schedule (a single hatch); on screen a tint
    (a pattern over a third of the chart costs a frame at every pan)."""
    colour = QColor(look.lapse)
    colour.setAlpha(80 if paper else 40)
    return QBrush(colour, Qt.BrushStyle.DiagCrossPattern if paper else Qt.BrushStyle.SolidPattern)


def draw_lapses(chart: TrendChart, data: TrendData) -> None:
    for plot in (chart.main, chart.vitd, chart.bars):
        draw_lapses_in(chart, plot, data)
    lane_of = {p.regimen_id: chart._lanes.get(p.supplement, 0) for p in data.phases}
    # in the schedules panel: each on its own schedule's row only
    _add_bands(chart, chart.phases, [Band(x_of(s.start), x_of(s.end) + DAY / 2, s.detail,
                                          lane_of.get(s.regimen_id, 0) - 0.45,
                                          lane_of.get(s.regimen_id, 0) + 0.45)
                                     for s in data.lapses])
    for s in data.lapses:  # its words on its schedule's row, where no dose hides under them
        label = pg.TextItem(s.label, color=chart.look.lapse, anchor=(0, 0.5),  # and no pain
                            fill=pg.mkBrush(chart.look.background),
                            border=chart.pen(chart.look.lapse, 0.6))
        label.setFont(chart.font())
        label.setToolTip(wrapped(s.detail))
        label.setZValue(5)
        label.setPos(x_of(s.start), lane_of.get(s.regimen_id, 0) + 0.15)
        chart.phases.addItem(label, ignoreBounds=True)
        chart.lapse_labels.append((label, (x_of(s.start), x_of(s.end) + DAY / 2),
                                   (s.label, short_label(chart, s))))


def short_label(chart: TrendChart, s: Span) -> str:
    """The few words a narrow band has room for: its dates (the key says what it is)."""
    if s.end >= (chart.data.as_of if chart.data is not None else s.end):
        return arg(QCoreApplication.translate("TrendChart", "since %1"),
                   chart.words.day(s.start))
    return QCoreApplication.translate("TrendChart", "%n days", None,  # the key says of what
                                      (s.end - s.start).days - 1)


def draw_lapses_in(chart: TrendChart, plot: pg.PlotItem, data: TrendData) -> None:
    """Hatched from the last dose to today, behind everything else in the panel."""
    _add_bands(chart, plot, [Band(x_of(s.start), x_of(s.end) + DAY / 2, s.detail)
                             for s in data.lapses])


def _add_bands(chart: TrendChart, plot: pg.PlotItem, bands: list[Band]) -> None:
    if bands:
        item = Bands(bands, chart.pen(chart.look.lapse, 0.6), hatch(chart.look, chart.crisp))
        item.setZValue(-20)
        plot.addItem(item, ignoreBounds=True)


def place_lapse_labels(chart: TrendChart) -> None:
    """Each lapse's words stay in sight while any of its band is: from the band's start, or
    ending at the band's end when that side has more room; shortened to fit the band, gone
    when it is out of view. The best 14 days' words too: whole, under their stretch."""
    lo, hi = chart.main.vb.viewRange()[0]
    per_px = (hi - lo) / max(1.0, chart.main.vb.width())
    fm = QFontMetricsF(chart.font())
    for label, (start, end), (full, short) in chart.lapse_labels:
        first, last = max(start, lo), min(end, hi)
        room = (last - first) / per_px  # the band's width on screen: the words never run over
        words = next((w for w in (full, short) if fm.horizontalAdvance(w) + 8 <= room),
                     "") if chart.main.vb.width() > 50 else full  # not laid out yet: all
        if last <= first:
            words = ""  # its band is out of view: its words would cover another's doses
        if label.toPlainText() != words:  # the schedule's doses beside the band
            label.setText(words)
        label.setVisible(bool(words))
        if first - lo > hi - last:
            label.setAnchor((1, 0.5))
            label.setPos(last, label.pos().y())
        else:
            label.setAnchor((0, 0.5))
            label.setPos(first, label.pos().y())
    if chart.best_label is not None:
        label, (start, end) = chart.best_label
        first, last = max(start, lo), min(end, hi)
        half = (fm.horizontalAdvance(label.toPlainText()) + 8) * per_px / 2
        label.setVisible(last > first)  # the stretch in view: its words whole, beside it
        label.setPos(min(max((first + last) / 2, lo + half), hi - half), label.pos().y())
