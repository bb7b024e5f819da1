"""Messages use the patient's words: no schedule ids, no ISO dates, no "1 days", walked over
the demo history's confirmations, undo texts, form titles, History lines and alerts."""

import re

from PySide6.QtCore import Qt

from conftest import TODAY
from real_event_helpers import alt, click_cell, click_seen, ctrl_s, keys, undo_key
from tests_ui_helpers import activate, button, click, entries_of, shown, when_shown
from vdtracker.ui.dialogs.stop_early import StopEarlyDialog
from vdtracker.ui.widgets.day_entries import AddOrReplace

RAW = re.compile(r"(?i)schedule \d|#\d|\b\d{4}-\d\d-\d\d\b|\b1 days\b|\blab of\b|\bNone\b")


def test_no_message_in_the_demo_shows_an_id_an_iso_date_or_1_days(demo_window, demo_ctx, qtbot):
    ctx, said = demo_ctx, []
    ctx.signals.message.connect(said.append)
    words = ctx.words
    said += [words.entry(e.summary) for e in entries_of(ctx)]
    said += [words.alert(a) for a in ctx.services.alerts.alerts(TODAY)]

    sup = shown(demo_window, "supplements")
    for row in range(sup.model.rowCount()):
        click_cell(sup.table, row, 0)
        click_seen(sup.change)
        said.append(sup.form.title())
        click_seen(sup.follow)
        said.append(sup.form.title())
    click_seen(sup.cancel)  # "Clear the form"
    active = next(i for i, r in enumerate(sup.model.rows) if r.status == "active")
    click_cell(sup.table, active, 0)

    def stop_with_a_reason(dialog):
        said.append(dialog.sentence.text())
        dialog.why.setFocus()
        qtbot.keyClick(dialog.why, Qt.Key.Key_Down)  # "I ran out"
        click(button(dialog, "Save"))
    when_shown(StopEarlyDialog, stop_with_a_reason)
    click_seen(sup.stop)
    activate(demo_window)  # the dialog closed: the window manager gives the window the keyboard
    said.append(sup.saved_note.said_text)
    qtbot.waitUntil(lambda: not sup.stop.isEnabled())  # the table drawn again
    click_cell(sup.table, 0, 0)
    click_seen(sup.delete)
    said.append(sup.saved_note.said_text)

    labs = shown(demo_window, "labs")
    click_cell(labs.table, 0, 0)
    click_seen(labs.results.edit_button)
    said.append(labs.add_box.title())
    click_seen(labs.save)
    said.append(labs.saved_note.said_text)
    qtbot.waitUntil(lambda: not labs.results.edit_button.isEnabled())  # the table drawn again
    click_cell(labs.table, 1, 0)
    click_seen(labs.results.delete_button)

    today = shown(demo_window, "today")
    alt("p", demo_window)
    keys("3")
    alt("c", demo_window)  # Cramps
    keys("1")
    when_shown(AddOrReplace, lambda box: click(button(box, "Replace")))
    ctrl_s()
    said.append(today.saved_note.said_text)
    said.append(today.logged.text())
    said += [ctx.undo.text(i) for i in range(ctx.undo.count())]
    while ctx.undo.index() > 0:
        before = ctx.undo.index()
        undo_key()
        assert ctx.undo.index() == before - 1, "Ctrl+Z did not undo"
        said.append(today.saved_note.said_text)

    assert len(said) > 30
    assert [text for text in said if RAW.search(text)] == []
    assert any(text.startswith("Undone: ") for text in said)
