"""The trends chart's key: an entry for each kind of mark the chart draws, and only those."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from ...domain.units import B12, PTH, VITAMIN_D
from ...services.trends import TrendData
from ...wording import arg
from . import legend as key
from .lab_marks import colour_of, within_band
from .lapse_marks import hatch
from .style import phase_brush

if TYPE_CHECKING:
    from .trend_chart import TrendChart


def key_entries(chart: TrendChart, d: TrendData) -> list[tuple[key.Paint, str]]:
    look, u = chart.look, chart.unit
    entries: list[tuple[key.Paint, str]] = []
    names = {"loading": QCoreApplication.translate("TrendChart", "loading course"),
             "maintenance": QCoreApplication.translate("TrendChart", "maintenance"),
             "ongoing": QCoreApplication.translate("TrendChart", "ongoing")}
    entries += [(key.block(phase_brush(k), phase_brush(k).color()), names[k])
                for k in dict.fromkeys(s.kind for s in d.phases) if k in names]
    if d.doses:
        entries.append((key.symbol("up", look.dose, u * 0.5),
                        QCoreApplication.translate("TrendChart", "dose logged")))
    if d.lapses:
        entries.append((key.block(hatch(look, chart.crisp), look.lapse),
                        QCoreApplication.translate("TrendChart",
                                                   "no dose logged (may have lapsed)")))
    if d.pain:
        entries.append((key.dots(look.pain, u * 0.3),
                        QCoreApplication.translate("TrendChart", "pain, mean of the day")))
    if d.rolling:
        entries.append((key.line(chart.pen(look.rolling, 1.4)),
                        QCoreApplication.translate("TrendChart", "pain, 7-day mean")))
    for code in (VITAMIN_D, *chart.extra):
        series = d.labs.get(code)
        if series and series.points:
            colour = colour_of(chart, code)
            name = "25(OH)D" if code == VITAMIN_D else series.title.split(" (")[0]
            shape = {VITAMIN_D: "square", B12: "down", PTH: "diamond"}[code]
            entries.append((key.symbol(shape, colour, u * 0.55),
                            arg(QCoreApplication.translate("TrendChart", "%1 result"), name)))
    vitd = d.labs.get(VITAMIN_D)
    chosen = within_band(d.bands) if d.bands is not None else None
    if vitd and vitd.points and d.bands is not None and chosen is not None:
        entries.append((key.block(pg.mkBrush(look.band)),  # the guideline named, on paper too
                        chart.words.common.band(d.bands.code, chosen.label, vitd.unit)))
    elif vitd and vitd.points and (vitd.points[-1].low is not None
                                   or vitd.points[-1].high is not None):
        entries.append((key.block(pg.mkBrush(look.band)), QCoreApplication.translate(
            "TrendChart", "range printed on your latest report")))
    if any(p.qualifier for s in d.labs.values() for p in s.points):
        entries.append((key.symbol("below", look.vitd, u * 0.6, look.background),
                        QCoreApplication.translate(
                            "TrendChart", "printed as below (or above) the test's limit")))
    if d.cramps:
        entries.append((key.bars(QBrush(look.cramps), look.cramps),
                        QCoreApplication.translate("TrendChart", "cramps in the night")))
    if d.spasms:
        entries.append((key.bars(QBrush(look.spasm, Qt.BrushStyle.Dense3Pattern), look.spasm),
                        QCoreApplication.translate("TrendChart", "spasm episodes")))
    return entries
