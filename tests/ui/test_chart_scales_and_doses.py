"""The trends chart's scales read right: pain runs 0–10 and never below 0, the time axis says
the year (where the span starts and where it crosses into a new one, English and German), and
doses logged are marks of their own, named in the key, not ticks like an axis's."""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from builders import add_schedule, log_pain
from conftest import TODAY
from tests_ui_helpers import shown
from vdtracker.ui.charts.style import DARK, LIGHT, x_of
from vdtracker.ui.charts.trend_chart import TrendChart
from vdtracker.ui.window_words import window_wording

START = TODAY - timedelta(days=200)  # 7 May 2026: the span starts in May, not in January


@pytest.fixture
def diary(ctx):
    """A weekly schedule taken every week, and pain from 0 to 9 and back over 200 days."""
    add_schedule(ctx.services, supplement="Vitamin D3", amount=20000, unit="IU", every_days=7,
                 start=START, weeks=30, phase="maintenance")
    for week in range(29):
        ctx.services.doses.record(supplement="Vitamin D3",
                                          day=START + timedelta(weeks=week), today=TODAY)
    for i in range(0, 200, 2):
        log_pain(ctx.services, abs(9 - (i // 10) % 19), day=START + timedelta(days=i),
                 today=TODAY)
    return ctx


def drawn(axis: pg.AxisItem):
    """What pyqtgraph really draws for an axis: its line's ends and its labels' words."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        (_, p1, p2), _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return (p1, p2), [t for _, _, t in texts]


MADE: list[TrendChart] = []


@pytest.fixture(autouse=True)
def _charts_closed():
    """Each chart drawn on its own is closed and deleted after its test: a top-level window
    left open keeps a later test's app.exec() from ending when its window closes."""
    yield
    while MADE:
        chart = MADE.pop()
        chart.close()
        chart.deleteLater()


def chart_over(qapp, data, words, first: date, last: date, width: int = 900) -> TrendChart:
    chart = TrendChart(words=words)
    MADE.append(chart)
    chart.resize(width, 640)
    chart.show()
    chart.set_data(data)
    chart.show_period(first, last)
    qapp.processEvents()
    return chart


def trends_data(window):
    page = window.page("trends")
    return page.data


def test_the_pain_scale_is_0_to_10_and_never_runs_below_0(qapp, window, diary):
    page = shown(window, "trends")
    page.show_range(None, "all")
    qapp.processEvents()
    chart = page.chart
    assert chart.main.vb.height() > 100  # laid out: the values below are read off pixels
    low, high = chart.main.vb.viewRange()[1]
    assert -0.5 < low < 0 and 10 < high < 10.5  # room for a 0 or a 10 to show whole, no more
    axis = chart.main.getAxis("left")
    (top, bottom), labels = drawn(axis)
    assert labels == ["0", "2", "4", "6", "8", "10"]

    def value_at(point: QPointF) -> float:
        return chart.main.vb.mapSceneToView(axis.mapToScene(point)).y()

    assert value_at(bottom) == pytest.approx(0, abs=0.05)  # the scale's line ends at 0
    assert value_at(top) == pytest.approx(10, abs=0.05)
    ratings = [p.mean for p in chart.data.pain]
    assert min(ratings) == 0  # a rating of 0 is drawn inside the view
    assert all(low < r < high for r in ratings)


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
@pytest.mark.parametrize(("first", "last", "year"), [
    (START, TODAY, "2026"),  # May to November: the year on the first label
    # April's label would run past the left end: it went, and with it the year ("Mai" alone)
    (date(2026, 3, 31), TODAY, "2026"),
    (date(2026, 9, 20), date(2027, 2, 10), "2027"),  # the span crosses into a new year
    (date(2026, 12, 24), date(2027, 1, 6), "2027"),  # two weeks, a label a day or two
])
def test_the_time_axis_says_the_year(qapp, window, diary, language, first, last, year):
    words = window_wording(QLocale(language))
    chart = chart_over(qapp, trends_data(window), words, first, last)
    _, labels = drawn(chart.bars.getAxis("bottom"))
    assert labels, "no time labels drawn"
    assert str(first.year) in labels[0], labels  # where the span starts: which year
    if last.year != first.year:
        assert any(year in label for label in labels[1:]), labels
    in_german = {"Mai", "Juni", "Sept.", "Okt.", "Dez.", "Jan."}
    if language == "de_DE" and (last - first).days > 60:
        assert any(word in in_german for label in labels for word in label.split()), labels


@pytest.mark.parametrize("look", [LIGHT, DARK], ids=["light", "dark"])
def test_doses_are_marks_of_their_own_named_in_the_key(qapp, window, diary, look, shots):
    chart = chart_over(qapp, trends_data(window), window.page("trends").chart.words,
                       START, TODAY, 1200)
    chart.apply_look(look)
    marks = [i for i in chart.phases.items if isinstance(i, pg.ScatterPlotItem)]
    assert len(marks) == 1
    [dose] = marks
    xs, _ = dose.getData()
    assert sorted(xs) == [x_of(START + timedelta(weeks=w)) for w in range(29)]
    symbols = {s.symbol() for s in dose.points()}
    assert "|" not in symbols and len(symbols) == 1  # a filled mark, not an axis's tick
    brush = QColor(dose.points()[0].brush().color())
    assert brush.alpha() == 255 and brush != look.foreground  # a colour of its own
    assert brush.name() == look.dose.name()
    assert "dose logged" in chart.legend.entries
    chart.grab().save(str(shots / f"chart-doses-{'light' if look is LIGHT else 'dark'}.png"))


@pytest.mark.parametrize("language", ["en_GB", "de_DE"])
def test_counts_are_whole_numbers_and_values_read_in_the_language(qapp, window, diary,
                                                                  language):
    """Two cramp nights of one cramp: the counts axis says 0 and 1, never 0.5 or 1.5 (or 1,5);
    a vitamin D axis in ng/mL says 12,5 in German where it has a half."""
    from builders import add_lab
    from vdtracker.domain.day_entry import CrampPart, DayEntry

    for k in (3, 5):
        diary.services.diary.save_day(DayEntry(TODAY - timedelta(days=k),
                                               cramps=CrampPart(count=1)), today=TODAY)
    add_lab(diary.services, "vitamin-d", "12.5", "ng/mL", day=TODAY - timedelta(days=40),
            today=TODAY)
    add_lab(diary.services, "vitamin-d", "13.5", "ng/mL", day=TODAY - timedelta(days=4),
            today=TODAY)
    words = window_wording(QLocale(language))
    data = window.ctx.services.trends.data(TODAY, "ng/mL", words=words)
    chart = chart_over(qapp, data, words, TODAY - timedelta(days=60), TODAY)
    chart.bars.setYRange(0, 1.6, padding=0)
    _, counts = drawn(chart.bars.getAxis("left"))
    assert counts and all(label.isdigit() for label in counts), counts
    chart.vitd.setYRange(12, 14, padding=0)
    _, values = drawn(chart.vitd.getAxis("left"))
    point = "," if language == "de_DE" else "."
    assert any(point in v for v in values) and not any(
        ("." if point == "," else ",") in v for v in values), values
