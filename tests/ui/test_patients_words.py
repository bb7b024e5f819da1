"""Messages use the patient's words: no schedule ids, no ISO dates, no "1 days", walked over
the demo history's confirmations, undo texts, form titles, History lines and alerts."""

import re

from conftest import TODAY
from tests_ui_helpers import button, click, entries_of, when_shown
from vdtracker.ui import undo_steps
from vdtracker.ui.widgets.day_entries import AddOrReplace

RAW = re.compile(r"(?i)schedule \d|#\d|\b\d{4}-\d\d-\d\d\b|\b1 days\b|\blab of\b|\bNone\b")


def test_no_message_in_the_demo_shows_an_id_an_iso_date_or_1_days(demo_window, demo_ctx):
    ctx, said = demo_ctx, []
    ctx.signals.message.connect(said.append)
    words = ctx.words
    said += [words.entry(e.summary) for e in entries_of(ctx)]
    said += [words.alert(a) for a in ctx.services.alerts.alerts(TODAY)]

    sup = demo_window.page("supplements")
    for row in range(sup.model.rowCount()):
        sup.table.selectRow(row)
        sup._change_selected()
        said.append(sup.form.title())
        sup._follow_selected()
        said.append(sup.form.title())
    sup.form.reset(TODAY)
    active = next(i for i, r in enumerate(sup.model.rows) if r.status == "active")
    sup.table.selectRow(active)
    sup.stop_selected()
    said.append(sup.saved_note.said_text)
    sup.table.selectRow(0)
    sup.delete_selected()
    said.append(sup.saved_note.said_text)

    labs = demo_window.page("labs")
    labs.refresh()
    labs.table.selectRow(0)
    labs.results.edit_button.click()
    said.append(labs.add_box.title())
    labs.save_result()
    said.append(labs.saved_note.said_text)
    labs.table.selectRow(1)
    labs.results.delete_button.click()

    today = demo_window.page("today")
    today.form.pain.set_value(3)
    today.form.cramp_count.setValue(1)
    when_shown(AddOrReplace, lambda box: click(button(box, "Replace")))
    today.save_day()
    said.append(today.saved_note.said_text)
    said.append(today.logged.text())
    said += [ctx.undo.text(i) for i in range(ctx.undo.count())]
    while undo_steps.undo(ctx):
        said.append(today.saved_note.said_text)

    assert len(said) > 30
    assert [text for text in said if RAW.search(text)] == []
    assert any(text.startswith("Undone: ") for text in said)
