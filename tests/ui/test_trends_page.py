"""Trends: the series the chart holds for a known history, framing, read-out, export, time zones."""

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from builders import add_lab, add_schedule, log_cramp, log_pain, log_spasm
from conftest import TODAY
from vdtracker.services import settings as opts
from vdtracker.ui.charts.style import DAY, day_of, x_of
from vdtracker.ui.widgets.dates import qdate


@pytest.fixture
def known(ctx):
    """Ten days of pain, two lab results in different units, a loading course then a lapse."""
    start = TODAY - timedelta(days=60)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                     start=start, weeks=4, phase="loading")
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                     start=start + timedelta(weeks=4), phase="maintenance")
    ctx.services.doses.record(supplement="Vitamin D3", day=start, today=TODAY)
    for i in range(10):
        day = TODAY - timedelta(days=9 - i)
        log_pain(ctx.services, float(i % 5 + 2), day=day, today=TODAY)
        log_pain(ctx.services, 9.0, day=day, today=TODAY) if i == 9 else None
    log_cramp(ctx.services, day=TODAY - timedelta(days=1), today=TODAY, count=3)
    log_spasm(ctx.services, day=TODAY - timedelta(days=1), today=TODAY, count=2)
    log_spasm(ctx.services, day=TODAY - timedelta(days=1), today=TODAY, count=1)
    add_lab(ctx.services, "vitamin-d", "20", "ng/mL", day=start - timedelta(days=2), today=TODAY,
                 low=30, high=100)
    add_lab(ctx.services, "vitamin-d", "75", "nmol/L", day=TODAY - timedelta(days=3), today=TODAY,
                 low=75, high=250)
    return start


def trends(window):
    return window.page("trends")


def test_the_chart_holds_the_known_series(window, ctx, known):
    page = trends(window)
    chart = page.chart
    xs, ys = chart.pain_points.getData()
    assert len(xs) == 10 and ys[-1] == pytest.approx((6 + 9) / 2)  # last day: two entries
    assert day_of(xs[0]) == TODAY - timedelta(days=9)
    assert chart.pain_points.data["data"][-1] == 9.0  # worst of the day, shown on hover
    rx, ry = chart.rolling_line.getData()
    assert day_of(rx[0]) == TODAY - timedelta(days=7)  # the first day with 3 days behind it
    assert ry[-1] == pytest.approx(np.mean([5, 6, 2, 3, 4, 5, 7.5]))  # days 3..9
    vitd = page.data.labs["vitamin-d"]
    # the latest report printed nmol/L: the chart reads in nmol/L until Settings says otherwise
    assert vitd.unit == "nmol/L"
    assert [round(p.value, 1) for p in vitd.points] == [round(20 * 2.496, 1), 75.0]
    assert vitd.points[-1].printed == "75 nmol/L"
    ctx.services.settings.set(opts.VITAMIN_D_UNIT, "ng/mL")  # the patient's choice
    page.refresh()
    vitd = page.data.labs["vitamin-d"]
    assert [round(p.value, 1) for p in vitd.points] == [20.0, round(75 / 2.496, 1)]
    assert [(s.kind, s.start) for s in page.data.phases] == [
        ("loading", known), ("maintenance", known + timedelta(weeks=4))]
    assert [s.kind for s in page.data.lapses] == ["lapsed"]
    assert page.data.cramps == [(TODAY - timedelta(days=1), 3)]
    assert page.data.spasms == [(TODAY - timedelta(days=1), 3)]


def test_range_buttons_reframe_without_recomputing(window, known, qtbot):
    page = trends(window)
    data = page.data
    checked = [key for key, b in page.range_buttons.items() if b.isChecked()]
    assert checked == ["3m"]  # the chart opens on three months, and says so
    qtbot.mouseClick(page.range_buttons["4w"], Qt.MouseButton.LeftButton)
    first, last = page.chart.visible_days()
    assert last == TODAY and (TODAY - first).days in (27, 28)
    assert [key for key, b in page.range_buttons.items() if b.isChecked()] == ["4w"]
    page.show_range(None, "all")
    first, _ = page.chart.visible_days()
    assert first <= known - timedelta(days=2)
    assert page.data is data  # nothing recomputed


def test_a_range_button_is_pressed_with_enter_as_with_space(window, known, qtbot):
    """Tab to a range button and Enter: it shows that range (Enter did nothing, Space did)."""
    from PySide6.QtTest import QTest

    from tests_ui_helpers import activate

    page = trends(window)
    activate(window)
    page.range_buttons["all"].setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.range_buttons["all"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.range_buttons["all"].isChecked())
    first, _ = page.chart.visible_days()
    assert first <= known - timedelta(days=2)  # all of it, back to the first result
    page.range_buttons["4w"].setFocus(Qt.FocusReason.BacktabFocusReason)  # the keypad's Enter
    QTest.keyClick(page.range_buttons["4w"], Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: page.range_buttons["4w"].isChecked())
    first, last = page.chart.visible_days()
    assert last == TODAY and (TODAY - first).days in (27, 28)


def test_readout_names_the_day_and_values(window, known):
    text = trends(window).chart.readout(TODAY - timedelta(days=1))
    assert "Sun 22 Nov 2026" in text and "cramps 3" in text and "spasm episodes 3" in text
    assert "latest 25(OH)D 75 nmol/L" in text


def test_display_unit_setting_converts_vitamin_d(window, ctx, known, qtbot):
    from vdtracker.services import settings as opts
    ctx.services.settings.set(opts.VITAMIN_D_UNIT, "nmol/L")
    ctx.signals.settings_changed.emit()
    page = trends(window)
    qtbot.waitUntil(lambda: page.data.labs["vitamin-d"].unit == "nmol/L")
    assert [round(p.value) for p in page.data.labs["vitamin-d"].points] == [50, 75]


def known_daily_pain():
    """The daily means `known` logged, worked out here rather than read back from the app."""
    daily = {TODAY - timedelta(days=9 - i): float(i % 5 + 2) for i in range(10)}
    daily[TODAY] = (daily[TODAY] + 9.0) / 2
    return daily


@pytest.mark.parametrize(("before", "now", "context"), [
    ((9, 5), (6, 0), "no improvement"),  # days ago; pain rose from 4.0 to about 4.6
    ((7, 5), (4, 2), "IMMPACT) calls a moderate change"),  # 5.0 to 3.0: 40 % lower
])
def test_improvement_between_two_windows(window, known, before, now, context):
    page = trends(window)
    stretch = {"before": [TODAY - timedelta(days=n) for n in before],
               "now": [TODAY - timedelta(days=n) for n in now]}
    for edit, day in zip((page.base_from, page.base_to, page.cur_from, page.cur_to),
                         stretch["before"] + stretch["now"], strict=True):
        edit.setDate(qdate(day))
    daily = known_daily_pain()
    b, c = (np.mean([v for d, v in daily.items() if first <= d <= last])
            for first, last in (stretch["before"], stretch["now"]))
    change = (b - c) / b * 100
    text = page.improvement.text()
    word = "lower" if change >= 0 else "higher"
    assert f"Mean pain {b:.1f} → {c:.1f}: {round(abs(change), 1):g} % {word}" in text, text
    assert context in text


def test_too_few_days_in_a_stretch_is_said_instead_of_a_percentage(window, known):
    page = trends(window)
    page.base_from.setDate(qdate(TODAY - timedelta(days=9)))
    page.base_to.setDate(qdate(TODAY - timedelta(days=8)))  # two days: fewer than three
    assert "Not enough pain entries" in page.improvement.text()
    assert "%" not in page.improvement.text()


def test_b12_and_pth_rows_appear_when_chosen(demo_window):
    page = trends(demo_window)
    page.show_b12.setChecked(True)
    assert set(page.chart.extra) == {"b12"}
    page.show_pth.setChecked(True)
    page.show_b12.setChecked(False)
    assert set(page.chart.extra) == {"pth"}


def test_export_png_and_svg_on_white(demo_window, tmp_path):
    from vdtracker.ui.charts.export import export_png, export_svg
    chart = trends(demo_window).chart
    export_png(chart, tmp_path / "c.png")
    export_svg(chart, tmp_path / "c.svg")
    image = QImage(str(tmp_path / "c.png"))
    assert image.width() >= 2 * chart.width() * 0.99
    # the whole chart, not a corner of it: saved at the screen's scale, it is what the screen
    # shows (compared in 4-pixel blocks: the hatching may start a pixel over)
    export_png(chart, tmp_path / "same.png", scale=1.0)
    shown, saved = chart.grab().toImage(), QImage(str(tmp_path / "same.png"))
    assert saved.size() == shown.size()
    w, h = shown.width() // 4, shown.height() // 4
    smooth = Qt.TransformationMode.SmoothTransformation
    shown, saved = shown.scaled(w, h, mode=smooth), saved.scaled(w, h, mode=smooth)
    differ = sum(abs(saved.pixelColor(x, y).lightness() - shown.pixelColor(x, y).lightness())
                 > 30 for x in range(w) for y in range(h))
    assert differ < 0.02 * w * h, differ
    assert image.pixelColor(2, 2).lightness() > 240  # white paper
    assert QSvgRenderer(str(tmp_path / "c.svg")).isValid()
    assert "<svg" in (tmp_path / "c.svg").read_text()[:2000]


def test_caption_says_association_is_not_causation(window):
    from PySide6.QtWidgets import QLabel
    texts = " ".join(lab.text() for lab in trends(window).findChildren(QLabel))
    assert "association is not causation" in texts


@pytest.mark.parametrize("tz", ["America/New_York", "Pacific/Auckland", "Europe/London"])
def test_dates_are_right_in_any_time_zone_and_across_dst(tz):
    code = (
        "from datetime import date, timedelta\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from vdtracker.ui.charts.style import x_of, day_of, DAY\n"
        "from vdtracker.ui.charts.time_axis import TimeAxis\n"
        "from vdtracker.wording import Wording\n"
        "ax = TimeAxis(lambda: Wording())\n"
        "for first in (date(2026, 3, 7), date(2026, 3, 28), date(2026, 10, 24),\n"
        "              date(2026, 4, 4)):\n"
        "    for i in range(4):\n"  # across the US, EU and NZ DST changes
        "        d = first + timedelta(days=i)\n"
        "        assert day_of(x_of(d)) == d\n"
        "        assert x_of(d + timedelta(days=1)) - x_of(d) == DAY\n"
        "    lo, hi = x_of(first) - DAY / 2, x_of(first + timedelta(days=4)) + DAY / 2\n"
        "    [(spacing, ticks)] = ax.tickValues(lo, hi, 800)\n"  # a tick a day
        "    labels = ax.tickStrings(ticks, 1, spacing)\n"
        "    days = [first + timedelta(days=i) for i in range(5)]\n"
        "    want = [f'{d.day} {d:%b}' for d in days]\n"
        "    want[0] += f' {first.year}'\n"  # the first label says the year
        "    assert labels == want, labels\n"
        "print('ok')\n"
    )
    env = dict(os.environ, TZ=tz, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.stdout.strip() == "ok", r.stderr[-2000:]
    assert DAY == 86400 and x_of(date(2026, 1, 1)) % DAY == DAY / 2


def test_a_chosen_profile_is_shaded_with_its_attribution(window, ctx, known, qtbot):
    import pyqtgraph as pg

    from vdtracker.services import settings as opts
    chart = trends(window).chart

    def shaded():
        return [" ".join(i.toolTip().split()) for i in chart.vitd.items  # lines as one
                if isinstance(i, pg.LinearRegionItem) and i.orientation == "horizontal"]

    assert shaded() == ["The range printed on your latest report"]
    ctx.services.settings.set(opts.VITAMIN_D_PROFILE, "es2011")
    ctx.signals.settings_changed.emit()
    qtbot.waitUntil(lambda: "Endocrine Society 2011" in " ".join(shaded()))
    [tip] = shaded()  # its sufficient band, shaded as the report's range was: same meaning
    assert "sufficient" in tip and "30" in tip
    assert any("Endocrine Society 2011" in words for words in chart.legend.texts())


def test_a_diary_that_starts_with_its_course_is_compared_with_its_first_days(window, ctx):
    """Most people start the diary the day the course starts: Trends compares its first 7
    days (not the empty week before the course) with the last 7."""
    start = TODAY - timedelta(days=40)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=start, weeks=8, phase="loading")
    pain = {start + timedelta(days=i): (7.0 if i < 7 else 3.0) for i in range(41)}
    for day, score in pain.items():
        log_pain(ctx.services, score, day=day, today=TODAY)
    page = trends(window)
    page.refresh()
    days = [page.base_from, page.base_to, page.cur_from, page.cur_to]
    assert [d.date().toPython() for d in days] == [
        start, start + timedelta(days=6), TODAY - timedelta(days=6), TODAY]
    before = np.mean([v for d, v in pain.items() if d <= start + timedelta(days=6)])
    now = np.mean([v for d, v in pain.items() if d >= TODAY - timedelta(days=6)])
    change = (before - now) / before * 100
    assert f"Mean pain {before:.1f} → {now:.1f}: {round(change, 1):g} % lower" in \
        page.improvement.text()


@pytest.mark.qt_log_ignore("This plugin does not support")  # Qt's file dialog, offscreen
def test_the_chart_is_never_saved_into_the_diarys_backups(window, ctx, known, tmp_path):
    """The name typed into the save dialog, then Enter: a picture in the backups folder is
    refused in the status bar and nothing is written there; elsewhere it is saved."""
    from real_event_kit import file_typed
    from tests_ui_helpers import click, shown
    from vdtracker.storage import backups

    kept = backups.folder_of(Path(ctx.services.db.where))
    kept.mkdir(parents=True, exist_ok=True)
    before = sorted(kept.iterdir())
    page = shown(window, "trends")
    file_typed(kept / "chart.png")
    click(page.png)
    assert sorted(kept.iterdir()) == before
    said = window.statusBar().currentMessage()
    assert said.startswith("Not saved: choose a place outside the backups folder"), said
    file_typed(tmp_path / "chart.png")
    click(page.png)
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
