"""One way through the window: refusals name the form's own labels, undo survives a locked store."""

import sqlite3
from datetime import timedelta

from conftest import TODAY
from real_event_helpers import (
    alt,
    choose,
    click_link,
    click_seen,
    ctrl_s,
    keys,
    redo_key,
    type_over,
    undo_key,
)
from tests_ui_helpers import activate, entries_of, shown
from vdtracker.ui.undo_history import UndoHistory


def pain_typed(window, score):
    alt("p", window)  # "Pain"
    keys(score)


def test_a_refused_field_is_named_by_its_label_and_nothing_typed_is_lost(window, ctx):
    page = shown(window, "today")
    pain_typed(window, "5")
    too_long = "lower back, left side, worse when sitting " * 3  # over the 80 characters allowed
    alt("h", window)  # "Where" the pain is
    keys(too_long)
    ctrl_s()
    said = page.error.text()
    assert page.error.isVisible() and said.startswith("Not saved. Where: ")
    assert "80 characters" in said
    assert "pain_region" not in said  # the form's label, never the field's key
    assert page.form.pain_region.property("invalid") is True
    assert page.form.pain.value() == 5 and page.form.pain_region.currentText() == too_long
    assert entries_of(ctx) == []
    alt("h", window)
    type_over(page.form.pain_region.lineEdit(), "lower back")
    ctrl_s()
    assert not page.error.isVisible() and page.form.pain_region.property("invalid") is False
    assert [e.kind for e in entries_of(ctx)] == ["pain"]


def test_a_failed_undo_keeps_the_undo_index_and_says_why(window, ctx):
    shown(window, "today")
    pain_typed(window, "3")
    ctrl_s()
    stack: UndoHistory = ctx.undo
    assert stack.index() == 1 and len(entries_of(ctx)) == 1
    said = []
    ctx.signals.message.connect(said.append)
    ctx.services.db.engine.dispose()
    blocker = sqlite3.connect(ctx.services.db.where + "/vdtracker.sqlite3")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        undo_key()
        assert stack.index() == 1  # still undoable once the store is free
        assert said and said[-1].startswith("Not undone:") and "another program" in said[-1]
    finally:
        blocker.rollback()
        blocker.close()
    assert len(entries_of(ctx)) == 1
    undo_key()
    assert stack.index() == 0 and entries_of(ctx) == []
    redo_key()
    assert stack.index() == 1 and len(entries_of(ctx)) == 1


def test_undo_and_redo_actions_name_the_step(window, ctx):
    shown(window, "today")
    assert not window.undo_action.isEnabled()
    pain_typed(window, "4")
    ctrl_s()
    assert window.undo_action.isEnabled()
    # named by what was saved, so "Undone: …" says it too
    assert window.undo_action.text() == "&Undo Pain 4/10 on 23 Nov 2026"
    undo_key()
    assert window.redo_action.text() == "&Redo Pain 4/10 on 23 Nov 2026"


def test_undoing_the_first_schedule_of_a_new_supplement_removes_the_name_too(window, ctx, qtbot):
    from test_supplements_page import fill

    page = shown(window, "supplements")
    fill(page.form, qtbot, "Magnesium citrate", "300", every=1, phase="ongoing")
    choose(page.form.unit, "mg")
    click_seen(page.save)
    assert [r.supplement for r in ctx.services.regimens.list(TODAY)] == ["Magnesium citrate"]
    step = ctx.undo.command(0)
    assert [c.kind for c in step.changes] == ["supplement", "regimen"]
    undo_key()
    assert ctx.services.regimens.list(TODAY) == []
    click_seen(page.cancel)  # "Clear the form": its list of names read again
    assert "Magnesium citrate" not in [page.form.supplement.itemText(i)
                                       for i in range(page.form.supplement.count())]


def test_every_field_the_day_entry_can_refuse_has_a_label_on_the_form(window):
    """So no refusal on Today can fall back to a key or a command-line flag."""
    import inspect

    from vdtracker.domain import day_entry

    source = inspect.getsource(day_entry)
    import re
    fields = set(re.findall(r'"((?:pain|cramp|spasm)_\w+|pain|note)"', source))
    fields -= {"spasm_duration"}  # only `vdtracker log spasm --duration` sets it
    labelled = set(window.page("today").form.fields())
    assert fields and fields <= labelled, fields - labelled


def test_a_missed_dose_is_answered_from_its_alert_and_undo_brings_the_alert_back(request, ctx,
                                                                                 qtbot):
    from builders import add_schedule

    start = TODAY - timedelta(days=9)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=start, phase="maintenance")
    for i in range(6):  # taken for six days, then nothing logged for three
        day = start + timedelta(days=i)
        ctx.services.doses.record(supplement="Vitamin D3", day=day, today=TODAY)
    window = request.getfixturevalue("window")  # opened over the diary
    activate(window)
    page = shown(window, "today")

    def missed_row():
        rows = [r for r in page.banner.rows if r.alert.kind == "missed-dose"]
        return rows[0] if rows else None

    row = missed_row()
    assert row is not None and row.alert.details["count"] == 3
    first_due = start + timedelta(days=6)
    taken, _, _ = row.answers[0]
    assert taken.accessibleName() == f"Taken on {ctx.words.weekday_day(first_due)}"
    click_seen(taken)
    qtbot.waitUntil(lambda: missed_row() is not None and missed_row().alert.details["count"] == 2)
    logged = [e for e in entries_of(ctx) if e.kind == "dose" and e.day == first_due]
    assert len(logged) == 1  # logged for its own due date, not for today
    click_link(page.saved_note)  # "Undo" beside Save
    qtbot.waitUntil(lambda: missed_row() is not None and missed_row().alert.details["count"] == 3)
