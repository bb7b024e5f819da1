"""A band across the whole height of a panel, from one day to another (a lapse): its fill and its
two edges drawn by one light item, where pyqtgraph's LinearRegionItem makes two draggable lines
of its own for it (their sizes are worked out again at every paint and pan)."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen


class LapseBand(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no types
    """Vertical, between x0 and x1 (view coordinates), as tall as the view shows."""

    def __init__(self, x0: float, x1: float, pen: QPen, brush: QBrush) -> None:
        super().__init__()
        self.x0, self.x1 = x0, x1
        self.pen, self.brush = pen, brush

    def getRegion(self) -> tuple[float, float]:  # noqa: N802  (LinearRegionItem's name)
        """The first and last x it covers (as a region item says it)."""
        return self.x0, self.x1

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt's name)
        view = self.viewRect()
        if view is None:
            return QRectF()
        return QRectF(self.x0, view.top(), self.x1 - self.x0, view.height()).normalized()

    def viewRangeChanged(self) -> None:  # noqa: N802  (pyqtgraph's name)
        self.prepareGeometryChange()  # as tall as the view: the new height

    def paint(self, p: QPainter, *args: Any) -> None:
        rect = self.boundingRect()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.brush)
        p.drawRect(rect)
        p.setPen(self.pen)
        for x in (self.x0, self.x1):
            p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
