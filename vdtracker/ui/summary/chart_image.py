"""The trends chart drawn for paper: the Trends page's own chart, on white, framed on the
summary's period, at print resolution (the same marks, key and lapse band as on screen)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QWidget

from ...domain.units import B12, PTH, VITAMIN_D
from ...services.bundle import Services
from ...services.story import DiaryRead
from ...services.trends import TrendData
from ...wording import Wording
from ..charts.style import LIGHT
from ..charts.trend_chart import TrendChart

WIDTH = 680  # px at 96 dpi: the text width of an A4 or Letter page with the summary's margins
HEIGHT = 400
SCALE = 3  # about 290 dpi on paper
POINT_SIZE = 7.0


def paper_data(services: Services, words: Wording, first: date, last: date, as_of: date,
               course: date | None, read: DiaryRead | None = None) -> TrendData | None:
    """What the chart of [first, last] draws, or None when nothing in it is charted. Pain is
    read from the latest course's start (`course`) when that is earlier, so the best week it
    circles is the one the summary's text names. `read`: the diary as read for the summary."""
    unit = services.settings.vitamin_d_unit()
    since = min(first, course) if course is not None else None
    data = services.trends.data(as_of, unit, services.settings.profiles(), words, since=since,
                                read=read)
    data = data.within(first, last)
    inside = any(first <= p.day <= last for p in data.pain) or bool(data.phases) or any(
        first <= p.day <= last for s in data.labs.values() for p in s.points) or any(
        first <= d <= last for d, _ in [*data.cramps, *data.spasms])
    return data if inside else None


EXTRA_HEIGHT = 90  # px the chart grows by for a B12 or PTH panel of its own
LAB_BEFORE_DAYS = 120  # a B12 or PTH result this long before the period is its starting point


def measured(data: TrendData, first: date, last: date) -> tuple[str, ...]:
    """B12 and PTH get panels of their own on paper when measured in or just before the
    period: the tests of the visit are charted, whatever the Trends page shows."""
    lo = first - timedelta(days=LAB_BEFORE_DAYS)
    return tuple(code for code in (B12, PTH) if code in data.labs
                 and any(lo <= p.day <= last for p in data.labs[code].points))


def paper_chart(data: TrendData, words: Wording, first: date, last: date, width: int,
                height: int) -> TrendChart:
    """The Trends chart set up for paper: light, crisp, small text, the tests of the visit in
    panels of their own, no empty pain panel; never shown on screen."""
    chart = TrendChart(look=LIGHT, words=words)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # never shown anywhere
    chart.crisp = True
    font = QFont(chart.font())
    font.setPointSizeF(POINT_SIZE)
    chart.setFont(font)
    chart.resize(width, height)
    chart.resizeEvent(None)  # lays the panels out for this size
    chart.set_data(data, extra=measured(data, first, last))
    if not any(first <= p.day <= last for p in data.pain):
        chart.fold("pain")  # no empty panel telling a clinician to log on Today
    if not any(first <= d <= last for d, _ in [*data.cramps, *data.spasms]):
        chart.fold("counts")  # nor one for symptoms the patient does not log
    # each test's result the period started from (printed in italics below) drawn whole, not
    # cut in two by the axis
    starts = [max(days) for days in ([p.day for p in series.points
                                      if first - timedelta(days=LAB_BEFORE_DAYS) <= p.day < first]
                                     for code, series in data.labs.items()
                                     if code == VITAMIN_D or code in chart.extra) if days]
    chart.show_period(min([first, *(d - timedelta(days=3) for d in starts)]), last)
    chart.ci.layout.activate()
    return chart


def chart_image(services: Services, words: Wording, first: date, last: date, as_of: date,
                width: int = WIDTH, height: int = HEIGHT, course: date | None = None,
                read: DiaryRead | None = None) -> QImage | None:
    """The chart of [first, last] as known on `as_of` (see paper_data), or None; taller than
    `height` by EXTRA_HEIGHT for each B12 or PTH panel (its size: the image's, at its pixel
    ratio)."""
    data = paper_data(services, words, first, last, as_of, course, read)
    if data is None:
        return None
    height += EXTRA_HEIGHT * len(measured(data, first, last))  # pain keeps its room
    chart = paper_chart(data, words, first, last, width, height)
    image = QImage(QSize(width * SCALE, height * SCALE), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(LIGHT.background)
    QWidget.render(chart, image)  # as grab() does, at the image's pixel ratio
    # gone now, not at the next turn of an event loop a report may never run: a top-level
    # widget left behind is one more window for whatever closes them all
    chart.deleteLater()
    QCoreApplication.sendPostedEvents(chart, QEvent.Type.DeferredDelete)
    return image


__all__ = ["HEIGHT", "WIDTH", "chart_image", "measured", "paper_chart", "paper_data"]
