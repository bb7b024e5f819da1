"""The chart's key, drawn in the chart itself (so it prints with it): a sample of each mark
beside its words, sized from the text so it stays readable at any text size."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsWidget, QSizePolicy

Paint = Callable[[QPainter, QRectF], None]


class Sample(QGraphicsWidget):
    """One small drawing of a mark, as wide as two lines of text are high."""

    def __init__(self, paint: Paint, height: float,
                 parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._paint = paint
        size = QSizeF(height * 2, height)
        self.setMinimumSize(size)
        self.setMaximumSize(size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paint(self, painter: QPainter, *_: object) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, self.rect().adjusted(1, 2, -1, -2))


def dots(colour: QColor, size: float) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        for fx in (0.2, 0.5, 0.8):
            p.drawEllipse(QPointF(r.left() + r.width() * fx, r.center().y() + (fx - 0.5) * 4),
                          size / 2, size / 2)
    return paint


def line(pen: QPen) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(pen)
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
    return paint


def ticks(pen: QPen, size: float) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(pen)
        y = r.center().y()
        for fx in (0.15, 0.4, 0.65, 0.9):
            x = r.left() + r.width() * fx
            p.drawLine(QPointF(x, y - size / 2), QPointF(x, y + size / 2))
    return paint


def symbol(shape: str, colour: QColor, size: float, fill: QColor | None = None) -> Paint:
    """A square, or an open triangle pointing down ("below") or up ("above")."""
    def paint(p: QPainter, r: QRectF) -> None:
        c, h = r.center(), size / 2
        p.setPen(QPen(colour, max(1.0, size / 6)))
        p.setBrush(fill if fill is not None else colour)
        if shape == "square":
            p.drawRect(QRectF(c.x() - h, c.y() - h, size, size))
            return
        sign = 1 if shape == "below" else -1
        p.drawPolygon(QPolygonF([QPointF(c.x() - h, c.y() - sign * h),
                                 QPointF(c.x() + h, c.y() - sign * h),
                                 QPointF(c.x(), c.y() + sign * h)]))
    return paint


def block(brush: QBrush, border: QColor | None = None) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(border) if border is not None else Qt.PenStyle.NoPen)
        p.setBrush(brush)
        p.drawRect(r)
    return paint


def bars(brush: QBrush, border: QColor) -> Paint:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(border))
        p.setBrush(brush)
        w = r.width() / 5
        for i, fh in enumerate((0.5, 1.0, 0.7)):
            p.drawRect(QRectF(r.left() + w * (0.5 + i * 1.5), r.bottom() - r.height() * fh,
                              w, r.height() * fh))
    return paint


class Legend(pg.GraphicsLayout):  # type: ignore[misc]
    """Entries in rows of `columns` (sample, words), left to right, then down."""

    def __init__(self, font: QFont, colour: QColor, columns: int = 3) -> None:
        super().__init__()
        self.font, self.colour, self.columns = font, colour, columns
        self.count = 0
        self.height = QFontMetrics(font).height()
        self.layout.setHorizontalSpacing(self.height / 3)
        self.layout.setVerticalSpacing(0)
        self.setContentsMargins(self.height, self.height / 4, self.height, 0)

    def set_entries(self, entries: Sequence[tuple[Paint, str]]) -> None:
        self.clear()
        self.count = 0
        for paint, words in entries:
            row, col = divmod(self.count, self.columns)
            self.addItem(Sample(paint, self.height), row=row, col=col * 2)
            label = pg.LabelItem("", color=self.colour, justify="left")
            label.item.setFont(self.font)
            label.setText(words)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.addItem(label, row=row, col=col * 2 + 1)
            self.count += 1
        for col in range(self.columns):
            self.layout.setColumnStretchFactor(col * 2 + 1, 1)

    def texts(self) -> list[str]:
        return [item.text for item in self.items if isinstance(item, pg.LabelItem)]
