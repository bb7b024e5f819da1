"""The chart's key, drawn in the chart itself (so it prints with it): a sample of each mark
beside its words, sized from the text so it stays readable at any text size."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsWidget, QSizePolicy

Paint = Callable[[QPainter, QRectF], None]


class Entry(QGraphicsWidget):
    """One entry of the key: a small drawing of the mark, then its words, drawn together so
    they always sit on one line."""

    def __init__(self, paint: Paint, words: str, font: QFont, colour: QColor) -> None:
        super().__init__()
        self._paint, self.words, self._font, self._colour = paint, words, font, colour
        fm = QFontMetrics(font)
        self._h = fm.height()
        size = QSizeF(self._h * 2.6 + fm.horizontalAdvance(words) + self._h, self._h * 1.3)
        self.setMinimumSize(size)
        self.setMaximumSize(size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paint(self, painter: QPainter, *_: object) -> None:
        h = self._h
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.size().height() - h) / 2
        self._paint(painter, QRectF(1, top + 2, h * 2 - 2, h - 4))
        painter.setFont(self._font)
        painter.setPen(self._colour)
        painter.drawText(QRectF(h * 2.6, 0, self.size().width() - h * 2.6,
                                self.size().height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.words)


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
    """A square, a diamond, a filled triangle pointing down ("down") or up ("up": a dose), or
    an open one pointing down ("below") or up ("above") for a value printed beyond the test's
    limit."""
    def paint(p: QPainter, r: QRectF) -> None:
        c, h = r.center(), size / 2
        p.setPen(QPen(colour, max(1.0, size / 6)))
        p.setBrush(fill if fill is not None else colour)
        if shape == "square":
            p.drawRect(QRectF(c.x() - h, c.y() - h, size, size))
            return
        if shape == "diamond":
            p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - h), QPointF(c.x() + h, c.y()),
                                     QPointF(c.x(), c.y() + h), QPointF(c.x() - h, c.y())]))
            return
        sign = 1 if shape in ("below", "down") else -1
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
    """Entries (a sample and its words) packed left to right into rows as wide as the chart,
    each entry as wide as its own words."""

    def __init__(self, font: QFont, colour: QColor) -> None:
        super().__init__()
        self.font, self.colour = font, colour
        self.entries: list[str] = []
        self.height = QFontMetrics(font).height()
        self.layout.setVerticalSpacing(0)
        self.setContentsMargins(self.height, self.height / 4, self.height, 0)

    def widths(self, entries: Sequence[tuple[Paint, str]]) -> list[float]:
        fm = QFontMetrics(self.font)
        return [self.height * 3.6 + fm.horizontalAdvance(words) + self.height / 3
                for _, words in entries]

    def pack(self, entries: Sequence[tuple[Paint, str]], width: float) -> list[list[int]]:
        """Which entries go on which row, in order, so that no row is wider than `width`."""
        rows: list[list[int]] = [[]]
        used = 0.0
        for i, w in enumerate(self.widths(entries)):
            if rows[-1] and used + w > width:
                rows.append([])
                used = 0.0
            rows[-1].append(i)
            used += w
        return rows

    def set_entries(self, entries: Sequence[tuple[Paint, str]], width: float) -> None:
        self.clear()
        self.height = QFontMetrics(self.font).height()
        rows = self.pack(entries, width - self.height * 2)
        for r, row in enumerate(rows):
            line = self.addLayout(row=r, col=0)
            line.layout.setHorizontalSpacing(self.height / 3)
            line.setContentsMargins(0, 0, 0, 0)
            for col, i in enumerate(row):
                paint, words = entries[i]
                line.addItem(Entry(paint, words, self.font, self.colour), row=0, col=col)
            filler = QGraphicsWidget()
            filler.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filler.setMaximumHeight(1)
            line.addItem(filler, row=0, col=len(row))
        tall = self.height * (1.3 * len(rows) + 0.25)
        self.setMinimumHeight(tall)
        self.setMaximumHeight(tall)
        self.entries = [words for _, words in entries]

    def texts(self) -> list[str]:
        return list(self.entries)
