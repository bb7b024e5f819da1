"""Today: log the day with the keyboard, answer due doses, see alerts, keep input on failure."""

import sqlite3
from datetime import timedelta

from PySide6.QtCore import Qt

from conftest import TODAY
from real_event_helpers import (
    alt,
    click_link,
    click_seen,
    ctrl_s,
    keys,
    redo_key,
    undo_key,
)
from tests_ui_helpers import entries_of, shown, type_into
from vdtracker.ui.answers import same


def today_page(window):
    return shown(window, "today")


def test_save_is_disabled_with_a_reason_until_something_is_rated(window, qtbot):
    page = today_page(window)
    assert not page.save.isEnabled()
    assert "rate your pain" in page.reason.text()
    qtbot.keyClicks(page.form.note, "stiff neck after work")
    assert "To save a note" in page.save.toolTip()


def test_a_whole_day_typed_with_the_keyboard(window, qtbot, ctx):
    page = today_page(window)
    f = page.form
    type_into(qtbot, f.pain.spin, "6.5")
    qtbot.keyClicks(f.pain_region.lineEdit(), "neck")
    type_into(qtbot, f.cramp_count, "2")
    type_into(qtbot, f.cramp_severity.spin, "7")
    type_into(qtbot, f.spasm_count, "1")
    qtbot.keyClicks(f.note, "walked 20 minutes")
    assert f.pain.slider.value() == 65  # the slider follows the number
    assert page.save.isEnabled()
    qtbot.keyClick(page.save, Qt.Key.Key_Space)
    got = {e.kind: e for e in entries_of(ctx)}
    assert ctx.words.entry(got["pain"].summary) == "Pain 6.5/10 — neck"
    assert got["pain"].note == "walked 20 minutes"
    assert got["pain"].day == TODAY
    assert got["cramp"].day == TODAY - timedelta(days=1)  # last night
    assert got["cramp"].value == 2 and "worst 7/10" in ctx.words.entry(got["cramp"].summary)
    assert got["spasm"].value == 1
    assert f.pain.value() is None and f.cramp_count.value() == 0  # ready for tomorrow
    assert "Saved" in window.statusBar().currentMessage()
    undo_key()  # one step undoes the whole day
    assert entries_of(ctx) == []
    redo_key()
    assert {e.kind for e in entries_of(ctx)} == {"pain", "cramp", "spasm"}


def test_severity_without_a_count_explains_itself(window, qtbot):
    page = today_page(window)
    f = page.form
    type_into(qtbot, f.pain.spin, "3")
    type_into(qtbot, f.cramp_severity.spin, "5")
    assert not page.save.isEnabled() and "how many cramps" in page.reason.text()


def test_a_locked_database_loses_nothing_typed(window, ctx, qtbot):
    page = today_page(window)
    type_into(qtbot, page.form.pain.spin, "4.5")
    qtbot.keyClicks(page.form.note, "keep me")
    ctx.services.db.engine.dispose()
    blocker = sqlite3.connect(ctx.services.db.where + "/vdtracker.sqlite3")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        ctrl_s()
        assert page.error.isVisible() and "in use by another program" in page.error.text()
        assert page.form.pain.value() == 4.5 and page.form.note.text() == "keep me"
    finally:
        blocker.rollback()
        blocker.close()
    ctrl_s()
    assert not page.error.isVisible()
    assert [e.note for e in entries_of(ctx)] == ["keep me"]


def test_doses_due_today_taken_or_skipped_and_undone(demo_window, demo_ctx, qtbot):
    page = today_page(demo_window)
    due = {d.supplement: d for d in demo_ctx.services.due_doses.due(TODAY)}
    assert set(due) == {"Vitamin D3", "Vitamin B12"}
    taken, skipped, at = page.doses.buttons[due["Vitamin D3"].regimen_id]
    qtbot.keyClicks(at.edit, "7:45")
    qtbot.mouseClick(taken, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible(), page.error.text()
    qtbot.waitUntil(lambda: due["Vitamin D3"].regimen_id not in page.doses.buttons)
    doses = [e for e in entries_of(demo_ctx) if e.kind == "dose" and e.day == TODAY]
    assert [(demo_ctx.words.entry(e.summary), e.time.strftime("%H:%M")) for e in doses] == [
        ("Vitamin D3 2,000 IU taken", "07:45")]
    _, skip_b12, _ = page.doses.buttons[due["Vitamin B12"].regimen_id]
    qtbot.mouseClick(skip_b12, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.doses.buttons)
    states = {d.supplement: d.status for d in demo_ctx.services.due_doses.due(TODAY)}
    assert states == {"Vitamin D3": "taken", "Vitamin B12": "skipped"}
    click_link(page.saved_note)  # "Undo" beside Save, then Ctrl+Z
    undo_key()
    qtbot.waitUntil(lambda: set(page.doses.buttons) == {d.regimen_id for d in due.values()})


def test_the_banner_explains_and_links_to_the_page(demo_window, qtbot):
    page = today_page(demo_window)
    kinds = [row.alert.kind for row in page.banner.rows]
    assert "lapsed-maintenance" in kinds and "symptom-recurrence" in kinds
    assert "dose-due" not in kinds  # the doses list asks about those
    lapse = next(r for r in page.banner.rows if r.alert.kind == "lapsed-maintenance")
    assert "No dose logged since" in lapse.text.text()
    qtbot.mouseClick(lapse.link, Qt.MouseButton.LeftButton)
    assert same(demo_window.stack.currentWidget(), demo_window.pages["supplements"])


def test_tab_order_walks_the_form_in_reading_order(window):
    f = today_page(window).form
    expected = [f.pain.spin, f.pain_region, f.cramp_count.spin, f.cramp_severity.spin,
                f.cramp_minutes.spin, f.cramp_sleep.spin, f.cramp_region, f.cramp_side,
                f.spasm_count.spin, f.spasm_severity.spin, f.spasm_region, f.note,
                today_page(window).save]
    chain, w = [], f.pain.spin
    for _ in range(200):
        found = next((x for x in expected if same(w, x)), None)
        if found is not None and not any(same(found, c) for c in chain):
            chain.append(found)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window):
            assert not isinstance(w, type(f.pain.slider)), "sliders are not Tab stops"
        w = w.nextInFocusChain()
    assert chain == expected


def test_yesterday_is_logged_as_easily_as_today_and_tomorrow_cannot_be(window, ctx, qtbot):
    page = today_page(window)
    assert not page.picker.next.isEnabled()  # nothing is logged for a day after today
    qtbot.mouseClick(page.picker.next, Qt.MouseButton.LeftButton)  # greyed: nothing happens
    assert page.day == TODAY
    click_seen(page.picker.previous)
    yesterday = TODAY - timedelta(days=1)
    assert page.day == yesterday and page.picker.next.isEnabled()
    assert "Sun 22 Nov 2026 (1 day ago)" in page.heading.text()
    assert page.save.text() == "&Save the entry for Sun 22 Nov 2026"
    alt("p", window)  # Pain
    keys("4")
    alt("c", window)  # Cramps
    keys("2")
    ctrl_s()
    saved = {e.kind: e.day for e in entries_of(ctx)}
    # pain for the day shown; cramps for the night before it ("last night" seen from that day)
    assert saved == {"pain": yesterday, "cramp": yesterday - timedelta(days=1)}
    qtbot.waitUntil(lambda: "Pain 4/10" in page.logged.text())  # refreshed after the save
    alt("t", window)  # "Back to today"
    qtbot.waitUntil(lambda: page.day == TODAY)
    assert page.logged.text() == "Nothing saved for this day yet."
    undo_key()
    assert entries_of(ctx) == []


def test_going_to_another_day_twice_never_doubles_the_alert_rows(demo_window, qtbot):
    page = today_page(demo_window)
    kinds = [r.alert.kind for r in page.banner.rows]
    click_seen(page.picker.previous)
    click_seen(page.picker.previous)
    qtbot.wait(10)  # the coalesced refresh runs too
    visible = [r for r in page.banner.findChildren(type(page.banner.rows[0])) if r.isVisible()]
    assert [r.alert.kind for r in visible] == kinds
