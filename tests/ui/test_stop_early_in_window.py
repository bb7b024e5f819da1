"""'Stop early' on Supplements asks why (optional) and a note in a small dialog: the reason is
kept with the stop, shown in the table, undone with it; Escape changes nothing; a date the
schedule cannot stop on is refused beside the box before anything is asked. Real clicks and
keys on the shown widgets, the real modal exec."""

from datetime import date

from PySide6.QtCore import Qt

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import (
    WIDE,
    alt,
    asks_nothing,
    click_cell,
    click_seen,
    opened,
    type_over,
    undo_key,
)
from tests_ui_helpers import activate, button, click, press, shown, when_shown
from vdtracker.domain.breaks import WHY
from vdtracker.ui.dialogs.stop_early import StopEarlyDialog
from vdtracker.ui.dialogs.stopped_taking import StoppedTakingDialog
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES

START = date(2026, 1, 1)
STOP = date(2026, 10, 1)
NOTE = "read about toxicity"


def daily(ctx):
    return add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU",
                        every_days=1, start=START, phase="maintenance").id


def stored(ctx):
    (r,) = ctx.services.regimens.list(TODAY)
    return r.stopped_on, r.stop_why, r.stop_note


def to_column(page):
    return page.model.index(0, page.model.COLUMNS.index("to"))


def test_the_reason_and_note_are_chosen_with_keys_kept_shown_and_undone(request, ctx, qtbot,
                                                                        shots):
    daily(ctx)
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    type_over(page.stop_on, STOP.isoformat())
    seen = {}

    def answer(dialog):
        seen["sentence"] = dialog.sentence.text()
        seen["choices"] = [dialog.why.itemText(i) for i in range(dialog.why.count())]
        seen["keys"] = [dialog.why.itemData(i) for i in range(dialog.why.count())]
        dialog.grab().save(str(shots / "stop-early-dialog.png"))
        alt("w", dialog)  # "&Why (optional)"
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # "I ran out"
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # "Side effects"
        alt("n", dialog)  # "&Note (optional)"
        qtbot.keyClicks(dialog.focusWidget(), NOTE)
        press(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    when_shown(StopEarlyDialog, answer)
    click_seen(page.stop)
    assert stored(ctx) == (STOP, "side-effects", NOTE)
    assert seen["choices"] == ["Not said", "I ran out", "Side effects", "I felt better",
                               "My clinician said so", "Another reason"]
    assert seen["keys"] == ["", *WHY]
    assert "Vitamin D3 2,000 IU daily" in seen["sentence"] and "1 Oct 2026" in seen["sentence"]
    assert not [p for p in FORBIDDEN_PHRASES if p in seen["sentence"].lower()]
    qtbot.waitUntil(lambda: page.model.rows[0].status == "stopped")
    assert page.model.data(to_column(page)) == "1 Oct 2026 (stopped: side effects)"
    assert page.model.data(to_column(page), Qt.ItemDataRole.ToolTipRole) == (
        "Why you stopped, in your words: " + NOTE)
    assert "reason: side effects" in page.saved_note.text()
    page.grab().save(str(shots / "supplements-stopped-with-reason.png"))
    activate(window)  # the dialog closed: the window manager gives the window the keyboard
    undo_key()
    assert stored(ctx) == (None, None, None)
    qtbot.waitUntil(lambda: page.model.rows[0].status == "active")


def test_escape_closes_the_dialog_and_nothing_is_stopped(request, ctx, qtbot):
    daily(ctx)
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    type_over(page.stop_on, STOP.isoformat())

    def answer(dialog):
        alt("n", dialog)
        qtbot.keyClicks(dialog.focusWidget(), "changed my mind")
        press(dialog.focusWidget(), Qt.Key.Key_Escape)
    when_shown(StopEarlyDialog, answer)
    click_seen(page.stop)
    assert stored(ctx) == (None, None, None) and ctx.undo.count() == 0


def test_save_without_a_reason_stops_it_as_before(request, ctx, qtbot):
    daily(ctx)
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    type_over(page.stop_on, STOP.isoformat())
    when_shown(StopEarlyDialog, lambda dialog: click(button(dialog, "Save")))
    click_seen(page.stop)
    assert stored(ctx) == (STOP, None, None)
    qtbot.waitUntil(lambda: page.model.rows[0].status == "stopped")
    assert page.model.data(to_column(page)) == "1 Oct 2026 (stopped)"


def test_a_date_before_the_start_is_refused_beside_the_box_and_nothing_is_asked(request, ctx,
                                                                               qtbot):
    daily(ctx)
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    type_over(page.stop_on, "2025-12-01")
    with asks_nothing():
        click_seen(page.stop)
    assert stored(ctx) == (None, None, None)
    assert "1 Jan 2026" in page.reason.text()  # the schedule's start, said beside Save


def test_both_stop_questions_offer_the_same_reasons():
    stop = StopEarlyDialog(None, "Vitamin D3 2,000 IU daily", "1 Jan 2026", "1 Oct 2026")
    paused = StoppedTakingDialog(None, "Vitamin D3 2,000 IU daily", START, START, STOP, TODAY)
    try:
        def items(box):
            return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
        assert items(stop.why) == items(paused.why)
    finally:
        stop.deleteLater()
        paused.deleteLater()
