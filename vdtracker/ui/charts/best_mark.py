"""The best 14 days on the trends chart: a bar over those days at their mean, and its words at
the top of the pain panel above it, where the ratings of the best days do not reach."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.story import Stretch
from ...wording import arg
from .pain_axis import PAIN_HIGH
from .style import DAY, x_of

if TYPE_CHECKING:
    from .trend_chart import TrendChart


def draw_best(chart: TrendChart, st: Stretch | None
              ) -> tuple[pg.TextItem, tuple[float, float]] | None:
    """The mark and its words in the pain panel; returns the words with the stretch's ends,
    which place_lapse_labels keeps in sight."""
    if st is None:
        return None
    first, last = x_of(st.best_first) - DAY / 2, x_of(st.best_last) + DAY / 2
    mark = pg.PlotDataItem([first, last], [st.best, st.best],
                           pen=chart.pen(chart.look.foreground, 2.2))
    mark.setToolTip(arg(QCoreApplication.translate("TrendChart",
                                                   "Your best 14 days: mean %1 (%2 – %3)"),
                        chart.words.number(st.best, 1), chart.words.day(st.best_first),
                        chart.words.day(st.best_last)))
    chart.main.addItem(mark, ignoreBounds=True)
    halo = QColor(chart.look.background)
    halo.setAlpha(200)
    label = pg.TextItem(arg(QCoreApplication.translate("TrendChart", "best 14 days %1"),
                            chart.words.number(st.best, 1)),
                        color=chart.look.foreground, anchor=(0.5, 0), fill=pg.mkBrush(halo))
    label.setZValue(10)  # over the day's dots
    label.setFont(chart.font())
    label.setPos((first + last) / 2, PAIN_HIGH)  # hangs from the top (the scale is 0–10)
    chart.main.addItem(label, ignoreBounds=True)
    return label, (first, last)
