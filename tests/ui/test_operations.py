"""One way through the window: refusals name the form's own labels, undo survives a locked store."""

import sqlite3

from PySide6.QtGui import QUndoStack

from tests_ui_helpers import entries_of
from vdtracker.ui import undo_steps


def test_a_refused_field_is_named_by_its_label_and_nothing_typed_is_lost(window, ctx):
    page = window.page("today")
    page.form.pain.set_value(5)
    too_long = "lower back, left side, worse when sitting " * 3  # over the 80 characters allowed
    page.form.pain_region.setCurrentText(too_long)
    page.save_day()
    said = page.error.text()
    assert page.error.isVisible() and said.startswith("Not saved. Where: ")
    assert "80 characters" in said
    assert "--" not in said and "pain_region" not in said  # never a flag or a field key
    assert page.form.pain_region.property("invalid") is True
    assert page.form.pain.value() == 5 and page.form.pain_region.currentText() == too_long
    assert entries_of(ctx) == []
    page.form.pain_region.setCurrentText("lower back")
    page.save_day()
    assert not page.error.isVisible() and page.form.pain_region.property("invalid") is False
    assert [e.kind for e in entries_of(ctx)] == ["pain"]


def test_a_failed_undo_keeps_the_undo_index_and_says_why(window, ctx):
    page = window.page("today")
    page.form.pain.set_value(3)
    page.save_day()
    stack: QUndoStack = ctx.undo
    assert stack.index() == 1 and len(entries_of(ctx)) == 1
    said = []
    ctx.signals.message.connect(said.append)
    ctx.services.db.engine.dispose()
    blocker = sqlite3.connect(ctx.services.db.where + "/vdtracker.sqlite3")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        assert undo_steps.undo(ctx) is False
        assert stack.index() == 1  # still undoable once the store is free
        assert said and said[-1].startswith("Not undone:") and "another program" in said[-1]
    finally:
        blocker.rollback()
        blocker.close()
    assert len(entries_of(ctx)) == 1
    window.undo_action.trigger()
    assert stack.index() == 0 and entries_of(ctx) == []
    window.redo_action.trigger()
    assert stack.index() == 1 and len(entries_of(ctx)) == 1


def test_undo_and_redo_actions_name_the_step(window, ctx):
    page = window.page("today")
    assert not window.undo_action.isEnabled()
    page.form.pain.set_value(4)
    page.save_day()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Save today's entry"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo Save today's entry"
