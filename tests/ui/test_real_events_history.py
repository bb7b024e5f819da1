"""History edited in place the way a patient does it: a click or the arrow keys on a row, F2, a
double click or plain typing to open the cell, Enter to keep, Escape to leave it; the Delete
key on the rows chosen; Ctrl+Z and Ctrl+Shift+Z pressed where the keyboard is."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from builders import log_pain
from conftest import TODAY
from real_event_helpers import (
    CTRL,
    alt,
    click_cell,
    double_click_cell,
    focused,
    key,
    keys,
    redo_key,
    undo_key,
)
from tests_ui_helpers import activate, entries_of, shown
from vdtracker.ui.window_words import window_wording

FRIDAY = date(2026, 11, 20)
DATE, VALUE, NOTE = 0, 4, 5  # History's columns


def pains(ctx):
    return [(e.day, e.value, e.note) for e in entries_of(ctx) if e.kind == "pain"]


def status(window):
    return window.statusBar().currentMessage()


@pytest.fixture
def one_pain(window, ctx, qtbot):
    log_pain(ctx.services, 5, day=FRIDAY, today=TODAY, region="neck")
    activate(window)  # a fixture runs before the window is given the keyboard
    page = shown(window, "history")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    return page


def committed(qtbot, ctx, steps):
    """Enter hands the editor's text to the table after the key (a queued commit): wait."""
    qtbot.waitUntil(lambda: ctx.undo.count() == steps)


def test_f2_then_a_value_and_enter_changes_it_in_one_undo_step(window, ctx, qtbot, one_pain):
    click_cell(one_pain.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    assert focused().text() == "5" and focused().selectedText() == "5"  # typing replaces it
    keys("3.5")
    key(Qt.Key.Key_Return)
    committed(qtbot, ctx, 1)
    assert pains(ctx) == [(FRIDAY, 3.5, None)]
    assert status(window) == "Change saved. Undo with Ctrl+Z."
    qtbot.waitUntil(lambda: one_pain.model.index(0, VALUE).data() == "3.5")
    undo_key()
    assert pains(ctx) == [(FRIDAY, 5, None)] and ctx.undo.index() == 0
    redo_key()
    assert pains(ctx) == [(FRIDAY, 3.5, None)] and ctx.undo.index() == 1


def test_typing_on_a_chosen_cell_opens_it_with_what_is_typed(window, ctx, qtbot, one_pain):
    click_cell(one_pain.table, 0, VALUE)
    keys("4")
    assert focused().metaObject().className() == "QLineEdit" and focused().text() == "4"
    key(Qt.Key.Key_Enter)  # the keypad's Enter
    committed(qtbot, ctx, 1)
    assert pains(ctx) == [(FRIDAY, 4, None)]


def test_a_double_click_opens_the_value_and_escape_leaves_it_as_it_was(window, ctx, qtbot,
                                                                       one_pain):
    double_click_cell(one_pain.table, 0, VALUE)
    assert focused().text() == "5"
    keys("9")
    key(Qt.Key.Key_Escape)
    qtbot.wait(50)  # a commit, had there been one, is queued: give it its turn
    assert pains(ctx) == [(FRIDAY, 5, None)] and ctx.undo.count() == 0
    assert one_pain.model.index(0, VALUE).data() == "5"


def test_a_value_out_of_range_is_refused_said_and_not_an_undo_step(window, ctx, qtbot, one_pain):
    click_cell(one_pain.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    keys("11")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "0 to 10" in status(window))
    assert status(window) == "Not saved: use 0 to 10, one decimal allowed."
    assert pains(ctx) == [(FRIDAY, 5, None)] and ctx.undo.count() == 0


def test_words_that_are_not_a_number_change_nothing(window, ctx, qtbot, one_pain):
    click_cell(one_pain.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    keys("five")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status(window) != "")
    assert status(window) == ("Not changed: type the number as your language writes it, "
                              "e.g. 7.6.")
    assert pains(ctx) == [(FRIDAY, 5, None)] and ctx.undo.count() == 0


def test_the_note_is_typed_in_place_and_the_arrow_keys_reach_it(window, ctx, qtbot, one_pain):
    click_cell(one_pain.table, 0, VALUE)
    key(Qt.Key.Key_Right)  # from the value to the note beside it
    assert one_pain.table.currentIndex().column() == NOTE
    key(Qt.Key.Key_F2)
    keys("after physio")
    key(Qt.Key.Key_Return)
    committed(qtbot, ctx, 1)
    assert pains(ctx) == [(FRIDAY, 5, "after physio")]
    assert status(window) == "Change saved. Undo with Ctrl+Z."


def test_a_date_moved_into_the_future_is_refused_and_a_past_one_is_kept(window, ctx, qtbot,
                                                                        one_pain):
    click_cell(one_pain.table, 0, DATE)
    key(Qt.Key.Key_F2)  # the day is the section the date box starts on
    for _ in range((TODAY - FRIDAY).days + 1):  # Fri 20 Nov up to Tue 24 Nov: after today
        key(Qt.Key.Key_Up)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status(window) != "")
    assert status(window) == "Not saved: use a date on or before today (23 Nov 2026)."
    assert pains(ctx) == [(FRIDAY, 5, None)] and ctx.undo.count() == 0
    click_cell(one_pain.table, 0, DATE)
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_Down)  # Thu 19 Nov
    key(Qt.Key.Key_Return)
    committed(qtbot, ctx, 1)
    assert pains(ctx) == [(date(2026, 11, 19), 5, None)]
    undo_key()
    assert pains(ctx) == [(FRIDAY, 5, None)]


def test_the_delete_key_removes_the_rows_chosen_and_undo_brings_them_back(demo_window,
                                                                          demo_ctx, qtbot):
    page = shown(demo_window, "history")
    alt("s", demo_window)  # "Show": which entries
    key(Qt.Key.Key_Down)  # from "All entries" to "Pain"
    qtbot.waitUntil(lambda: {page.model.entry(i).kind for i in range(page.model.rowCount())}
                    == {"pain"})
    before = entries_of(demo_ctx)
    newest, next_one = page.model.entry(0), page.model.entry(1)
    click_cell(page.table, 0, DATE)
    click_cell(page.table, 1, DATE, CTRL)  # Ctrl+click adds the second row
    assert len(page.table.selectionModel().selectedRows()) == 2
    key(Qt.Key.Key_Delete)
    left = {(e.kind, e.id) for e in entries_of(demo_ctx)}
    assert len(left) == len(before) - 2
    assert not {("pain", newest.id), ("pain", next_one.id)} & left
    day = demo_ctx.words.day
    assert status(demo_window) == (f"Deleted pain of {day(newest.day)}, pain of "
                                   f"{day(next_one.day)}. Undo with Ctrl+Z.")
    undo_key()
    assert entries_of(demo_ctx) == before  # the same ids and values
    redo_key("Ctrl+Y")
    assert len(entries_of(demo_ctx)) == len(before) - 2


def test_shift_down_chooses_the_next_row_too_and_delete_takes_both(window, ctx, qtbot):
    for day, score in ((FRIDAY, 5), (date(2026, 11, 21), 6), (date(2026, 11, 22), 7)):
        log_pain(ctx.services, score, day=day, today=TODAY)
    page = shown(window, "history")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    click_cell(page.table, 0, DATE)  # the newest: 22 Nov
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Delete)
    assert [e.value for e in entries_of(ctx)] == [5]
    assert ctx.undo.count() == 1  # both in one step
    undo_key()
    assert sorted(e.value for e in entries_of(ctx)) == [5, 6, 7]


@pytest.fixture
def german_window(qtbot, ctx):
    """The window as it opens under LANG=de_DE: numbers typed and shown the German way."""
    from vdtracker.ui.main_window import MainWindow

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    ctx.words = window_wording(QLocale("de_DE"))
    w = MainWindow(ctx)
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "quitting", True))
    w.show()
    yield w
    QLocale.setDefault(before)


def test_under_german_6_comma_5_is_six_and_a_half_and_6_point_5_is_refused(german_window, ctx,
                                                                            qtbot):
    log_pain(ctx.services, 5, day=FRIDAY, today=TODAY)
    page = shown(german_window, "history")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_cell(page.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    keys("6.5")  # not a German number: refused, never read as 65
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status(german_window) != "")
    assert status(german_window) == ("Not changed: type the number as your language writes "
                                     "it, e.g. 7,6.")
    assert pains(ctx) == [(FRIDAY, 5, None)]
    click_cell(page.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    keys("6,5")
    key(Qt.Key.Key_Return)
    committed(qtbot, ctx, 1)
    assert pains(ctx) == [(FRIDAY, 6.5, None)]
    qtbot.waitUntil(lambda: page.model.index(0, VALUE).data() == "6,5")
    double_click_cell(page.table, 0, VALUE)
    assert focused().text() == "6,5"  # opened again the German way, every digit
    key(Qt.Key.Key_Escape)


def test_after_a_change_the_cell_stays_chosen_and_down_goes_to_the_next_row(window, ctx, qtbot):
    for day, score in ((FRIDAY, 5), (date(2026, 11, 21), 6), (date(2026, 11, 22), 7)):
        log_pain(ctx.services, score, day=day, today=TODAY)
    page = shown(window, "history")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    click_cell(page.table, 1, VALUE)  # Sat 21 Nov
    key(Qt.Key.Key_F2)
    keys("4")
    key(Qt.Key.Key_Return)
    committed(qtbot, ctx, 1)
    qtbot.wait(50)  # the refresh after the change has run
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (1, VALUE)
    key(Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 2
