"""Labs and Supplements by real clicks and keys: a result chosen in the table, Edit, changed,
saved with the button or Ctrl+S, deleted; a schedule entered by mistake chosen with a click and
deleted with its button or Alt+B, then Ctrl+Z."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from builders import add_lab, add_schedule
from conftest import TODAY
from real_event_helpers import (
    CTRL,
    WIDE,
    alt,
    click_cell,
    click_link,
    click_seen,
    ctrl_s,
    double_click_cell,
    focused,
    key,
    keys,
    opened,
    type_over,
    undo_key,
)
from tests_ui_helpers import activate, button, click, entries_of, shown, when_shown
from vdtracker.ui.dialogs.stop_early import StopEarlyDialog

SEP24 = date(2026, 9, 24)


def labs_stored(ctx):
    return [(r.value, r.value_text, r.day) for r in ctx.services.labs.list()]


@pytest.fixture
def one_result(ctx):
    add_lab(ctx.services, "vitamin-d", "22", "ng/mL", day=SEP24, today=TODAY, low=30, high=100,
            note="fasting")


def test_a_result_chosen_edited_with_keys_and_saved_with_the_button(one_result, request, ctx,
                                                                    qtbot):
    window = opened(request)
    page = shown(window, "labs")
    results = page.results
    assert not results.edit_button.isEnabled()  # nothing chosen yet
    click_cell(page.table, 0, 0)
    click_seen(results.edit_button)
    sep24 = ctx.words.day(SEP24)
    assert page.add_box.title() == f"Change the result of {sep24}"
    assert (page.value.text(), page.low.text(), page.high.text()) == ("22", "30", "100")
    assert focused() is not None and focused().accessibleName() == "Result value"
    key(Qt.Key.Key_A, CTRL)  # the loaded value chosen, then typed over
    keys("24")
    click_seen(page.save)
    assert labs_stored(ctx) == [(24, "24", SEP24)]
    [lab] = [e for e in entries_of(ctx) if e.kind == "lab"]
    assert lab.note == "fasting"  # the note the form does not show is kept
    assert ctx.undo.count() == 1  # the old result out and the new one in: one step
    assert page.add_box.title() == "Add a result as printed on the report"
    click_link(page.saved_note)
    assert labs_stored(ctx) == [(22, "22", SEP24)]


def test_a_double_click_on_the_result_loads_it_and_ctrl_s_saves_the_change(one_result, request,
                                                                          ctx, qtbot):
    window = opened(request)
    page = shown(window, "labs")
    double_click_cell(page.table, 0, 1)
    assert page.editing is not None and page.save.text() == "&Save the change"
    key(Qt.Key.Key_A, CTRL)
    keys("<20")
    ctrl_s()
    assert labs_stored(ctx) == [(20, "<20", SEP24)]
    assert ctx.undo.count() == 1


def test_alt_i_edits_the_chosen_result_and_keep_leaves_it_as_it_was(one_result, request, ctx,
                                                                     qtbot):
    window = opened(request)
    page = shown(window, "labs")
    click_cell(page.table, 0, 0)
    alt("i", window)  # "Ed&it the selected result": the button is pushed down, then clicked
    qtbot.waitUntil(lambda: page.editing is not None)
    key(Qt.Key.Key_A, CTRL)
    keys("99")
    alt("k", window)  # "&Keep the saved result"
    qtbot.waitUntil(lambda: page.editing is None)
    assert page.value.text() == ""
    assert labs_stored(ctx) == [(22, "22", SEP24)] and ctx.undo.count() == 0


def test_a_result_deleted_with_its_button_and_with_the_delete_key(one_result, request, ctx,
                                                                  qtbot):
    add_lab(ctx.services, "b12", "212", "pmol/L", day=TODAY, today=TODAY)
    window = opened(request)
    page = shown(window, "labs")
    sep24 = ctx.words.day(SEP24)
    row = next(i for i, r in enumerate(page.model.rows) if r.day == SEP24)
    click_cell(page.table, row, 0)
    click_seen(page.results.delete_button)
    assert [r.analyte for r in ctx.services.labs.list()] == ["b12"]
    assert window.statusBar().currentMessage() == \
        f"Deleted lab result of {sep24}. Undo with Ctrl+Z."
    assert page.saved_note.said_text == \
        f"Deleted the Vitamin D, 25-hydroxy (serum) result of {sep24}."
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_cell(page.table, 0, 0)
    key(Qt.Key.Key_Delete)  # the table has the keyboard after the click
    assert ctx.services.labs.list() == []
    assert ctx.undo.count() == 2
    click_link(page.saved_note)
    assert [r.analyte for r in ctx.services.labs.list()] == ["b12"]


def test_ctrl_z_after_deleting_a_result_from_the_table_brings_it_back(one_result, request, ctx,
                                                                      qtbot):
    window = opened(request)
    page = shown(window, "labs")
    click_cell(page.table, 0, 0)
    key(Qt.Key.Key_Delete)
    assert ctx.services.labs.list() == []
    undo_key()
    assert labs_stored(ctx) == [(22, "22", SEP24)]


def test_ctrl_z_after_the_delete_button_brings_the_result_back(one_result, request, ctx, qtbot):
    window = opened(request)
    page = shown(window, "labs")
    click_cell(page.table, 0, 0)
    click_seen(page.results.delete_button)
    assert ctx.services.labs.list() == []
    undo_key()
    assert labs_stored(ctx) == [(22, "22", SEP24)]


# ---- a schedule entered by mistake -------------------------------------------------------

@pytest.fixture
def one_schedule(ctx):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU",
                 start=date(2026, 9, 1), every_days=7, phase="loading", note="with a meal")


def schedules(ctx):
    return [(r.supplement, r.amount, r.note) for r in ctx.services.regimens.list(TODAY)]


def test_a_schedule_chosen_with_a_click_deleted_with_its_button_and_undone(one_schedule,
                                                                           request, ctx,
                                                                           qtbot):
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    assert not page.delete.isEnabled()  # nothing chosen yet
    click_cell(page.table, 0, 0)
    assert page.delete.text() == "Delete (entered &by mistake)"
    click_seen(page.delete)
    assert ctx.services.regimens.list(TODAY) == []
    sep1 = ctx.words.day(date(2026, 9, 1))
    assert window.statusBar().currentMessage() == \
        f"Deleted: Vitamin D3 50,000 IU weekly from {sep1}. Undo with Ctrl+Z."  # which one
    assert page.saved_note.said_text.startswith("Deleted") and \
        f"Vitamin D3 50,000 IU weekly from {sep1}" in page.saved_note.said_text
    click_link(page.saved_note)
    assert schedules(ctx) == [("Vitamin D3", 50000, "with a meal")]


def test_alt_b_deletes_the_chosen_schedule_and_ctrl_z_brings_it_back(one_schedule, request,
                                                                     ctx, qtbot):
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    alt("b", window)  # the button is pushed down, then clicked
    qtbot.waitUntil(lambda: ctx.services.regimens.list(TODAY) == [])
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    undo_key()
    assert schedules(ctx) == [("Vitamin D3", 50000, "with a meal")]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)




def test_ctrl_z_after_clicking_delete_brings_the_schedule_back(one_schedule, request, ctx,
                                                               qtbot):
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    click_seen(page.delete)
    assert ctx.services.regimens.list(TODAY) == []
    undo_key()
    assert schedules(ctx) == [("Vitamin D3", 50000, "with a meal")]


def test_ctrl_z_after_clicking_stop_early_undoes_the_stop(one_schedule, request, ctx, qtbot):
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    type_over(page.stop_on, "2026-10-01")
    when_shown(StopEarlyDialog, lambda dialog: click(button(dialog, "Save")))
    click_seen(page.stop)
    assert [r.stopped_on for r in ctx.services.regimens.list(TODAY)] == [date(2026, 10, 1)]
    activate(window)  # the dialog closed: the window manager gives the window the keyboard
    undo_key()
    assert [r.stopped_on for r in ctx.services.regimens.list(TODAY)] == [None]


def test_at_the_first_size_on_a_small_screen_delete_can_be_clicked(one_schedule, request, ctx,
                                                                    qtbot):
    window = opened(request)
    page = shown(window, "supplements")
    click_cell(page.table, 0, 0)
    click_seen(page.delete)
    assert ctx.services.regimens.list(TODAY) == []
