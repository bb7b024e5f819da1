"""The chart on paper shows what the visit is about: vitamin D in the unit the patient's reports
print (until Settings says otherwise), B12 and PTH when measured in or just before the period,
and no empty pain panel for a patient who logs no pain."""

from datetime import timedelta

from builders import add_lab, add_schedule, log_cramp
from conftest import TODAY
from vdtracker.domain.units import B12, PTH, VITAMIN_D
from vdtracker.services import settings as opts
from vdtracker.ui.summary.chart_image import paper_chart, paper_data
from vdtracker.wording import Wording

START = TODAY - timedelta(days=60)


def b12_course(svc):
    """B12 daily for night cramps (no pain logged), a B12 result at the start and in the
    period, a PTH result long before, vitamin D reported in nmol/L."""
    add_schedule(svc, supplement="Vitamin B12", amount=1000, unit="mcg", every_days=1,
                 start=START, phase="ongoing")
    for i in range(60):
        if i % 3 == 0:
            log_cramp(svc, day=START - timedelta(days=9) + timedelta(days=i), today=TODAY,
                      count=1, severity=5.0)
    add_lab(svc, "b12", "118", "pmol/L", day=START - timedelta(days=2), today=TODAY)
    add_lab(svc, "b12", "310", "pmol/L", day=TODAY - timedelta(days=3), today=TODAY)
    add_lab(svc, "pth", "70", "pg/mL", day=START - timedelta(days=300), today=TODAY)
    add_lab(svc, "vitamin-d", "35", "nmol/L", day=START - timedelta(days=2), today=TODAY)


def test_the_vitamin_d_unit_is_the_reports_until_settings_says_otherwise(svc):
    assert svc.settings.vitamin_d_unit() == "ng/mL"  # no result yet: the default
    b12_course(svc)
    assert svc.settings.vitamin_d_unit() == "nmol/L"  # the latest report printed nmol/L
    data = paper_data(svc, Wording(), START, TODAY, TODAY, START)
    assert data is not None and data.labs[VITAMIN_D].unit == "nmol/L"
    assert data.labs[VITAMIN_D].points[0].value == 35  # as printed, no conversion
    svc.settings.set(opts.VITAMIN_D_UNIT, "ng/mL")  # the patient's own choice wins
    assert svc.settings.vitamin_d_unit() == "ng/mL"


def test_the_tests_of_the_visit_are_charted_and_no_empty_pain_panel(qapp, svc):
    b12_course(svc)
    data = paper_data(svc, Wording(), START, TODAY, TODAY, START)
    assert data is not None
    chart = paper_chart(data, Wording(), START, TODAY, 680, 400)
    try:
        assert B12 in chart.extra and PTH not in chart.extra  # PTH: 300 days before
        assert not chart.main.isVisible()  # no pain logged: no "log on Today" panel
        assert chart.bars.isVisible() and chart.vitd.isVisible()
    finally:
        chart.deleteLater()


def test_a_patient_who_logs_no_cramps_or_spasm_gets_no_empty_counts_panel(qapp, svc):
    from builders import log_pain

    b12_course(svc)
    with svc.db.transaction() as s:  # this patient logs pain only
        from vdtracker.models import CrampNight
        s.query(CrampNight).delete()
    for i in range(30):
        log_pain(svc, 4.0, day=START + timedelta(days=i), today=TODAY)
    data = paper_data(svc, Wording(), START, TODAY, TODAY, START)
    assert data is not None
    chart = paper_chart(data, Wording(), START, TODAY, 680, 400)
    try:
        assert not chart.bars.isVisible() and chart.main.isVisible()
        last = chart.extra[B12]  # the time scale moves to the last panel shown
        assert last.getAxis("bottom").isVisible()
    finally:
        chart.deleteLater()


def test_a_lapse_that_ended_is_drawn_with_words_that_fit_its_band(qapp, svc):
    """Maintenance taken 7 days, none for 20, then daily again: the ended gap keeps its band
    on paper, and its words never run over the doses either side."""
    from datetime import date

    import pyqtgraph as pg
    from PySide6.QtGui import QFontMetricsF

    from vdtracker.ui.charts.bands import Bands
    from vdtracker.ui.charts.style import DAY, day_of

    start = date(2026, 1, 1)
    add_schedule(svc, supplement="Vitamin D3", amount=1000, unit="IU", every_days=1,
                 start=start, phase="maintenance")
    taken = [start + timedelta(days=i) for i in range(7)]
    taken += [start + timedelta(days=i) for i in range(27, 120)]
    for day in taken:
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    as_of = start + timedelta(days=119)
    data = paper_data(svc, Wording(), start, as_of, as_of, start)
    assert data is not None
    chart = paper_chart(data, Wording(), start, as_of, 680, 400)
    try:
        [bands] = [r for r in chart.main.items if isinstance(r, Bands)]
        assert [(day_of(x0), day_of(x1 - DAY / 2))
                for x0, x1 in bands.regions()] == [(taken[6], taken[7])]  # last dose to next
        [label] = [t for t in chart.phases.items if isinstance(t, pg.TextItem)]
        lo, hi = chart.main.vb.viewRange()[0]
        px = chart.main.vb.width() / (hi - lo)
        words = label.toPlainText()
        [(x0, x1)] = bands.regions()
        room = (x1 - x0) * px
        assert label.isVisible() and QFontMetricsF(chart.font()).horizontalAdvance(words) < room
        assert words == f"{(taken[7] - taken[6]).days - 1} days"  # the long words do not fit
    finally:
        chart.deleteLater()


def test_a_lapse_out_of_view_leaves_no_words_over_other_doses(qapp, svc):
    """Framed on the last 4 weeks, a gap months before has no words drawn anywhere: they
    would lie over that schedule's later doses."""
    from datetime import date

    import pyqtgraph as pg

    start = date(2026, 1, 1)
    add_schedule(svc, supplement="Vitamin D3", amount=1000, unit="IU", every_days=1,
                 start=start, phase="maintenance")
    taken = [start + timedelta(days=i) for i in range(7)]
    taken += [start + timedelta(days=i) for i in range(27, 120)]
    for day in taken:
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    as_of = taken[-1]
    data = paper_data(svc, Wording(), start, as_of, as_of, start)
    assert data is not None
    chart = paper_chart(data, Wording(), start, as_of, 680, 400)
    try:
        [label] = [t for t in chart.phases.items if isinstance(t, pg.TextItem)]
        assert label.isVisible()
        chart.show_period(as_of - timedelta(days=27), as_of)  # the gap ended 90 days before
        assert not label.isVisible()
    finally:
        chart.deleteLater()


def test_the_command_line_says_the_unit_the_chart_uses(tmp_path):
    """`vdtracker settings display.vitamin-d-unit` says what the chart and Settings show:
    the latest report's unit until a choice is saved."""
    import subprocess
    import sys

    from vdtracker.app import compose
    from vdtracker.storage.database import Database

    folder = str(tmp_path / "data")
    db = Database.open(tmp_path / "data")
    b12_course(compose(db))  # the latest vitamin D report printed nmol/L
    db.close()
    said = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", folder, "settings",
                           "display.vitamin-d-unit"], capture_output=True, text=True, timeout=60)
    assert said.returncode == 0, said.stderr
    assert "nmol/L" in said.stdout and "ng/mL" not in said.stdout
