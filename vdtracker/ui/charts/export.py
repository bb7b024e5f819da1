"""Save the chart as PNG or SVG, always on a white background so it prints legibly.

pyqtgraph's own SVG exporter breaks on Qt >= 6.11, so SVG goes through QSvgGenerator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from .style import LIGHT
from .trend_chart import TrendChart


def _on_white(chart: TrendChart, paint) -> None:  # type: ignore[no-untyped-def]
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
        painter = QPainter(image)
        chart.render(painter)
        painter.end()

    _on_white(chart, paint)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def export_svg(chart: TrendChart, path: str | Path, title: str = "VD Tracker trends") -> None:
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(chart.size())
    gen.setViewBox(QRect(0, 0, chart.width(), chart.height()))
    gen.setTitle(title)

    def paint() -> None:
        painter = QPainter(gen)
        chart.render(painter)
        painter.end()

    _on_white(chart, paint)
    if not Path(path).exists():
        raise OSError(f"could not write {path}")
