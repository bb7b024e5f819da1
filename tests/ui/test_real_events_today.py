"""Today by real clicks and keys: Edit and Delete under "Saved for this day", the missed-dose
banner's Taken and Skipped, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y pressed where the keyboard is, and
the "Saved: … — Undo" link clicked on its word or reached with Tab and followed with Enter."""

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt

from builders import add_schedule, log_pain, log_spasm
from conftest import TODAY
from real_event_helpers import (
    alt,
    click_link,
    click_seen,
    ctrl_s,
    focused,
    key,
    keys,
    opened,
    redo_key,
    row_buttons,
    undo_key,
)
from tests_ui_helpers import button, entries_of, shown


def pains(ctx):
    return sorted((e.value, e.time, e.note) for e in entries_of(ctx) if e.kind == "pain")


def kinds(ctx):
    return sorted(e.kind for e in entries_of(ctx))


def test_edit_then_keys_then_ctrl_s_replaces_the_entry_in_one_undo_step(request, ctx, qtbot):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30), region="neck",
             note="after gardening")
    window = opened(request)
    page = shown(window, "today")
    qtbot.waitUntil(lambda: page.logged.text() == "Pain 5/10 — neck at 08:30 — “after gardening”")
    edit, _ = row_buttons(page, "Pain 5/10")
    assert edit.text() == "Edit"
    click_seen(edit)
    f = page.form
    assert (f.pain.value(), f.pain_region.currentText(), f.note.text()) == \
        (5, "neck", "after gardening")
    assert page.save.text() == "&Save the change"
    alt("p", window)  # to the pain rating, its number chosen
    keys("7")
    ctrl_s()
    assert pains(ctx) == [(7, time(8, 30), "after gardening")]  # its time and note kept
    assert ctx.undo.count() == 1 and page.editing is None
    assert page.save.text() == "&Save today's entry"
    undo_key()  # one step: the old entry back, the new one gone
    assert pains(ctx) == [(5, time(8, 30), "after gardening")]


def test_edit_a_spasm_count_with_the_keys_keeps_what_the_form_cannot_show(request, ctx, qtbot):
    log_spasm(ctx.services, day=TODAY, today=TODAY, count=2, duration_min=15)
    window = opened(request)
    page = shown(window, "today")
    qtbot.waitUntil(lambda: page.logged.rows != [])
    edit, _ = row_buttons(page, "2 spasm")
    click_seen(edit)
    alt("o", window)  # Episodes
    keys("3")
    ctrl_s()
    [row] = [e for e in entries_of(ctx) if e.kind == "spasm"]
    assert (row.value, row.summary.params["duration_min"]) == (3, 15)


def test_delete_removes_the_entry_and_its_undo_link_brings_it_back(request, ctx, qtbot):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30), region="neck")
    window = opened(request)
    page = shown(window, "today")
    qtbot.waitUntil(lambda: page.logged.text() == "Pain 5/10 — neck at 08:30")
    _, delete = row_buttons(page, "Pain 5/10")
    assert delete.accessibleName() == "Delete Pain 5/10 — neck at 08:30"
    click_seen(delete)
    assert kinds(ctx) == []
    assert page.saved_note.said_text == "Deleted Pain 5/10 — neck (Mon 23 Nov 2026)."
    qtbot.waitUntil(lambda: page.logged.text() == "Nothing saved for this day yet.")
    click_link(page.saved_note)  # "Undo"
    assert pains(ctx) == [(5, time(8, 30), None)]
    qtbot.waitUntil(lambda: page.logged.text() == "Pain 5/10 — neck at 08:30")


def test_ctrl_z_right_after_delete_brings_the_entry_back(request, ctx, qtbot):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30))
    window = opened(request)
    page = shown(window, "today")
    qtbot.waitUntil(lambda: page.logged.rows != [])
    _, delete = row_buttons(page, "Pain 5/10")
    click_seen(delete)
    assert kinds(ctx) == []
    undo_key()
    assert pains(ctx) == [(5, time(8, 30), None)]


def test_deleting_the_entry_being_changed_empties_the_form(request, ctx, qtbot):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30))
    window = opened(request)
    page = shown(window, "today")
    qtbot.waitUntil(lambda: page.logged.rows != [])
    edit, delete = row_buttons(page, "Pain 5/10")
    click_seen(edit)
    assert page.form.pain.value() == 5
    click_seen(delete)
    assert kinds(ctx) == [] and page.editing is None and page.form.is_empty()


# ---- the missed-dose banner ------------------------------------------------------------

def missed_row(page):
    rows = [r for r in page.banner.rows if r.alert.kind == "missed-dose"]
    return rows[0] if rows else None


def doses(ctx):
    return sorted((e.day, e.summary.params["skipped"]) for e in entries_of(ctx)
                  if e.kind == "dose")


@pytest.fixture
def three_missed(ctx):
    """A daily dose taken for six days, then nothing logged for the three before today."""
    start = TODAY - timedelta(days=9)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=start, phase="maintenance")
    for i in range(6):
        ctx.services.doses.record(supplement="Vitamin D3", day=start + timedelta(days=i),
                                          today=TODAY)
    return [start + timedelta(days=6 + i) for i in range(3)]  # Fri 20, Sat 21, Sun 22 Nov


def test_taken_and_skipped_in_the_banner_log_the_dose_for_its_own_due_date(three_missed,
                                                                          window, ctx, qtbot):
    before = doses(ctx)
    page = shown(window, "today")
    row = missed_row(page)
    assert row.alert.details["count"] == 3 and len(row.answers) == 3
    first, second, third = three_missed
    taken, _, _ = row.answers[0]
    assert taken.accessibleName() == f"Taken on {ctx.words.weekday_day(first)}"
    click_seen(taken)
    assert doses(ctx) == sorted(before + [(first, False)])
    qtbot.waitUntil(lambda: missed_row(page) is not None
                    and missed_row(page).alert.details["count"] == 2)
    _, _, skipped = missed_row(page).answers[0]  # the rows were drawn again: Sat 21 first
    assert skipped.accessibleName() == f"Skipped on {ctx.words.weekday_day(second)}"
    click_seen(skipped)
    assert doses(ctx) == sorted(before + [(first, False), (second, True)])
    qtbot.waitUntil(lambda: missed_row(page).alert.details["count"] == 1)
    (last,) = missed_row(page).answers
    click_seen(last[0])
    assert doses(ctx) == sorted(before + [(first, False), (second, True), (third, False)])
    qtbot.waitUntil(lambda: missed_row(page) is None)
    logged = {e.day: e.time for e in entries_of(ctx) if e.kind == "dose"}
    assert logged[first] is None  # a past due date: no minute of today's click on it
    assert ctx.undo.count() == 3
    click_link(page.saved_note)  # "Saved: … — Undo" beside Save
    assert doses(ctx) == sorted(before + [(first, False), (second, True)])
    qtbot.waitUntil(lambda: missed_row(page) is not None)


def test_ctrl_z_right_after_taken_in_the_banner_undoes_it(three_missed, window, ctx, qtbot):
    before = doses(ctx)
    page = shown(window, "today")
    taken, _, _ = missed_row(page).answers[0]
    click_seen(taken)
    assert doses(ctx) == sorted(before + [(three_missed[0], False)])
    undo_key()
    assert doses(ctx) == before


def test_the_banner_answers_are_reached_with_tab_and_pressed_with_space(three_missed,
                                                                       window, ctx, qtbot):
    before = doses(ctx)
    page = shown(window, "today")
    taken, _, _ = missed_row(page).answers[0]
    for _ in range(10):  # down the page from where Ctrl+1 left the keyboard
        if focused().accessibleName() == taken.accessibleName():
            break
        key(Qt.Key.Key_Tab)
    assert focused().accessibleName() == taken.accessibleName()
    key(Qt.Key.Key_Space)
    assert doses(ctx) == sorted(before + [(three_missed[0], False)])


def test_ctrl_z_right_after_count_the_dose_undoes_it(request, ctx, qtbot):
    sunday = TODAY - timedelta(days=8)  # Sun 15 Nov
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=sunday - timedelta(weeks=1), weeks=8, phase="loading")
    for day in (sunday - timedelta(weeks=1), sunday + timedelta(days=3),  # Wed 18: late
                TODAY - timedelta(days=1)):
        ctx.services.doses.record(supplement="Vitamin D3", day=day, today=TODAY)
    window = opened(request)
    page = shown(window, "today")
    count, _move, _stopped_taking = missed_row(page).other_answers
    assert count.text() == "Count the dose of Wed 18 Nov 2026 for Sun 15 Nov 2026"
    click_seen(count)
    assert [d.late_for for d in ctx.services.regimens.doses()
            if d.day == sunday + timedelta(days=3)] == [sunday]  # the day stays Wednesday
    undo_key()
    assert [d.late_for for d in ctx.services.regimens.doses()
            if d.day == sunday + timedelta(days=3)] == [None]


def test_ctrl_z_right_after_taken_in_the_doses_list_undoes_it(demo_window, demo_ctx, qtbot):
    page = shown(demo_window, "today")
    due = {d.supplement: d for d in demo_ctx.services.due_doses.due(TODAY)}
    taken, _, _ = page.doses.buttons[due["Vitamin D3"].regimen_id]
    click_seen(taken)
    assert {d.supplement: d.status for d in demo_ctx.services.due_doses.due(TODAY)}[
        "Vitamin D3"] == "taken"
    undo_key()
    assert {d.supplement: d.status for d in demo_ctx.services.due_doses.due(TODAY)}[
        "Vitamin D3"] == due["Vitamin D3"].status


# ---- Undo and Redo: the keys and the link --------------------------------------------------

def save_a_pain(window, score):
    alt("p", window)
    keys(score)
    ctrl_s()


def test_ctrl_z_ctrl_shift_z_and_ctrl_y_pressed_where_the_keyboard_is(window, ctx, qtbot):
    page = shown(window, "today")
    save_a_pain(window, "4")
    assert pains(ctx) == [(4, time(10, 0), None)]
    assert window.undo_action.text() == "&Undo Pain 4/10 on 23 Nov 2026"
    undo_key()
    assert pains(ctx) == [] and window.statusBar().currentMessage() == \
        "Undone: Pain 4/10 on 23 Nov 2026"
    redo_key("Ctrl+Shift+Z")
    assert pains(ctx) == [(4, time(10, 0), None)]
    undo_key()
    assert pains(ctx) == []
    redo_key("Ctrl+Y")
    assert pains(ctx) == [(4, time(10, 0), None)]
    assert page.saved_note.said_text == "Redone: Pain 4/10 on 23 Nov 2026"
    undo_key()
    undo_key()  # nothing more to undo: nothing happens
    assert pains(ctx) == [] and ctx.undo.index() == 0


def test_ctrl_z_on_another_page_undoes_the_last_save_there_too(window, ctx, qtbot):
    shown(window, "today")
    save_a_pain(window, "4")
    history = shown(window, "history")
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    undo_key()
    assert pains(ctx) == []
    qtbot.waitUntil(lambda: history.model.rowCount() == 0)


def test_the_undo_link_is_clicked_on_its_word_and_then_redoes(window, ctx, qtbot):
    page = shown(window, "today")
    alt("p", window)
    keys("6")
    alt("c", window)  # Cramps
    keys("2")
    ctrl_s()
    note = page.saved_note
    assert note.text().endswith(' — <a href="undo">Undo</a>')
    assert kinds(ctx) == ["cramp", "pain"]
    click_link(note)
    assert kinds(ctx) == []
    undone = "Undone: Pain 6/10 on 23 Nov 2026; 2 cramps in the night of 22 Nov 2026"
    assert note.said_text == undone and window.statusBar().currentMessage() == undone
    assert note.text().endswith(' — <a href="redo">Redo</a>')
    click_link(note)
    assert kinds(ctx) == ["cramp", "pain"]
    assert note.said_text.startswith("Redone: Pain 6/10") and note.link_text() == "Undo"


def tab_to(widget_class, steps=40):
    for _ in range(steps):
        key(Qt.Key.Key_Tab)
        if focused().metaObject().className() == widget_class:
            return focused()
    raise AssertionError(f"Tab never reached a {widget_class}")


def test_tab_onto_the_undo_link_and_enter_undoes(window, ctx, qtbot):
    """Tab reaches the note, Tab again puts the focus frame on its link; Enter follows it."""
    page = shown(window, "today")
    save_a_pain(window, "6")
    tab_to("SavedNote")
    key(Qt.Key.Key_Tab)  # onto the link inside the note
    assert page.saved_note.selectedText() == "Undo"
    key(Qt.Key.Key_Return)
    assert pains(ctx) == []


def test_tab_to_the_note_and_enter_undoes_and_enter_again_redoes(window, ctx, qtbot):
    page = shown(window, "today")
    save_a_pain(window, "6")
    tab_to("SavedNote")
    key(Qt.Key.Key_Return)
    assert pains(ctx) == []
    assert page.saved_note.link_text() == "Redo"
    key(Qt.Key.Key_Return)
    assert pains(ctx) == [(6, time(10, 0), None)]


def test_the_add_or_replace_answer_then_the_undo_link_puts_the_first_back(request, ctx, qtbot):
    from tests_ui_helpers import when_shown
    from vdtracker.ui.widgets.day_entries import AddOrReplace

    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30))
    window = opened(request)
    page = shown(window, "today")
    when_shown(AddOrReplace, lambda box: click_seen(button(box, "Replace")))
    save_a_pain(window, "7")
    assert pains(ctx) == [(7, time(10, 0), None)] and ctx.undo.count() == 1
    click_link(page.saved_note)
    assert pains(ctx) == [(5, time(8, 30), None)]
