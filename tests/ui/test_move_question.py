"""A weekly dose taken days late asks once, in the window: keep the schedule's day (the default:
Enter, Escape) or move the rest of it to the day it was taken — answered with real keys and clicks
on the shown dialog, and the schedules, alerts and next due date read back from the store."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import opened, type_over, undo_key
from tests_ui_helpers import button, click, entries_of, press, shown, when_shown
from vdtracker.ui.dialogs.move_question import MoveQuestion
from vdtracker.ui.dialogs.taken_on import TakenOnDialog

# Thursdays from Thu 29 Oct 2026, twelve weeks; TODAY is Mon 23 Nov 2026.
FIRST = TODAY - timedelta(days=25)
DUE = TODAY - timedelta(days=4)  # Thu 19 Nov: nothing logged, four days ago


def thursdays_then_one_missed(ctx):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU",
                 weekdays="thu", start=FIRST, weeks=12, phase="loading")
    for week in range(3):  # 29 Oct, 5 and 12 Nov taken on time
        ctx.services.doses.record(supplement="Vitamin D3",
                                          day=FIRST + timedelta(weeks=week), today=TODAY)


def missed_row(page):
    rows = [r for r in page.banner.rows if r.alert.kind == "missed-dose"]
    return rows[0] if rows else None


def taken_today(page, qtbot):
    """'Taken on…' on the missed dose's card, today's date typed over its due date, Enter."""
    def answer(dialog):
        type_over(dialog.day, TODAY.strftime("%d/%m/%Y"))
        press(dialog.focusWidget(), Qt.Key.Key_Return)
    when_shown(TakenOnDialog, answer)
    _, taken_on, _ = missed_row(page).answers[0]
    click(taken_on)


def schedules(ctx):
    return sorted((r.start, r.end, r.weekdays, r.moved_on) for r in
                  ctx.services.regimens.list(TODAY))


def test_move_to_the_day_it_was_taken(request, ctx, qtbot):
    thursdays_then_one_missed(ctx)
    window = opened(request)
    page = shown(window, "today")
    asked = []

    def move(box):
        asked.append((box.windowTitle(), *(b.text() for b in box.findChildren(QPushButton))))
        click(button(box, "Move to Mondays"))
    when_shown(MoveQuestion, move)
    taken_today(page, qtbot)
    assert asked == [("Vitamin D3: keep Thursdays or move to Mondays?", "&Keep Thursdays",
                      "&Move to Mondays")]
    end = FIRST + timedelta(weeks=12, days=-1)  # the course's last day, as saved
    late_by = TODAY - DUE  # 4 days: the rest of the course, and its end, move by as many
    assert schedules(ctx) == [(FIRST, TODAY, "thu", TODAY),
                              (TODAY + timedelta(days=7), end + late_by, "mon", None)]
    # the late dose answers Thursday: no missed dose left, and Monday next week is due
    qtbot.waitUntil(lambda: missed_row(page) is None)
    next_week = [d.due for d in ctx.services.due_doses.due(TODAY + timedelta(days=7))]
    assert next_week == [TODAY + timedelta(days=7)]
    assert "moved" in page.saved_note.text()
    undo_key()  # the move is one step: Thursdays again, the dose stays
    assert schedules(ctx) == [(FIRST, end, "thu", None)]
    assert TODAY in [e.day for e in entries_of(ctx) if e.kind == "dose"]


@pytest.mark.parametrize("how", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_or_escape_keeps_the_day(request, ctx, qtbot, how):
    thursdays_then_one_missed(ctx)
    window = opened(request)
    page = shown(window, "today")
    before = schedules(ctx)
    when_shown(MoveQuestion, lambda box: press(box.focusWidget() or box, how))
    taken_today(page, qtbot)
    assert schedules(ctx) == before
    # kept: the dose, taken today, counts late for Thursday — the card is answered and gone,
    # and the day it was taken stays today's
    [late] = [d for d in ctx.services.regimens.doses() if d.day == TODAY]
    assert late.late_for == DUE
    qtbot.waitUntil(lambda: missed_row(page) is None)
    next_thursday = DUE + timedelta(days=7)
    assert [d.due for d in ctx.services.due_doses.due(next_thursday)] == [next_thursday]


def test_a_dose_on_its_due_day_asks_nothing(request, ctx, qtbot):
    thursdays_then_one_missed(ctx)
    window = opened(request)
    page = shown(window, "today")

    def on_thursday(dialog):
        press(dialog.focusWidget(), Qt.Key.Key_Return)  # the due date, as offered
    when_shown(TakenOnDialog, on_thursday)
    _, taken_on, _ = missed_row(page).answers[0]
    click(taken_on)  # no MoveQuestion: the dialog helpers fail the test if one shows
    qtbot.waitUntil(lambda: missed_row(page) is None)
    assert DUE in [e.day for e in entries_of(ctx) if e.kind == "dose"]


def test_a_dose_logged_late_elsewhere_can_move_from_its_card(request, ctx, qtbot):
    """Logged on the command line (or before this window opened): the missed dose's card
    offers the same question beside "Count the dose of … for …"."""
    thursdays_then_one_missed(ctx)
    ctx.services.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY)
    window = opened(request)
    page = shown(window, "today")
    count, move, _stopped = missed_row(page).other_answers
    assert count.text() == "Count the dose of Mon 23 Nov 2026 for Thu 19 Nov 2026"
    assert move.text() == "Move the rest of this schedule to Mondays…"
    when_shown(MoveQuestion, lambda box: click(button(box, "Move to Mondays")))
    click(move)
    qtbot.waitUntil(lambda: missed_row(page) is None)
    assert [s[2] for s in schedules(ctx)] == ["thu", "mon"]
