"""Every save is seen: what was saved shows beside Save with Undo, the day's entries can be
changed and deleted, Undo and Redo say what they did, and typed work is not lost on Quit."""

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from builders import add_lab, add_schedule, log_pain
from conftest import TODAY
from real_event_helpers import (
    CTRL,
    WIDE,
    alt,
    asks_nothing,
    choose,
    click_cell,
    click_link,
    click_seen,
    ctrl_s,
    key,
    keys,
    opened,
    row_buttons,
)
from tests_ui_helpers import activate, button, click, entries_of, shown, when_shown
from vdtracker.ui.leaving import UnsavedQuestion
from vdtracker.ui.widgets.day_entries import AddOrReplace
from vdtracker.ui.window_words import window_wording


def status(window):
    return window.statusBar().currentMessage()


def kinds(ctx):
    return sorted(e.kind for e in entries_of(ctx))


def pains(ctx):
    return sorted(e.value for e in entries_of(ctx) if e.kind == "pain")


def fill_day(window, pain="6", cramps="2", spasms="1"):
    """Typed as a patient types them: Alt+the label's letter, then the number."""
    for letter, typed in (("p", pain), ("c", cramps), ("o", spasms)):  # Pain, Cramps, Episodes
        if typed:
            alt(letter, window)
            keys(typed)


def test_the_save_is_said_beside_the_button_and_its_undo_says_what_it_undid(window, ctx, qtbot):
    page = shown(window, "today")
    fill_day(window)
    ctrl_s()
    note = page.saved_note
    assert note.isVisible() and note.link_text() == "Undo"
    assert note.said_text == ("Saved: Pain 6/10 on 23 Nov 2026; 2 cramps in the night of "
                                 "22 Nov 2026; 1 spasm episode on 23 Nov 2026.")
    assert kinds(ctx) == ["cramp", "pain", "spasm"]
    assert note.text().endswith(' — <a href="undo">Undo</a>')

    click_link(note)  # the link beside the words
    assert kinds(ctx) == []
    undone = ("Undone: Pain 6/10 on 23 Nov 2026; 2 cramps in the night of 22 Nov 2026; "
              "1 spasm episode on 23 Nov 2026")
    assert note.said_text == undone and status(window) == undone  # never a stale "Saved"
    assert note.link_text() == "Redo"
    click_link(note)
    assert kinds(ctx) == ["cramp", "pain", "spasm"]
    assert note.said_text.startswith("Redone: Pain 6/10") and note.link_text() == "Undo"


def test_the_note_goes_away_once_another_action_comes_after_it(window, ctx):
    page = shown(window, "today")
    fill_day(window, cramps="", spasms="")
    ctrl_s()
    labs = shown(window, "labs")
    alt("r", window)  # "Result"
    keys("32")
    click_seen(labs.save)
    assert not page.saved_note.isVisibleTo(page)  # its Undo would now undo the lab
    assert labs.saved_note.isVisibleTo(labs)
    assert labs.saved_note.said_text.startswith("Saved: Vitamin D, 25-hydroxy (serum) 32")


def test_the_days_entries_are_listed_each_with_edit_and_delete(request, ctx, qtbot):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30), region="neck")
    page = shown(opened(request), "today")
    assert page.logged.text() == "Pain 5/10 — neck at 08:30"
    edit, delete = row_buttons(page, "Pain 5/10")
    assert (edit.text(), delete.text()) == ("Edit", "Delete")
    click_seen(delete)
    assert kinds(ctx) == []
    assert page.saved_note.said_text == "Deleted Pain 5/10 — neck (Mon 23 Nov 2026)."
    click_link(page.saved_note)
    assert pains(ctx) == [5]
    qtbot.waitUntil(lambda: page.logged.text() == "Pain 5/10 — neck at 08:30")


def test_edit_loads_the_entry_into_the_form_and_save_replaces_it_in_one_undo_step(request, ctx):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30), region="neck",
             note="after gardening")
    window = opened(request)
    page = shown(window, "today")
    click_seen(row_buttons(page, "Pain 5/10")[0])  # Edit
    f = page.form
    assert (f.pain.value(), f.pain_region.currentText(), f.note.text()) == \
        (5, "neck", "after gardening")
    assert page.save.text().replace("&", "") == "Save the change"
    alt("p", window)
    keys("7")
    with asks_nothing():  # no "add another or replace?": it is the entry being changed
        ctrl_s()
    [changed] = [e for e in entries_of(ctx) if e.kind == "pain"]
    assert (changed.value, changed.time, changed.note) == (7, time(8, 30), "after gardening")
    assert ctx.undo.count() == 1
    click_link(page.saved_note)
    assert pains(ctx) == [5]


@pytest.mark.parametrize(("answer", "left"), [("replace", [7]), ("add", [5, 7]),
                                               (None, [5])])
def test_a_second_pain_entry_asks_add_another_or_replace(request, ctx, answer, left):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30))
    window = opened(request)
    page = shown(window, "today")
    alt("p", window)
    keys("7")
    asked = []

    def choose_answer(box):
        asked.append(box.text())
        click(button(box, {"replace": "Replace", "add": "Add another"}.get(answer, "Cancel")))
    when_shown(AddOrReplace, choose_answer)
    ctrl_s()
    assert asked == ["You already saved Pain 5/10 for Mon 23 Nov 2026."]
    assert pains(ctx) == left
    if answer == "replace":
        assert ctx.undo.count() == 1  # deleting the old and adding the new: one step
        click_link(page.saved_note)
        assert pains(ctx) == [5]
    if answer is None:
        assert page.form.pain.value() == 7  # what was typed stays


@pytest.fixture
def no_quit(monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    return quits


def ctrl_q(window):
    """File ▸ Quit's key (the platform's Quit key, Ctrl+Q here)."""
    activate(window)
    key(Qt.Key.Key_Q, CTRL)


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_quit_with_a_typed_day_asks_save_discard_or_cancel(window, ctx, no_quit, answer):
    page = shown(window, "today")
    alt("p", window)
    keys("4")
    shown(window, "history")
    asked = []

    def reply(box):
        asked.append(box.text())
        button = {"cancel": QMessageBox.StandardButton.Cancel,
                  "discard": QMessageBox.StandardButton.Discard,
                  "save": QMessageBox.StandardButton.Save}[answer]
        click(box.button(button))
    when_shown(UnsavedQuestion, reply)
    ctrl_q(window)
    assert asked == ["The entry typed on Today for Mon 23 Nov 2026 is not saved yet."]
    assert window.current_page() is page  # shown where it was typed
    assert no_quit == ([] if answer == "cancel" else [True])
    assert pains(ctx) == ([4] if answer == "save" else [])


def test_quit_asks_about_a_typed_lab_result_and_nothing_when_all_is_saved(window, no_quit):
    with asks_nothing():
        ctrl_q(window)
    assert no_quit == [True]  # nothing typed: no question
    shown(window, "labs")
    alt("r", window)  # "Result"
    keys("32")
    asked = []
    when_shown(UnsavedQuestion, lambda box: (asked.append(box.text()), click(box.button(
        QMessageBox.StandardButton.Cancel))))
    ctrl_q(window)
    assert asked == ["The lab result typed on Labs is not saved yet."]
    assert no_quit == [True]


def test_a_lab_result_is_changed_and_deleted_on_the_labs_page(request, ctx, qtbot):
    add_lab(ctx.services, "vitamin-d", "22", "ng/mL", day=date(2026, 9, 24), today=TODAY,
            low=30, high=100, note="fasting")
    window = opened(request)
    page = shown(window, "labs")
    click_cell(page.table, 0, 0)
    click_seen(page.results.edit_button)
    sep24 = ctx.words.day(date(2026, 9, 24))  # "24 Sep 2026" (en_GB: "24 Sept 2026")
    assert page.add_box.title() == f"Change the result of {sep24}"
    assert (page.value.text(), page.low.text(), page.high.text()) == ("22", "30", "100")
    key(Qt.Key.Key_A, CTRL)  # Edit put the keyboard in the result: chosen, typed over
    keys("24")
    click_seen(page.save)
    [lab] = [e for e in entries_of(ctx) if e.kind == "lab"]
    assert (lab.value, lab.note) == (24, "fasting")  # the note the form does not show is kept
    assert page.add_box.title() == "Add a result as printed on the report"
    assert ctx.undo.count() == 1
    click_link(page.saved_note)
    assert [e.value for e in entries_of(ctx) if e.kind == "lab"] == [22]

    qtbot.waitUntil(lambda: [r.value for r in page.model.rows] == [22])
    click_cell(page.table, 0, 0)
    click_seen(page.results.delete_button)
    assert kinds(ctx) == []
    assert status(window) == f"Deleted lab result of {sep24}. Undo with Ctrl+Z."
    assert page.saved_note.said_text == \
        f"Deleted the Vitamin D, 25-hydroxy (serum) result of {sep24}."
    click_link(page.saved_note)
    assert kinds(ctx) == ["lab"]


def test_labs_with_no_results_say_what_will_appear_and_how_to_add_one(window, ctx, qtbot):
    page = shown(window, "labs")
    assert not page.table.isVisible() and page.results.empty.isVisible()
    assert "Your lab results will appear here" in page.results.empty.text()
    alt("r", window)  # "Result"
    keys("32")
    ctrl_s()
    qtbot.waitUntil(lambda: page.table.isVisible())
    assert not page.results.empty.isVisible()


def test_a_schedule_entered_by_mistake_is_deleted_with_undo_and_its_note_shows(request, ctx):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU",
                 start=date(2026, 9, 1), every_days=7, phase="loading", note="with a meal")
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    note_col = page.model.COLUMNS.index("note")
    assert page.model.index(0, note_col).data() == "with a meal"
    click_cell(page.table, 0, 0)
    click_seen(page.change)
    sep1 = ctx.words.day(date(2026, 9, 1))
    assert page.form.title() == f"Change the schedule Vitamin D3 50,000 IU from {sep1}"
    assert page.form.note.text() == "with a meal"
    assert page.unsaved_work() is None  # loaded, not changed
    click_seen(page.cancel)  # "Clear the form"
    click_cell(page.table, 0, 0)
    click_seen(page.delete)
    assert ctx.services.regimens.list(TODAY) == []
    # which schedule, by name, in the status bar too ("the schedule from 1 Sep" said nothing)
    assert status(window) == \
        f"Deleted: Vitamin D3 50,000 IU weekly from {sep1}. Undo with Ctrl+Z."
    assert page.saved_note.said_text == f"Deleted: Vitamin D3 50,000 IU weekly from {sep1}."
    click_link(page.saved_note)
    assert [r.note for r in ctx.services.regimens.list(TODAY)] == ["with a meal"]


def test_first_start_welcomes_and_leads_to_the_first_schedule_and_lab(window, ctx, qtbot):
    today = window.page("today")
    assert today.welcome.isVisibleTo(today)
    assert "never suggests a dose" in " ".join(
        w.text() for w in today.welcome.findChildren(type(today.heading)))
    click_seen(today.welcome.add_schedule)
    assert window.current_page() is window.page("supplements")
    shown(window, "today")
    click_seen(today.welcome.add_lab)
    labs = window.current_page()
    assert labs is window.page("labs")
    assert labs.value.hasFocus()  # led straight to the result's box
    keys("32")
    ctrl_s()
    assert [r.value for r in ctx.services.labs.list()] == [32]
    # the first schedule is still to come: the welcome stays, its lab step ticked
    qtbot.waitUntil(lambda: today.welcome.lab_step.done)
    assert today.welcome.isVisibleTo(today) and not today.welcome.schedule_step.done


def test_in_german_the_saved_note_and_the_loaded_range_use_german_numbers(qtbot, ctx):
    from vdtracker.ui.main_window import MainWindow
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        ctx.words = window_wording(QLocale("de_DE"))
        add_lab(ctx.services, "vitamin-d", "22,5", "ng/mL", day=date(2026, 9, 24), today=TODAY,
                value=22.5, low=30.5, high=100)
        w = MainWindow(ctx)
        qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "quitting", True))
        w.show()
        activate(w)
        page = shown(w, "today")
        alt("p", w)
        keys("6,5")  # the German way
        ctrl_s()
        assert page.saved_note.said_text == f"Saved: Pain 6,5/10 on {ctx.words.day(TODAY)}."
        labs = shown(w, "labs")
        click_cell(labs.table, 0, 0)
        click_seen(labs.results.edit_button)
        assert (labs.low.text(), labs.high.text()) == ("30,5", "100")
        assert labs.add_box.title() == \
            f"Change the result of {ctx.words.day(date(2026, 9, 24))}"
    finally:
        QLocale.setDefault(before)


def test_editing_last_nights_cramps_keeps_them_for_that_night(window, ctx, qtbot):
    page = shown(window, "today")
    fill_day(window, pain="", cramps="2", spasms="")
    choose(page.form.cramp_side, "left")
    ctrl_s()
    # logged today for last night: listed under today
    qtbot.waitUntil(lambda: page.logged.text() == "2 night cramps — left")
    click_seen(row_buttons(page, "2 night cramps")[0])
    assert (page.form.cramp_count.value(), page.form.cramp_side.currentData()) == (2, "left")
    fill_day(window, pain="", cramps="3", spasms="")
    ctrl_s()
    [cramp] = [e for e in entries_of(ctx) if e.kind == "cramp"]
    assert (cramp.value, cramp.day) == (3, date(2026, 11, 22))


def test_edit_after_edit_starts_from_an_empty_form(window, ctx, qtbot):
    """Editing the cramps, then the pain: the cramps do not ride along into the pain's save."""
    page = shown(window, "today")
    fill_day(window, pain="5", cramps="2", spasms="")
    ctrl_s()
    qtbot.waitUntil(lambda: len(page.logged.rows) == 2)
    click_seen(row_buttons(page, "2 night cramps")[0])
    with asks_nothing():  # the loaded cramps were not changed: nothing to ask
        click_seen(row_buttons(page, "Pain 5/10")[0])
    assert page.form.cramp_count.value() == 0 and page.form.pain.value() == 5
    fill_day(window, pain="4", cramps="", spasms="")
    ctrl_s()
    assert kinds(ctx) == ["cramp", "pain"] and pains(ctx) == [4]


def test_edit_asks_before_typed_work_is_set_aside(request, ctx):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY)
    window = opened(request)
    page = shown(window, "today")
    fill_day(window, pain="", cramps="", spasms="3")  # typed, not saved
    when_shown(UnsavedQuestion, lambda box: click(box.button(QMessageBox.StandardButton.Cancel)))
    click_seen(row_buttons(page, "Pain 5/10")[0])
    assert page.form.spasm_count.value() == 3 and page.editing is None


def test_editing_keeps_what_the_form_has_no_field_for(request, ctx):
    """A spasm's duration (typed on the command line) survives a change of its count."""
    from builders import log_spasm
    log_spasm(ctx.services, day=TODAY, today=TODAY, count=2, duration_min=15)
    window = opened(request)
    page = shown(window, "today")
    click_seen(row_buttons(page, "2 spasm")[0])
    fill_day(window, pain="", cramps="", spasms="3")
    ctrl_s()
    [row] = [e for e in entries_of(ctx) if e.kind == "spasm"]
    assert (row.value, row.summary.params["duration_min"]) == (3, 15)


def test_a_refused_eleven_is_never_saved_as_one(window, ctx, qtbot):
    page = shown(window, "today")
    box = page.form.pain.spin
    alt("p", window)
    keys("11")  # Qt keeps the first 1 and refuses the second
    assert page.form.pain.problem() and not page.save.isEnabled()
    assert "0 to 10" in page.reason.text()
    ctrl_s()
    assert entries_of(ctx) == []
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "7")
    assert page.form.pain.problem() is None and page.form.pain.value() == 7


def test_quit_asks_about_a_severity_typed_without_its_count(window):
    page = shown(window, "today")
    alt("y", window)  # the spasm's Severity
    keys("3")
    assert page.unsaved_work() is not None
    key(Qt.Key.Key_Delete)  # the rating cleared: not rated
    assert page.unsaved_work() is None
