"""A window that runs for days: "today" follows the clock (midnight, shown again from the tray,
before a save), and a dose taken is logged at the minute it was answered. The clock is a fake
the test moves; the window has to notice it as it notices the real one."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt

from builders import add_schedule
from conftest import TODAY
from tests_ui_helpers import click, entries_of, shown, type_into

MONDAY, TUESDAY, WEDNESDAY = TODAY, TODAY + timedelta(days=1), TODAY + timedelta(days=2)


def pains(ctx):
    return [(e.day, e.value) for e in entries_of(ctx) if e.kind == "pain"]


def save_with_keys(qtbot, page):
    qtbot.keyClick(page.form.pain.spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def quick_watch(window):
    """The window's midnight check, every 20 ms instead of every half minute."""
    window.day_watch.recheck_ms = 20
    window.day_watch.check()
    return window.day_watch


def test_the_page_moves_on_at_midnight_while_the_window_stays_open(window, ctx, clock, qtbot,
                                                                   quick_watch):
    clock.set(datetime(2026, 11, 23, 23, 59, 30))
    page = shown(window, "today")
    assert page.heading.text() == "Today, Mon 23 Nov 2026"
    clock.set(datetime(2026, 11, 24, 0, 0, 5))
    qtbot.waitUntil(lambda: page.heading.text() == "Today, Tue 24 Nov 2026")
    assert page.save.text() == "&Save today's entry"
    type_into(qtbot, page.form.pain, "5")
    save_with_keys(qtbot, page)
    assert pains(ctx) == [(TUESDAY, 5)]


def test_shown_again_from_the_tray_days_later_it_logs_for_the_new_day(window, ctx, clock, qtbot):
    """The issue's journey: hidden to the tray on Monday, shown on Wednesday, pain typed and
    Ctrl+S. It was saved for Monday before."""
    page = shown(window, "today")
    window.hide()
    clock.move(days=2, hours=1)
    window.show()
    assert page.heading.text() == "Today, Wed 25 Nov 2026"
    type_into(qtbot, page.form.pain, "6")
    save_with_keys(qtbot, page)
    assert pains(ctx) == [(WEDNESDAY, 6)]


def test_a_save_takes_in_a_new_day_even_before_any_timer_saw_it(window, ctx, clock, qtbot):
    page = shown(window, "today")
    clock.move(days=2)  # the half-minute check has not run: the page still says Monday
    assert page.heading.text() == "Today, Mon 23 Nov 2026"
    type_into(qtbot, page.form.pain, "7")
    save_with_keys(qtbot, page)
    assert pains(ctx) == [(WEDNESDAY, 7)]
    assert page.heading.text() == "Today, Wed 25 Nov 2026"


def test_typing_begun_before_midnight_stays_with_its_day_and_says_so(window, ctx, clock, qtbot,
                                                                     quick_watch):
    clock.set(datetime(2026, 11, 23, 23, 50))
    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "4")
    clock.set(datetime(2026, 11, 24, 0, 10))
    qtbot.waitUntil(lambda: page.heading.text() == "Mon 23 Nov 2026 (1 day ago)")
    assert page.save.text() == "&Save the entry for Mon 23 Nov 2026"
    save_with_keys(qtbot, page)
    assert pains(ctx) == [(MONDAY, 4)]
    assert page.form.is_empty()


def test_the_lab_date_and_the_history_dates_follow_a_new_day(window, ctx, clock, qtbot,
                                                             quick_watch):
    labs = shown(window, "labs")
    history = window.page("history")
    clock.move(days=1)
    qtbot.waitUntil(lambda: labs.day.date().toPython() == TUESDAY)
    assert history.last.date().toPython() == TUESDAY
    assert history.first.date().toPython() == TUESDAY - timedelta(days=30)


def test_a_lab_date_the_user_chose_stays_when_the_day_changes(window, ctx, clock, qtbot,
                                                             quick_watch):
    labs = shown(window, "labs")
    labs.day.lineEdit().selectAll()
    qtbot.keyClicks(labs.day.lineEdit(), "2026-11-20")
    clock.move(days=1)
    qtbot.waitUntil(lambda: ctx.day == TUESDAY)
    assert labs.day.date().toPython() == date(2026, 11, 20)


def two_daily(ctx):
    for name, amount, unit in (("Vitamin D3", 2000, "IU"), ("Vitamin B12", 1000, "mcg")):
        add_schedule(ctx.services, supplement=name, amount=amount, unit=unit, every_days=1,
                     start=TODAY, phase="ongoing")


def dose_times(ctx):
    return {e.summary.params["supplement"]: e.time for e in entries_of(ctx) if e.kind == "dose"}


def test_taken_is_logged_at_the_minute_of_the_click_not_of_the_last_refresh(window, ctx, clock,
                                                                           qtbot):
    two_daily(ctx)
    clock.set(datetime(2026, 11, 23, 8, 0))
    page = shown(window, "today")
    page.refresh()  # drawn at 08:00
    clock.set(datetime(2026, 11, 23, 21, 30, 40))  # the patient answers in the evening
    taken, _, _ = page.doses.buttons[_regimen(ctx, "Vitamin D3")]
    click(taken)
    assert dose_times(ctx) == {"Vitamin D3": time(21, 30)}


def test_a_time_typed_in_one_row_stays_when_another_row_is_answered(window, ctx, clock, qtbot):
    two_daily(ctx)
    page = shown(window, "today")
    page.refresh()
    _, _, b12_time = page.doses.buttons[_regimen(ctx, "Vitamin B12")]
    qtbot.keyClicks(b12_time.edit, "745")
    taken_d3, _, _ = page.doses.buttons[_regimen(ctx, "Vitamin D3")]
    click(taken_d3)  # the rows are drawn again
    qtbot.waitUntil(lambda: _regimen(ctx, "Vitamin D3") not in page.doses.buttons)
    taken_b12, _, b12_time = page.doses.buttons[_regimen(ctx, "Vitamin B12")]
    assert b12_time.edit.text() == "745"
    click(taken_b12)
    assert dose_times(ctx) == {"Vitamin D3": time(10, 0), "Vitamin B12": time(7, 45)}


def test_a_time_that_does_not_read_logs_nothing_and_says_why(window, ctx, qtbot):
    two_daily(ctx)
    page = shown(window, "today")
    page.refresh()
    taken, _, at = page.doses.buttons[_regimen(ctx, "Vitamin D3")]
    qtbot.keyClicks(at.edit, "25:00")
    click(taken)
    assert dose_times(ctx) == {}
    assert at.echo.isVisible() and at.echo.text() == "“25:00” is not a time: type it like 21:30"


def test_a_dose_row_answered_after_midnight_is_drawn_again_first(window, ctx, clock, qtbot):
    """Rows drawn on Monday and answered after midnight are for Monday's due dose: nothing is
    logged from them; Tuesday's rows are shown instead."""
    two_daily(ctx)
    clock.set(datetime(2026, 11, 23, 23, 58))
    page = shown(window, "today")
    page.refresh()
    taken, _, _ = page.doses.buttons[_regimen(ctx, "Vitamin D3")]
    clock.set(datetime(2026, 11, 24, 0, 1))
    click(taken)
    assert dose_times(ctx) == {}
    assert page.heading.text() == "Today, Tue 24 Nov 2026"
    assert window.statusBar().currentMessage() == (
        "It is Tue 24 Nov 2026 now: nothing was logged from the doses drawn before midnight. "
        "Answer again on the doses shown now.")


def _regimen(ctx, name):
    return next(r.id for r in ctx.services.regimens.list(TODAY) if r.supplement == name)


def test_a_time_typed_that_has_not_come_yet_is_refused(window, ctx, clock, qtbot):
    """21:30 typed at 10:15 would log a dose taken in eleven hours: said, nothing logged."""
    two_daily(ctx)
    clock.set(datetime(2026, 11, 23, 10, 15))
    page = shown(window, "today")
    page.refresh()
    taken, _, at = page.doses.buttons[_regimen(ctx, "Vitamin D3")]
    qtbot.keyClicks(at.edit, "2130")
    click(taken)
    assert dose_times(ctx) == {}
    assert at.echo.text() == "21:30 is later than now (10:15): type the time it was taken"
    at.edit.selectAll()
    qtbot.keyClicks(at.edit, "0930")
    click(taken)
    assert dose_times(ctx) == {"Vitamin D3": time(9, 30)}


def test_a_time_typed_last_night_is_gone_from_the_rows_of_the_new_day(window, ctx, clock,
                                                                      qtbot, quick_watch):
    """A weekly dose left open shows again the next day: the 21:30 typed for it last night
    must not become a dose taken at 21:30 today (21 hours ahead)."""
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=TODAY, weeks=8, phase="loading")
    clock.set(datetime(2026, 11, 23, 23, 50))
    page = shown(window, "today")
    page.refresh()
    _, _, at = page.doses.buttons[_regimen(ctx, "Vitamin D3")]
    qtbot.keyClicks(at.edit, "2130")
    clock.set(datetime(2026, 11, 24, 0, 5))
    qtbot.waitUntil(lambda: page.heading.text() == "Today, Tue 24 Nov 2026")
    taken, _, at = page.doses.buttons[_regimen(ctx, "Vitamin D3")]  # late, shown again
    assert at.edit.text() == ""
    click(taken)
    assert dose_times(ctx) == {"Vitamin D3": time(0, 5)}


def test_once_last_night_s_typing_is_saved_the_page_is_back_on_today(window, ctx, clock,
                                                                     qtbot, quick_watch):
    clock.set(datetime(2026, 11, 23, 23, 59))
    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "4")
    clock.set(datetime(2026, 11, 24, 0, 1))
    qtbot.waitUntil(lambda: page.heading.text() == "Mon 23 Nov 2026 (1 day ago)")
    save_with_keys(qtbot, page)
    assert [(e.day, e.time) for e in entries_of(ctx) if e.kind == "pain"] == [
        (MONDAY, time(23, 59))]  # when it was typed, on the day it was typed for
    assert page.heading.text() == "Today, Tue 24 Nov 2026"
    type_into(qtbot, page.form.pain, "5")
    save_with_keys(qtbot, page)  # no "already saved" question: Tuesday has nothing yet
    assert sorted(pains(ctx)) == [(MONDAY, 4), (TUESDAY, 5)]
