"""Supplements: type a schedule from the prescription, see the arithmetic, follow, stop, undo."""

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import (
    choose,
    click_cell,
    click_link,
    click_seen,
    ctrl_s,
    type_over,
    undo_key,
)
from tests_ui_helpers import answer_typo_check, press, shown, type_into, when_shown
from vdtracker.ui.dialogs.stop_early import StopEarlyDialog
from vdtracker.ui.tables.regimen_model import RegimenModel
from vdtracker.ui.widgets.dates import qdate


def fill(form, qtbot, name, amount, every=None, weekdays=(), start=TODAY, weeks=None,
         phase="loading"):
    """The schedule typed into the shown form field by field, as after tabbing to each: the
    boxes typed over, the choices made with a click or the first letters of an item."""
    type_over(form.supplement.lineEdit(), name)
    type_over(form.amount, amount)
    if every:
        click_seen(form.by_interval)
        type_into(qtbot, form.every, str(every))
    else:
        click_seen(form.by_weekday)
        for i in weekdays:
            click_seen(form.days[i])
    if form.start.date() != qdate(start):
        type_over(form.start, start.isoformat())
    if weeks:
        choose(form.end_kind, "for a number of weeks")
        type_into(qtbot, form.weeks, str(weeks))
    choose(form.phase, phase)


def test_regimen_model_passes_qt_model_checks(qtmodeltester, demo_ctx):
    model = RegimenModel(demo_ctx.words)
    model.set_rows(demo_ctx.services.regimens.list(TODAY))
    qtmodeltester.check(model, force_py=True)


def test_add_a_loading_course_with_plain_arithmetic(window, ctx, qtbot):
    page = shown(window, "supplements")
    assert not page.save.isEnabled() and "supplement's name" in page.reason.text()
    fill(page.form, qtbot, "Vitamin D3", "50000", every=7, weeks=12)
    assert "About 7,143 IU a day" in page.form.average.text()
    click_seen(page.save)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    r = page.model.rows[0]
    assert (r.supplement, r.amount, r.schedule, r.phase) == (
        "Vitamin D3", 50000, "weekly", "loading")
    assert r.end == TODAY + timedelta(weeks=12) - timedelta(days=1)
    assert page.form.amount.text() == ""  # ready for the next one
    undo_key()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_twice_weekly_and_the_typo_check_asks_first(window, ctx, qtbot):
    page = shown(window, "supplements")
    fill(page.form, qtbot, "Vitamin D3", "500000", weekdays=(0, 3), weeks=3)
    asked = []
    answer_typo_check(False, asked)
    click_seen(page.save)
    assert "500,000 IU" in asked[0][0] and "is that right" in asked[0][0]
    assert asked[0][1]  # "No, let me check" is the default: Enter never confirms a typo
    assert ctx.services.regimens.list(TODAY) == []  # "No": nothing saved, the form keeps it
    assert page.form.amount.text() == "500000"
    answer_typo_check(True, asked)
    ctrl_s()
    assert [r.schedule for r in ctx.services.regimens.list(TODAY)] == ["on Mon, Thu"]


def test_next_phase_is_prefilled_but_never_the_dose(window, ctx, qtbot):
    start = TODAY - timedelta(weeks=12)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                     start=start, weeks=8, phase="loading")
    page = shown(window, "supplements")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_cell(page.table, 0, 0)
    click_seen(page.follow)
    f = page.form
    assert f.supplement.currentText() == "Vitamin D3" and f.amount.text() == ""
    assert f.phase.currentText() == "maintenance"
    assert f.start.date() == qdate(start + timedelta(weeks=8))
    assert not page.save.isEnabled() and "prescription" in page.reason.text()
    qtbot.keyClicks(f.amount, "2000")  # typed from the prescription: now it can be saved
    assert page.save.isEnabled() and page.reason.text() == ""


def test_stop_early_and_undo(window, ctx, qtbot):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                     start=date(2026, 1, 1), phase="maintenance")
    window.resize(1280, 800)  # on a screen with room: at 760 px Stop is half cut off
    page = shown(window, "supplements")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_cell(page.table, 0, 0)
    type_over(page.stop_on, "2026-10-01")
    assert page.stop.isEnabled()
    when_shown(StopEarlyDialog, lambda dialog: press(dialog, Qt.Key.Key_Return))  # no reason
    click_seen(page.stop)
    qtbot.waitUntil(lambda: page.model.rows[0].status == "stopped")
    assert page.model.rows[0].stop_why is None
    assert page.timeline.rows[0].stopped_on == date(2026, 10, 1)
    assert 1 in page.timeline.lapses  # stopped with nothing after it: marked on the time line
    click_link(page.saved_note)  # "Undo" beside Save
    qtbot.waitUntil(lambda: page.model.rows[0].status == "active")


def test_change_a_saved_schedule(window, ctx, qtbot):
    add_schedule(ctx.services, supplement="Vitamin B12", amount=1000, unit="mcg", every_days=1,
                     start=date(2026, 1, 1), phase="ongoing")
    page = shown(window, "supplements")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_cell(page.table, 0, 0)
    click_seen(page.change)
    assert page.form.amount.text() == "1000" and page.form.unit.currentText() == "mcg"
    type_over(page.form.amount, "500")
    click_seen(page.save)
    qtbot.waitUntil(lambda: page.model.rows[0].amount == 500)
    assert page.model.rowCount() == 1
    undo_key()
    qtbot.waitUntil(lambda: page.model.rows[0].amount == 1000)


def test_the_reminder_time_is_saved_with_the_schedule(window, ctx, qtbot):
    from datetime import time

    page = shown(window, "supplements")
    fill(page.form, qtbot, "Vitamin D3", "50000", every=7, weeks=12)
    assert page.form.remind.isChecked()  # reminders are what the app is for: on by default
    type_over(page.form.remind_at.edit, "1930")  # as people type it, no colon
    click_seen(page.save)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].remind_at == time(19, 30)
    assert "reminder 19:30" in page.model.index(0, 2).data()


def test_a_german_dose_is_read_the_german_way_and_the_typo_check_still_asks(window, ctx, qtbot):
    """"500.000" IE under a German locale is five hundred thousand, never 500; "1,5" mg is 1.5."""
    page = shown(window, "supplements")
    page.form.setLocale(QLocale("de_DE"))
    fill(page.form, qtbot, "Vitamin D3", "1", every=7, weeks=8)
    type_over(page.form.amount, "500.000")
    assert "500.000 IU" in page.form.average.text()  # shown back the German way
    asked = []
    answer_typo_check(False, asked)
    click_seen(page.save)
    assert asked and "500,000 IU" in asked[0][0] and asked[0][1]  # No is the default button
    assert ctx.services.regimens.list(TODAY) == []
    type_over(page.form.amount, "1,5")
    choose(page.form.unit, "mg")
    click_seen(page.save)
    [saved] = ctx.services.regimens.list(TODAY)
    assert (saved.amount, saved.unit) == (1.5, "mg")
    type_over(page.form.supplement.lineEdit(), "Magnesium")  # the form was cleared on saving
    type_over(page.form.amount, "1.5")  # not a German number: refused, never read as 15
    assert page.form.plan().amount == 0 and "number" in page.form.missing_reason()


def test_a_lapse_that_ended_stays_on_the_time_line_with_its_dates(window, ctx, shots):
    """Maintenance taken a week, none for 20 days, then daily again: the time line keeps the
    gap, its words name both dates, and they stay inside the widget."""
    from PySide6.QtGui import QFontMetrics

    start = TODAY - timedelta(days=90)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=1000, unit="IU", every_days=1,
                 start=start, phase="maintenance")
    taken = [start + timedelta(days=i) for i in range(7)]
    taken += [start + timedelta(days=i) for i in range(27, 91)]
    for day in taken:
        ctx.services.doses.record(supplement="Vitamin D3", day=day, today=TODAY)
    page = shown(window, "supplements")
    page.refresh()
    first, last = taken[6] + timedelta(days=1), taken[7] - timedelta(days=1)
    words = (f"no dose logged {ctx.words.day(first)} – {ctx.words.day(last)} "
             f"({(last - first).days + 1} days)")
    assert [(since, until, said) for _, since, until, said in page.timeline.ended] == [
        (taken[6], taken[7], words)]
    wide = QFontMetrics(page.timeline.font()).horizontalAdvance(words)
    assert wide < page.timeline.width()  # room for its words at this size
    page.timeline.grab().save(str(shots / "supplements-timeline-ended-gap.png"))


def test_a_stopped_schedule_is_said_as_stopped_on_the_time_line(window, ctx):
    start = TODAY - timedelta(days=40)
    saved = add_schedule(ctx.services, supplement="Vitamin D3", amount=1000, unit="IU",
                         every_days=1, start=start, phase="maintenance")
    for i in range(30):
        ctx.services.doses.record(supplement="Vitamin D3",
                                          day=start + timedelta(days=i), today=TODAY)
    ctx.services.regimens.stop(saved.id, day=TODAY, today=TODAY)
    page = shown(window, "supplements")
    page.refresh()
    [(since, words)] = page.timeline.lapses.values()
    assert since == TODAY and words == f"Vitamin D3: stopped on {ctx.words.day(TODAY)}, " \
        "nothing after it"  # not "no dose logged since" the stop day
