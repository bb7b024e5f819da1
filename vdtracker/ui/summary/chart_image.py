"""The trends chart drawn for paper: the Trends page's own chart, on white, framed on the
summary's period, at print resolution (the same marks, key and lapse band as on screen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QWidget

from ...services import settings as opts
from ...services.bundle import Services
from ...services.trends import TrendData
from ...wording import Wording
from ..charts.style import LIGHT
from ..charts.trend_chart import TrendChart

WIDTH = 680  # px at 96 dpi: the text width of an A4 or Letter page with the summary's margins
HEIGHT = 400
SCALE = 3  # about 290 dpi on paper
POINT_SIZE = 7.0


def paper_data(services: Services, words: Wording, first: date, last: date, as_of: date,
               course: date | None) -> TrendData | None:
    """What the chart of [first, last] draws, or None when nothing in it is charted. Pain is
    read from the latest course's start (`course`) when that is earlier, so the best week it
    circles is the one the summary's text names."""
    unit = services.settings.get(opts.VITAMIN_D_UNIT)
    since = min(first, course) if course is not None else None
    data = services.trends.data(as_of, unit, services.settings.profiles(), words, since=since)
    data = data.within(first, last)
    inside = any(first <= p.day <= last for p in data.pain) or bool(data.phases) or any(
        first <= p.day <= last for s in data.labs.values() for p in s.points) or any(
        first <= d <= last for d, _ in [*data.cramps, *data.spasms])
    return data if inside else None


def chart_image(services: Services, words: Wording, first: date, last: date, as_of: date,
                width: int = WIDTH, height: int = HEIGHT, course: date | None = None
                ) -> QImage | None:
    """The chart of [first, last] as known on `as_of` (see paper_data), or None."""
    data = paper_data(services, words, first, last, as_of, course)
    if data is None:
        return None
    chart = TrendChart(look=LIGHT, words=words)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # never shown anywhere
    chart.crisp = True
    font = QFont(chart.font())
    font.setPointSizeF(POINT_SIZE)
    chart.setFont(font)
    chart.resize(width, height)
    chart.resizeEvent(None)  # lays the panels out for this size
    chart.set_data(data)
    chart.show_period(first, last)
    chart.ci.layout.activate()
    image = QImage(QSize(width * SCALE, height * SCALE), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(LIGHT.background)
    QWidget.render(chart, image)  # as grab() does, at the image's pixel ratio
    # gone now, not at the next turn of an event loop a report may never run: a top-level
    # widget left behind is one more window for whatever closes them all
    chart.deleteLater()
    QCoreApplication.sendPostedEvents(chart, QEvent.Type.DeferredDelete)
    return image


__all__ = ["HEIGHT", "WIDTH", "chart_image", "paper_data"]
