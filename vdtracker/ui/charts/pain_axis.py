"""The pain panel's scale: 0 to 10 and nothing else. Its line runs from 0 to 10 only; the view
reaches just under 0 so that a rating of 0 shows whole, never a stretch of scale below it."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

PAIN_LOW, PAIN_HIGH = -0.3, 10.3  # the view: a dot of 0 or 10 whole, the scale 0–10


class PainAxis(pg.AxisItem):  # type: ignore[misc]
    """pyqtgraph's left axis with its line cut to the scale's ends, 0 and 10."""

    def line_ends(self) -> tuple[float, float]:
        """The values the axis line is drawn between."""
        low, high = self.range
        return max(0.0, low), min(10.0, high)

    def generateDrawSpecs(self, p: QPainter) -> Any:  # noqa: N802 (pyqtgraph's name)
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return specs
        (pen, top, bottom), ticks, texts = specs
        low, high = self.range
        if high <= low:
            return specs

        def y_of(value: float) -> float:
            return float(top.y() + (high - value) / (high - low) * (bottom.y() - top.y()))

        first, last = self.line_ends()
        return ((pen, QPointF(top.x(), y_of(last)), QPointF(bottom.x(), y_of(first))),
                ticks, texts)
