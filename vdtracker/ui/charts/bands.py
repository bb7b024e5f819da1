"""Bands of one panel drawn by one light item (the lapses; the schedules' bars): each from one
day to another, as tall as the view or as a schedule's row, its fill and edges, and its words in
a tooltip. One item per panel, where an item per band (pyqtgraph's regions and bars) cost a
ten-year diary's first draw about a millisecond each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsSceneHoverEvent

from .style import wrapped


@dataclass(frozen=True)
class Band:
    """From x0 to x1 (view coordinates); from y0 to y1, or the view's whole height (None); in
    the item's brush and pen unless it has its own."""

    x0: float
    x1: float
    tip: str
    y0: float | None = None
    y1: float | None = None
    brush: QBrush | None = None
    pen: QPen | None = None


class Bands(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no types
    """Bands in view coordinates; the tooltip is the words of the band under the mouse, and
    the space between bands is not the item's (what lies behind keeps its own tooltip)."""

    def __init__(self, bands: list[Band], pen: QPen, brush: QBrush) -> None:
        super().__init__()
        self.bands = bands
        self.pen, self.brush = pen, brush
        self.setAcceptHoverEvents(True)

    def regions(self) -> list[tuple[float, float]]:
        """The first and last x of each band (as a region item says it)."""
        return [(b.x0, b.x1) for b in self.bands]

    def _placed(self) -> list[tuple[Band, QRectF]]:
        """Each band with its rectangle in the view; none before the item is in a view."""
        view = self.viewRect()
        if view is None:
            return []
        return [(b, QRectF(b.x0, view.top() if b.y0 is None else b.y0, b.x1 - b.x0,
                           view.height() if b.y1 is None or b.y0 is None else b.y1 - b.y0
                           ).normalized()) for b in self.bands]

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt's name)
        out = QRectF()
        for _, rect in self._placed():
            out = out.united(rect)
        return out

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        for _, rect in self._placed():
            path.addRect(rect)
        return path

    def viewRangeChanged(self) -> None:  # noqa: N802  (pyqtgraph's name)
        self.prepareGeometryChange()  # as tall as the view: the new height
        self.setToolTip("")  # the band under a still mouse may be another now: said on a move

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._tip_for(event)
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._tip_for(event)
        super().hoverMoveEvent(event)

    def _tip_for(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip("\n\n".join(wrapped(tip) for tip in self.tips_at(event.pos().x(),
                                                                           event.pos().y())))

    def tips_at(self, x: float, y: float) -> list[str]:
        """The words of every band at (x, y) in view coordinates (two lapses may overlap),
        the one drawn last first; none between bands."""
        found = [band.tip for band, rect in self._placed()
                 if rect.left() <= x <= rect.right() and rect.top() <= y <= rect.bottom()]
        return list(dict.fromkeys(reversed(found)))

    def paint(self, p: QPainter, *args: Any) -> None:
        for band, rect in self._placed():
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(band.brush or self.brush)
            p.drawRect(rect)
            p.setPen(band.pen or self.pen)
            if band.y0 is None:  # across the panel: its two edges
                for x in (rect.left(), rect.right()):
                    p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
            else:  # on a schedule's row: framed, as a schedule's bar is
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect)
