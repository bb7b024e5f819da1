"""Save the chart as PNG or SVG, always on a white background so it prints legibly.

pyqtgraph's own SVG exporter breaks on Qt >= 6.11, so SVG goes through QSvgGenerator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from .style import LIGHT
from .trend_chart import TrendChart


def _on_white(chart: TrendChart, paint: Callable[[], None]) -> None:
    shown = chart.look
    chart.apply_look(LIGHT)
    try:
        paint()
    finally:
        chart.apply_look(shown)


def export_png(chart: TrendChart, path: str | Path, scale: float = 2.0) -> None:
    size = chart.size()
    image = QImage(QSize(int(size.width() * scale), int(size.height() * scale)),
                   QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)

    def paint() -> None:
        image.fill(LIGHT.background)
        # QWidget's render, as grab() does: the whole widget at its size on a device of any
        # pixel ratio (QGraphicsView's render fills the target's pixels with the view: at
        # scale 2 that saved the top-left quarter, twice as large)
        QWidget.render(chart, image)

    _on_white(chart, paint)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise OSError(f"could not write {path}")
    _write(path, data)


def export_svg(chart: TrendChart, path: str | Path, title: str = "VD Tracker trends") -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(chart.size())
    gen.setViewBox(QRect(0, 0, chart.width(), chart.height()))
    gen.setTitle(title)

    def paint() -> None:
        painter = QPainter(gen)
        chart.render(painter)
        painter.end()

    _on_white(chart, paint)
    if data.isEmpty():
        raise OSError(f"could not write {path}")
    _write(path, data)


def _write(path: str | Path, data: QByteArray) -> None:
    """Rendered in memory, then written 0600 in one go: a chart shows the user's health. A
    disk that fills is the full-disk sentence (DiskFull), and no file is left."""
    from ...services.export import write_private  # the calendar export's writer, not its cost

    write_private(Path(path), bytes(data.data()))
