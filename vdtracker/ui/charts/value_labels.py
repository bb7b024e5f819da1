"""Values written above their points, all in one item: as many lab results as a diary holds
cost one paint, not one item each (a text item per result made the first draw twice as slow)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from .style import DAY


class ValueLabels(pg.GraphicsObject):  # type: ignore[misc]
    """(x, y, text) drawn centred a little above (x, y), upright and at the font's size
    whatever the zoom."""

    def __init__(self, marks: Sequence[tuple[float, float, str]], font: QFont,
                 colour: QColor) -> None:
        super().__init__()
        self.marks = list(marks)
        self.font, self.colour = font, colour
        xs = [x for x, _, _ in self.marks] or [0.0]
        ys = [y for _, y, _ in self.marks] or [0.0]
        margin = 60 * DAY  # room for the words either side of the first and last point
        self._bounds = QRectF(min(xs) - margin, 0, max(xs) - min(xs) + 2 * margin,
                              max(ys) * 1.6 + 1)

    def texts(self) -> list[str]:
        return [text for _, _, text in self.marks]

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._bounds

    def paint(self, painter: QPainter, *_: object) -> None:
        fm = QFontMetricsF(self.font)
        to_device = painter.transform()
        view = self.getViewBox()
        seen = to_device.mapRect(view.viewRect()).normalized() if view is not None else None
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        painter.setPen(self.colour)
        for x, y, text in self.marks:
            at = to_device.map(QPointF(x, y))
            if seen is not None and not seen.left() - 1 <= at.x() <= seen.right() + 1:
                continue  # its point is out of view: no words on the axis for it
            width = fm.horizontalAdvance(text)
            box = QRectF(at.x() - width / 2 - 2, at.y() - fm.height() * 1.6, width + 4,
                         fm.height())
            if seen is not None:  # a point at an edge: its words moved inside, never cut
                box.moveLeft(max(seen.left() + 1, min(box.left(), seen.right() - box.width() - 1)))
                if box.top() < seen.top():
                    box.moveTop(at.y() + fm.height() * 0.6)  # under a point at the top
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
