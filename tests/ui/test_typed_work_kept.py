"""Typed work is never lost: closing to the tray keeps it (in the form, and as a draft in the
store that a logout or a crash leaves behind), the next start puts it back on Today, a save
or Discard clears it; without a tray, closing asks first."""

from datetime import datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from conftest import TODAY
from real_event_helpers import choose
from real_event_kit import OFFSCREEN_MENU, by_keys
from tests_ui_helpers import (
    button,
    click,
    entries_of,
    role_button,
    shown,
    type_into,
    when_shown,
)
from vdtracker.services import settings as opts
from vdtracker.ui import drafts
from vdtracker.ui.context import Context
from vdtracker.ui.leaving import UnsavedQuestion
from vdtracker.ui.main_window import MainWindow


def stored_draft(ctx):
    return drafts.decode(ctx.services.settings.get(opts.DRAFT_TODAY))


def typed_day(qtbot, page):
    type_into(qtbot, page.form.pain, "7")
    qtbot.keyClicks(page.form.pain_region.lineEdit(), "mid back")
    type_into(qtbot, page.form.cramp_count, "2")
    qtbot.keyClicks(page.form.note, "after the long drive")


def restarted(qtbot, ctx, clock):
    """The app started again on the same store (after a crash, a logout, a kill)."""
    again = MainWindow(Context(ctx.services, now=clock))
    qtbot.addWidget(again, before_close_func=lambda w: setattr(w, "quitting", True))
    again.show()
    return again


def test_the_typing_is_kept_in_the_store_a_moment_after_it_stops(window, ctx, qtbot):
    """What a crash or a logout (the session ends the process) finds: the last keystrokes."""
    page = shown(window, "today")
    typed_day(qtbot, page)
    qtbot.waitUntil(lambda: stored_draft(ctx) is not None, timeout=3000)
    draft = stored_draft(ctx)
    assert draft.day == TODAY and draft.editing is None
    assert {k: draft.values[k] for k in ("pain", "pain_region", "cramp_count", "note")} == {
        "pain": 7.0, "pain_region": "mid back", "cramp_count": 2,
        "note": "after the long drive"}


def test_closed_to_the_tray_then_a_crash_the_next_start_puts_it_back(window, ctx, clock, qtbot):
    window.tray = QSystemTrayIcon(window)
    page = shown(window, "today")
    typed_day(qtbot, page)
    window.close()  # to the tray: nothing asked, the window hides
    assert not window.isVisible() and page.form.pain.value() == 7  # still in the form
    assert stored_draft(ctx) is not None  # and in the store, at once
    again = restarted(qtbot, ctx, clock)  # the process died: a new one starts
    today = again.page("today")
    f = today.form
    assert (f.pain.value(), f.pain_region.currentText(), f.cramp_count.value(),
            f.note.text()) == (7, "mid back", 2, "after the long drive")
    assert today.put_back.isVisible()
    assert "What you typed for Mon 23 Nov 2026 and had not saved yet" in today.put_back.text.text()
    qtbot.keyClick(f.note, Qt.Key.Key_Return)  # saved
    assert sorted(e.kind for e in entries_of(ctx)) == ["cramp", "pain"]
    assert stored_draft(ctx) is None and not today.put_back.isVisible()
    assert not restarted(qtbot, ctx, clock).page("today").put_back.isVisible()


def test_a_draft_of_a_past_day_comes_back_on_that_day(window, ctx, clock, qtbot):
    page = shown(window, "today")
    typed_day(qtbot, page)
    window.keep_drafts()
    clock.move(days=2)  # the machine was off for two days
    today = restarted(qtbot, ctx, clock).page("today")
    assert today.heading.text() == "Mon 23 Nov 2026 (2 days ago)"
    click(today.save)
    # for the day and at the minute it was typed (10:00, the clock when the test began)...
    assert [(e.day, e.time) for e in entries_of(ctx) if e.kind == "pain"] == [
        (TODAY, time(10, 0))]
    # ...and the page is back on today: the next entry is Wednesday's
    assert today.heading.text() == "Today, Wed 25 Nov 2026"


def test_a_refused_digit_is_not_kept_in_the_draft(window, ctx, clock, qtbot):
    """"300" cramps shows 30 and is refused out loud; put back as 30 with nothing said, it
    could be saved as a number nobody typed."""
    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "6")
    type_into(qtbot, page.form.cramp_count, "300")
    assert page.form.cramp_count.problem()
    window.keep_drafts()
    again = restarted(qtbot, ctx, clock).page("today")
    assert (again.form.pain.value(), again.form.cramp_count.value()) == (6, 0)


@OFFSCREEN_MENU
def test_a_restore_keeps_what_is_typed_not_the_backup_s_draft(window, ctx, qtbot):
    """The backup was made with pain 4 typed; 7 is typed when it is put back. The store must
    then keep 7, or a crash brings back 4 as "what you typed"."""
    from pathlib import Path

    from vdtracker.storage import backups
    from vdtracker.ui.dialogs.restore_dialog import RestoreDialog

    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "4")
    window.keep_drafts()
    backups.make_backup(Path(ctx.services.db.where), datetime(2026, 11, 23, 9, 0), kept=True)
    type_into(qtbot, page.form.pain, "7")
    window.keep_drafts()
    when_shown(RestoreDialog, lambda d: (
        when_shown(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return)),
        click(button(d, "Restore"))))
    by_keys(window, "f", "e")  # File ▸ Restore a backup…, the newest offered first
    qtbot.waitUntil(lambda: stored_draft(ctx) is not None
                    and stored_draft(ctx).values["pain"] == 7.0, timeout=3000)
    assert page.form.pain.value() == 7


def test_ctrl_z_after_a_save_undoes_the_save_not_the_emptied_note(window, ctx, qtbot):
    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "5")
    qtbot.keyClicks(page.form.note, "stiff")
    qtbot.keyClick(page.form.note, Qt.Key.Key_Return)  # saved; the form is emptied
    assert [e.kind for e in entries_of(ctx)] == ["pain"]
    click(page.form.note)  # the patient clicks into the empty note, then Ctrl+Z
    qtbot.keyClick(page.form.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entries_of(ctx) == [] and page.form.note.text() == ""


def test_an_entry_loaded_and_left_as_it_was_is_no_typed_work(window, ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "5")
    click(page.save)
    qtbot.waitUntil(lambda: len(page.logged.rows) == 1)
    click(button(page.logged, "Edit"))
    assert page.unsaved_work() is None and page.draft() is None
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # nothing asked
    assert quits == [True]


def test_discard_empties_the_form_and_the_draft(window, ctx, clock, qtbot):
    page = shown(window, "today")
    typed_day(qtbot, page)
    window.keep_drafts()
    today = restarted(qtbot, ctx, clock).page("today")
    click(today.put_back.discard)
    assert today.form.is_empty() and stored_draft(ctx) is None
    assert entries_of(ctx) == []


def test_quit_discard_leaves_no_draft_to_come_back(window, ctx, clock, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "quit", lambda: None)
    page = shown(window, "today")
    typed_day(qtbot, page)
    window.keep_drafts()
    when_shown(UnsavedQuestion, lambda box: click(
        role_button(box, QMessageBox.ButtonRole.DestructiveRole)))  # Discard
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert stored_draft(ctx) is None
    assert not restarted(qtbot, ctx, clock).page("today").put_back.isVisible()


@pytest.mark.parametrize(("answer", "left_open", "saved"), [
    (QMessageBox.ButtonRole.RejectRole, True, []),  # Cancel: the window and the typing stay
    (QMessageBox.ButtonRole.AcceptRole, False, ["cramp", "pain"]),  # Save
])
def test_closing_without_a_tray_asks_about_typed_work(window, ctx, qtbot, answer, left_open,
                                                      saved):
    window.tray = None
    page = shown(window, "today")
    typed_day(qtbot, page)
    asked = []

    def reply(box):
        asked.append(box.text())
        click(role_button(box, answer))
    when_shown(UnsavedQuestion, reply)
    window.close()
    assert asked == ["The entry typed on Today for Mon 23 Nov 2026 is not saved yet."]
    assert window.isVisible() == left_open
    assert sorted(e.kind for e in entries_of(ctx)) == saved
    if left_open:
        assert page.form.pain.value() == 7


def test_an_entry_loaded_to_be_changed_comes_back_as_that_change(window, ctx, clock, qtbot):
    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "5")
    click(page.save)
    qtbot.waitUntil(lambda: len(page.logged.rows) == 1)
    click(button(page.logged, "Edit"))
    type_into(qtbot, page.form.pain, "6")
    window.keep_drafts()
    today = restarted(qtbot, ctx, clock).page("today")
    assert today.editing is not None and today.save.text() == "&Save the change"
    click(today.save)
    assert [e.value for e in entries_of(ctx) if e.kind == "pain"] == [6]  # replaced, not added


def test_a_lab_result_typed_comes_back_on_labs_after_a_crash(window, ctx, clock, qtbot):
    labs = shown(window, "labs")
    qtbot.keyClicks(labs.value, "19")
    choose(labs.unit, "nmol/L")
    qtbot.keyClicks(labs.lab, "City Lab")
    qtbot.waitUntil(lambda: drafts.decode(ctx.services.settings.get(opts.DRAFT_LAB)) is not None,
                    timeout=3000)
    again = restarted(qtbot, ctx, clock)
    page = again.current_page()
    assert again.stack.currentIndex() == 4 and page.put_back.isVisible()  # opened where typed
    assert (page.value.text(), page.unit.currentText(), page.lab.text()) == (
        "19", "nmol/L", "City Lab")
    click(page.save)
    [lab] = [e for e in entries_of(ctx) if e.kind == "lab"]
    assert lab.summary.params["value_text"] == "19"
    assert ctx.services.settings.get(opts.DRAFT_LAB) == ""
    assert restarted(qtbot, ctx, clock).stack.currentIndex() == 0  # nothing waits: Today


def test_a_schedule_typed_comes_back_on_supplements_after_a_crash(window, ctx, clock, qtbot):
    page = shown(window, "supplements")
    qtbot.keyClicks(page.form.supplement.lineEdit(), "Vitamin D3")
    qtbot.keyClicks(page.form.amount, "50000")
    page.form.by_weekday.setFocus()
    qtbot.keyClick(page.form.by_weekday, Qt.Key.Key_Space)
    click(page.form.days[2])  # Wednesday
    window.keep_drafts()
    again = restarted(qtbot, ctx, clock)
    back = again.pages["supplements"]
    assert again.stack.currentIndex() == 3 and back.put_back.isVisible()
    f = back.form
    assert (f.supplement.currentText(), f.amount.text(), f.by_weekday.isChecked(),
            [d.isChecked() for d in f.days]) == (
        "Vitamin D3", "50000", True, [False, False, True, False, False, False, False])
    click(back.put_back.discard)
    assert ctx.services.settings.get(opts.DRAFT_SCHEDULE) == "" and f.amount.text() == ""


def test_keep_the_saved_entry_empties_the_form_and_changes_nothing(window, ctx, qtbot):
    """The button says it leaves the saved entry as it is and empties the form (Qt's clicked
    carries a `checked` flag that must not be taken for "keep the typing")."""
    page = shown(window, "today")
    type_into(qtbot, page.form.pain, "5")
    click(page.save)
    qtbot.waitUntil(lambda: len(page.logged.rows) == 1)
    click(button(page.logged, "Edit"))
    type_into(qtbot, page.form.pain, "8")
    click(page.stop_editing)
    assert page.form.is_empty() and page.editing is None
    assert [e.value for e in entries_of(ctx) if e.kind == "pain"] == [5]
