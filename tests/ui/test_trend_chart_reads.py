"""The trends chart reads as it should: vitamin D in a panel of its own with its range there
only, results as points with their values (no line between results months apart), the lapse
as a labelled band across every panel, a key of what is drawn, the change since the best week,
time labels that never touch, and marks that grow with the text."""

from datetime import date, timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics

from builders import add_lab, add_schedule, log_pain
from conftest import TODAY
from vdtracker.services import settings as opts
from vdtracker.ui.answers import same
from vdtracker.ui.charts.bands import Bands
from vdtracker.ui.charts.style import DAY, day_of, x_of
from vdtracker.ui.charts.time_axis import TimeAxis
from vdtracker.wording import Wording

START = TODAY - timedelta(days=120)


@pytest.fixture
def lapsed(ctx):
    """A loading course, a weekly maintenance never taken after one dose, pain that fell to its
    best and rose again, and two vitamin D results (one in nmol/L)."""
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, weeks=4, phase="loading")
    add_schedule(ctx.services, supplement="Vitamin D3", amount=20000, unit="IU", every_days=7,
                 start=START + timedelta(weeks=4), phase="maintenance")
    ctx.services.doses.record(supplement="Vitamin D3", day=START + timedelta(weeks=4),
                                      today=TODAY)
    for i in range(121):
        day = START + timedelta(days=i)
        pain = 8 - i / 10 if i < 60 else 2 + (i - 60) / 15  # best around day 60, then up
        log_pain(ctx.services, round(pain, 1), day=day, today=TODAY)
    add_lab(ctx.services, "vitamin-d", "12", "ng/mL", day=START - timedelta(days=3), today=TODAY,
            low=30, high=100)
    add_lab(ctx.services, "vitamin-d", "45", "nmol/L", day=TODAY - timedelta(days=5),
            today=TODAY, low=75, high=250)
    ctx.services.settings.set(opts.VITAMIN_D_UNIT, "ng/mL")  # the patient's choice in Settings


def chart_of(window):
    page = window.page("trends")
    page.show_range(None, "all")
    return page, page.chart


def kinds(plot, kind):
    return [i for i in plot.items if isinstance(i, kind)]


def test_vitamin_d_has_its_own_panel_and_its_range_is_shaded_only_there(window, lapsed):
    _, chart = chart_of(window)
    horizontal = [r for r in kinds(chart.main, pg.LinearRegionItem)
                  if r.orientation == "horizontal"]
    assert horizontal == []  # nothing in the pain panel reads as a "normal pain" band
    bands = [r for r in kinds(chart.vitd, pg.LinearRegionItem) if r.orientation == "horizontal"]
    assert [tuple(round(v) for v in b.getRegion()) for b in bands] == [(30, 100)]  # 75–250 nmol/L
    assert "25(OH)D" in chart.vitd.titleLabel.text and "ng/mL" in chart.vitd.titleLabel.text


def test_results_are_points_with_their_values_not_a_line(window, lapsed):
    _, chart = chart_of(window)
    assert kinds(chart.vitd, pg.PlotDataItem) == []  # no line drawn between results
    from vdtracker.ui.charts.value_labels import ValueLabels

    [written] = kinds(chart.vitd, ValueLabels)
    labels = sorted(written.texts())
    assert labels == ["12", "18.0"]  # 45 nmol/L is 18.0 ng/mL, in the panel's unit
    [points] = kinds(chart.vitd, pg.ScatterPlotItem)
    assert [day_of(x) for x in points.getData()[0]] == [START - timedelta(days=3),
                                                        TODAY - timedelta(days=5)]


def test_the_lapse_is_a_labelled_band_across_every_panel(window, lapsed):
    _, chart = chart_of(window)
    last_dose = START + timedelta(weeks=4)
    [lapse] = window.page("trends").data.lapses
    for plot in (chart.main, chart.vitd, chart.bars):
        [bands] = kinds(plot, Bands)
        [(first, last)] = bands.regions()
        assert day_of(first) == last_dose and day_of(last - DAY / 2) == TODAY
        assert [b.tip for b in bands.bands] == [lapse.detail]
    [lane] = [b for item in kinds(chart.phases, Bands) for b in item.bands if b.tip == lapse.detail]
    assert day_of(lane.x0) == last_dose  # and on its schedule's row
    words = [t.textItem.toPlainText() for t in kinds(chart.phases, pg.TextItem)]
    assert f"Vitamin D3: no dose logged since {window.ctx.words.day(last_dose)}" in words
    assert not [t for t in kinds(chart.main, pg.TextItem) if "no dose" in t.toPlainText()]
    window.page("trends").show_range(28, "4w")  # the band began long before the view
    label = next(t for t in kinds(chart.phases, pg.TextItem)
                 if "no dose" in t.textItem.toPlainText())
    lo, hi = chart.main.vb.viewRange()[0]
    assert lo <= label.pos().x() <= hi  # its words are still in sight


def test_the_key_names_what_is_drawn_and_nothing_else(window, lapsed):
    _, chart = chart_of(window)
    texts = chart.legend.texts()
    for expected in ("loading course", "maintenance", "dose logged", "pain, mean of the day",
                     "pain, 7-day mean", "25(OH)D result", "range printed on your latest report",
                     "no dose logged (may have lapsed)"):
        assert expected in texts
    assert "cramps in the night" not in texts and "spasm episodes" not in texts  # none logged


def test_the_rise_since_the_best_14_days_leads_on_the_trends_page(window, ctx, lapsed):
    """The best 14 days since the course began (at least 4 logged), ending before the last 14
    days begin, against the last 14 days: the recurrence alert's rule, said in words."""
    page, chart = chart_of(window)
    pain = {START + timedelta(days=i): round(8 - i / 10 if i < 60 else 2 + (i - 60) / 15, 1)
            for i in range(121)}
    recent_first = TODAY - timedelta(days=13)
    windows = {}
    for end in pain:
        first = end - timedelta(days=13)
        if first >= START and end < recent_first:
            windows[end] = sum(pain[first + timedelta(days=k)] for k in range(14)) / 14
    best_end = min(windows, key=lambda d: (round(windows[d], 9), d))
    best = windows[best_end]
    recent = sum(pain[TODAY - timedelta(days=k)] for k in range(14)) / 14
    assert recent - best >= 2 and recent >= 1.3 * best  # the rule holds: pain has risen
    w = ctx.words
    span = f"{w.day(best_end - timedelta(days=13))} – {w.day(best_end)}"
    assert page.since_best.text() == (
        f"Pain has risen: the last 14 days average {recent:.1f}, {recent - best:.1f} points "
        f"higher than the best 14 days since Vitamin D3 50,000 IU weekly began on "
        f"{w.day(START)} "
        f"({best:.1f}, {span}).")
    tips = [i.toolTip() for i in chart.main.items if isinstance(i, pg.PlotDataItem)]
    assert f"Your best 14 days: mean {best:.1f} ({span})" in tips  # the same stretch drawn


def test_empty_panels_say_what_will_appear(window, ctx):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=1000, unit="IU", every_days=1,
                 start=TODAY - timedelta(days=3), phase="maintenance")
    _, chart = chart_of(window)
    assert "results you add on Labs appear here" in chart.vitd.titleLabel.text
    assert "ratings you log on Today appear here" in chart.main.titleLabel.text


@pytest.mark.parametrize("points", [9, 18])
@pytest.mark.parametrize("days", [10, 28, 91, 365, 800, 3650])
@pytest.mark.parametrize("width", [300, 700, 1200])
def test_time_labels_never_touch(qapp, points, days, width):
    axis = TimeAxis(lambda: Wording())
    font = QFont(qapp.font())
    font.setPointSizeF(points)
    axis.setStyle(tickFont=font)
    fm = QFontMetrics(font)
    lo, hi = x_of(date(2026, 1, 1)) - DAY / 2, x_of(date(2026, 1, 1) + timedelta(days=days))
    [(spacing, ticks)] = axis.tickValues(lo, hi, width)
    labels = axis.tickStrings(ticks, 1, spacing)
    assert len(labels) >= 2 or width < 400  # something to read the time by
    px = [(t - lo) / (hi - lo) * width for t in ticks]
    marks = list(zip(px, labels, strict=True))
    for (a, la), (b, lb) in zip(marks, marks[1:], strict=False):
        gap = (b - a) - (fm.horizontalAdvance(la) + fm.horizontalAdvance(lb)) / 2
        assert gap > fm.height() / 2, (labels, px)


def test_lines_and_marks_grow_with_the_text(qapp, window, lapsed):
    _, chart = chart_of(window)
    normal = chart.rolling_line.opts["pen"].widthF()
    size = chart.pain_points.opts["size"]
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    chart.set_data(chart.data)
    assert chart.rolling_line.opts["pen"].widthF() > normal * 1.5
    assert chart.pain_points.opts["size"] > size * 1.5


def test_b12_and_pth_panels_give_their_room_back(qtbot, demo_window):
    page = demo_window.page("trends")
    chart = page.chart
    demo_window.show_page("trends")
    qtbot.wait(100)  # laid out
    before = chart.main.height()
    page.show_b12.setChecked(True)
    page.show_pth.setChecked(True)
    qtbot.waitUntil(lambda: chart.main.height() < before - 5)  # room made for two panels
    page.show_b12.setChecked(False)
    page.show_pth.setChecked(False)
    qtbot.waitUntil(lambda: abs(chart.main.height() - before) <= 2, timeout=2000)


def test_b12_values_sit_inside_their_panel(demo_window):
    page = demo_window.page("trends")
    page.show_b12.setChecked(True)
    plot = page.chart.extra["b12"]
    top = max(p.value for p in page.data.labs["b12"].points)
    assert plot.vb.viewRange()[1][1] >= 1.5 * top  # room for the value written above it


def test_the_wheel_scrolls_the_page_and_ctrl_wheel_zooms(qtbot, window, lapsed):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.show_page("trends")
    page, chart = chart_of(window)
    qtbot.wait(100)  # laid out on screen
    shown = chart.main.vb.viewRange()[0]

    def wheel(modifiers):  # over the pain panel
        centre = QPointF(chart.mapFromScene(chart.main.vb.sceneBoundingRect().center()))
        event = QWheelEvent(centre, chart.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                            Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(chart.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert chart.main.vb.viewRange()[0] == shown  # the page scrolls; the chart stays
    assert page.range_buttons["all"].isChecked()
    wheel(Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: chart.main.vb.viewRange()[0] != shown)
    assert not any(b.isChecked() for b in page.range_buttons.values())  # "All" no longer true


def test_the_lapse_hatches_only_its_own_schedule_row(window, ctx, lapsed):
    add_schedule(ctx.services, supplement="Vitamin B12", amount=1000, unit="mcg",
                 every_days=1, start=TODAY - timedelta(days=3), phase="ongoing")  # not lapsed
    ctx.signals.changed.emit()
    page = window.page("trends")
    page.refresh()
    chart = page.chart
    lanes = chart._lanes
    [lapse] = page.data.lapses
    hatched = [b for item in kinds(chart.phases, Bands) for b in item.bands
               if b.tip == lapse.detail]
    assert [(b.y0, b.y1) for b in hatched] == [
        (lanes["Vitamin D3"] - 0.45, lanes["Vitamin D3"] + 0.45)]


def test_the_readout_gives_a_result_as_printed_and_as_charted(window, lapsed):
    _, chart = chart_of(window)
    assert "latest 25(OH)D 45 nmol/L (18.0 ng/mL) on" in chart.readout(TODAY)


def test_tab_reaches_the_sentences_under_the_chart(qtbot, window, lapsed):
    from PySide6.QtCore import Qt

    page, _ = chart_of(window)
    window.show_page("trends")
    page.cur_to.setFocus()
    for _ in range(6):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        if same(window.focusWidget(), page.since_best):
            break
    assert any(same(window.focusWidget(), w) for w in (page.improvement, page.since_best))
    label = window.focusWidget()
    seen = page.viewport().rect()
    where = label.mapTo(page.viewport(), label.rect().topLeft())
    assert seen.top() <= where.y() < seen.bottom()  # scrolled into view


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("width", [560, 680, 760, 1000])
def test_the_chart_never_grows_past_its_right_edge(qapp, window, lapsed, language, width):
    from PySide6.QtCore import QLocale

    from vdtracker.ui.charts.trend_chart import TrendChart
    from vdtracker.ui.translations import install_translators
    from vdtracker.wording.formats import Formats
    from vdtracker.wording.translate import catalogue_translate

    words = Wording(catalogue_translate(language), Formats(language))
    data = window.page("trends").data
    installed = install_translators(qapp, QLocale(language))  # the key's words
    try:
        chart = TrendChart(words=words)
        chart.resize(width, 500)
        chart.show()
        chart.set_data(data)
        qapp.processEvents()
        assert chart.ci.geometry().width() <= width + 0.5  # the newest days are not cut off
        chart.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _tip_at(qtbot, chart, plot, x, y):
    """What the chart's tooltip says with the mouse held at (x, y) of `plot`'s view, as Qt asks
    for it: the mouse moved there, then the viewport's tooltip event."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    at = chart.mapFromScene(plot.vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseMove(chart.viewport(), at)
    QToolTip.hideText()
    QApplication.sendEvent(chart.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                        chart.viewport().mapToGlobal(at)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def _one_line(text):
    return " ".join(text.split())


@pytest.mark.qt_log_ignore("This plugin does not support")  # the tooltip window, offscreen
def test_the_mouse_on_a_band_or_a_schedule_reads_its_words(qtbot, window, lapsed):
    window.resize(1280, 800)
    window.show_page("trends")
    page, chart = chart_of(window)
    qtbot.wait(100)  # laid out on screen
    [lapse] = page.data.lapses
    middle = x_of(lapse.start + (lapse.end - lapse.start) / 2)
    said = _tip_at(qtbot, chart, chart.main, middle, 9.6)  # above the pain
    assert _one_line(said) == lapse.detail
    assert len(lapse.detail) > 100 and max(map(len, said.splitlines())) <= 70  # short lines,
    # not one line across the window
    loading = next(p for p in page.data.phases if p.kind == "loading")
    lane = chart._lanes["Vitamin D3"]
    on_bar = x_of(loading.start + (loading.end - loading.start) / 2)
    assert _one_line(_tip_at(qtbot, chart, chart.phases, on_bar, lane + 0.15)) == loading.label
    # beside the band, in the loading course's weeks: nothing of the lapse is said
    assert lapse.detail not in _one_line(_tip_at(qtbot, chart, chart.main, on_bar, 9.6))
