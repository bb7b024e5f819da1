"""Answering alerts in the window: a schedule started in the past asks once, a missed dose is
taken on a chosen day and time, a late dose counts for its date, and "no maintenance" — each
answered with real clicks and keys on the shown dialog (never through its Python wrapper)."""

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import (
    OFFSCREEN_MENU,
    alt,
    from_menu,
    key,
    opened,
    undo_key,
)
from tests_ui_helpers import activate, button, click, entries_of, press, shown, when_shown
from vdtracker.services.entries import HistoryFilter
from vdtracker.ui.dialogs.no_maintenance import NoMaintenanceDialog
from vdtracker.ui.dialogs.past_doses import OneByOneDialog, PastDosesQuestion
from vdtracker.ui.dialogs.taken_on import TakenOnDialog
from vdtracker.ui.widgets.dates import qdate

FOUR_WEEKS_AGO = TODAY - timedelta(weeks=4)  # a Monday, as TODAY is



def weekly_started_four_weeks_ago(page, qtbot):
    from test_supplements_page import fill
    fill(page.form, qtbot, "Vitamin D3", "20000", every=7, start=FOUR_WEEKS_AGO,
         phase="maintenance")
    click(page.save)


def doses(ctx):
    return sorted((e.day, e.summary.params["skipped"]) for e in entries_of(ctx)
                  if e.kind == "dose")


def test_a_schedule_started_in_the_past_asks_once_and_leaving_them_open_marks_nothing(
        window, ctx, qtbot):
    page = shown(window, "supplements")
    asked = []

    def leave(box):
        asked.append((box.text(), box.informativeText()))
        click(button(box, "Leave them open"))
    when_shown(PastDosesQuestion, leave)
    weekly_started_four_weeks_ago(page, qtbot)
    assert asked == [("This schedule started on Mon 26 Oct 2026.",
                      "4 due dates between then and today have nothing logged. Mark the doses "
                      "between then and today as taken, go through them one by one, or leave "
                      "them open?")]
    assert doses(ctx) == []
    assert len(ctx.services.regimens.list(TODAY)) == 1


@pytest.mark.parametrize("how", ["click", "mnemonic"])
def test_marking_the_past_doses_taken_is_one_undo_step(window, ctx, qtbot, how):
    page = shown(window, "supplements")
    when_shown(PastDosesQuestion, lambda box: click(button(box, "Mark them as taken"))
               if how == "click" else press(box, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier))
    weekly_started_four_weeks_ago(page, qtbot)
    assert doses(ctx) == [(FOUR_WEEKS_AGO + timedelta(weeks=k), False) for k in range(4)]
    undo_key()
    assert doses(ctx) == [] and len(ctx.services.regimens.list(TODAY)) == 1
    undo_key()
    assert ctx.services.regimens.list(TODAY) == []


def test_going_through_past_doses_one_by_one(window, ctx, qtbot):
    page = shown(window, "supplements")

    def one_by_one(dialog):
        choices = dialog.findChildren(QComboBox)
        assert [c.currentText() for c in choices] == ["Leave open"] * 4  # by default
        for combo, downs in ((choices[0], 1), (choices[2], 2)):  # taken, skipped
            combo.setFocus()
            for _ in range(downs):
                press(combo, Qt.Key.Key_Down)
        click(button(dialog, "Save"))
    when_shown(PastDosesQuestion, lambda box: (when_shown(OneByOneDialog, one_by_one),
                                               press(box, Qt.Key.Key_O,
                                                     Qt.KeyboardModifier.AltModifier)))
    weekly_started_four_weeks_ago(page, qtbot)
    assert doses(ctx) == [(FOUR_WEEKS_AGO, False), (FOUR_WEEKS_AGO + timedelta(weeks=2), True)]


def test_leaving_the_past_doses_open_with_escape_marks_nothing(window, ctx, qtbot):
    page = shown(window, "supplements")
    when_shown(PastDosesQuestion, lambda box: press(box, Qt.Key.Key_Escape))
    weekly_started_four_weeks_ago(page, qtbot)
    assert doses(ctx) == [] and len(ctx.services.regimens.list(TODAY)) == 1


def test_enter_on_the_past_doses_question_leaves_them_open(window, ctx, qtbot):
    """Enter takes the default answer, which marks nothing by itself."""
    page = shown(window, "supplements")
    when_shown(PastDosesQuestion, lambda box: press(box, Qt.Key.Key_Return))
    weekly_started_four_weeks_ago(page, qtbot)
    assert doses(ctx) == []


def test_a_schedule_starting_today_asks_nothing(window, ctx, qtbot):
    from test_supplements_page import fill
    page = shown(window, "supplements")
    fill(page.form, qtbot, "Vitamin D3", "20000", every=7, phase="maintenance")
    click(page.save)  # no dialog: the dialog helpers' check fails the test if one shows
    assert len(ctx.services.regimens.list(TODAY)) == 1


def missed_row(page):
    rows = [r for r in page.banner.rows if r.alert.kind == "missed-dose"]
    return rows[0] if rows else None


@pytest.mark.parametrize("typed", ["21:30", "2130", "9:30 pm", "21.30"])
def test_a_missed_dose_taken_on_a_chosen_day_and_time(request, ctx, qtbot, typed):
    start = TODAY - timedelta(days=9)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=start, phase="maintenance")
    for i in range(8):  # nothing logged for yesterday only
        ctx.services.doses.record(supplement="Vitamin D3", day=start + timedelta(days=i),
                                          today=TODAY)
    window = opened(request)
    page = shown(window, "today")
    row = missed_row(page)
    yesterday = TODAY - timedelta(days=1)
    _, taken_on, _ = row.answers[0]

    def answer(dialog):
        assert dialog.day.date() == qdate(yesterday)  # the due date by default
        assert dialog.day.maximumDate() == qdate(TODAY)
        press(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Time, if you remember"
        qtbot.keyClicks(dialog.focusWidget(), typed)
        press(dialog.focusWidget(), Qt.Key.Key_Return)
    when_shown(TakenOnDialog, answer)
    click(taken_on)
    qtbot.waitUntil(lambda: missed_row(page) is None)
    logged = [e for e in entries_of(ctx) if e.kind == "dose" and e.day == yesterday]
    assert [e.time for e in logged] == [time(21, 30)]


@OFFSCREEN_MENU
def test_a_dose_logged_just_late_is_counted_for_its_date(request, ctx, qtbot):
    sunday = TODAY - timedelta(days=8)  # Sun 15 Nov
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=sunday - timedelta(weeks=1), weeks=8, phase="loading")
    ctx.services.doses.record(supplement="Vitamin D3", day=sunday - timedelta(weeks=1),
                                      today=TODAY)
    late = sunday + timedelta(days=3)  # Wed 18 Nov: outside the two grace days
    ctx.services.doses.record(supplement="Vitamin D3", day=late, today=TODAY)
    ctx.services.doses.record(supplement="Vitamin D3", day=TODAY - timedelta(days=1),
                                      today=TODAY)
    window = opened(request)
    page = shown(window, "today")
    count, move, stopped = missed_row(page).other_answers  # then "I had stopped taking it…"
    assert stopped.text() == "I had stopped ta&king it…"
    assert move.text() == "Move the rest of this schedule to Wednesdays…"  # test_move_question
    assert count.text() == "Count the dose of Wed 18 Nov 2026 for Sun 15 Nov 2026"
    click(count)
    qtbot.waitUntil(lambda: missed_row(page) is None)
    # counted for Sunday; the day it was taken stays Wednesday
    [counted] = [d for d in ctx.services.regimens.doses() if d.late_for == sunday]
    assert counted.day == late
    from_menu(window, "e", "u")  # Edit ▸ Undo (Ctrl+Z: test_real_events_today)
    qtbot.waitUntil(lambda: missed_row(page) is not None)
    assert [d.late_for for d in ctx.services.regimens.doses() if d.day == late] == [None]


def test_no_maintenance_prescribed_from_the_lapse_row(request, ctx, qtbot):
    start = TODAY - timedelta(weeks=14)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=start, weeks=8, phase="loading")
    window = opened(request)
    page = shown(window, "today")

    def lapse_row():
        rows = [r for r in page.banner.rows if r.alert.kind == "lapsed-maintenance"]
        return rows[0] if rows else None

    (no_maintenance,) = lapse_row().other_answers
    assert no_maintenance.text() == "My clinician prescribed &no maintenance…"
    said = TODAY - timedelta(days=3)

    def answer(dialog):
        assert dialog.day.date() == qdate(TODAY)
        assert dialog.day.minimumDate() == qdate(start)
        press(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "Said on"
        dialog.focusWidget().selectAll()
        qtbot.keyClicks(dialog.focusWidget(), said.isoformat())
        press(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "Note (optional)"
        qtbot.keyClicks(dialog.focusWidget(), "at the follow-up")
        click(button(dialog, "Save"))
    when_shown(NoMaintenanceDialog, answer)
    click(no_maintenance)
    qtbot.waitUntil(lambda: lapse_row() is None)
    (decision,) = ctx.services.entries.page(HistoryFilter(kinds=("decision",)), 0, 5)
    assert (decision.day, decision.note) == (said, "at the follow-up")
    activate(window)  # the dialog closed: the window manager gives the window the keyboard
    history = shown(window, "history")
    alt("s", window)  # "Show"
    key(Qt.Key.Key_End)  # the last kind: the clinician's decisions
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    assert history.model.data(history.model.index(0, 2)) == "Clinician"
    assert "prescribed no maintenance" in history.model.data(history.model.index(0, 3))
    undo_key()
    qtbot.waitUntil(lambda: lapse_row() is not None)


def test_a_missed_dose_row_says_when_more_dates_wait_than_it_shows(request, ctx, qtbot):
    start = TODAY - timedelta(days=9)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=start, phase="maintenance")
    for i in range(4):  # then five days with nothing logged
        ctx.services.doses.record(supplement="Vitamin D3", day=start + timedelta(days=i),
                                          today=TODAY)
    window = opened(request)
    page = shown(window, "today")
    row = missed_row(page)
    assert row.alert.details["count"] == 5 and len(row.answers) == 3
    assert row.more.text() == ("2 more dates after these: they are shown here once these are "
                               "answered.")
