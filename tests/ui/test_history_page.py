"""History: newest first, lazily fetched, filterable; edit and delete in place with undo/redo,
all by real clicks and keys on the shown page."""

from datetime import date

from PySide6.QtCore import Qt

from builders import log_pain
from conftest import TODAY
from real_event_helpers import (
    CTRL,
    alt,
    click_cell,
    click_seen,
    focused,
    key,
    keys,
    redo_key,
    type_over,
    undo_key,
)
from tests_ui_helpers import activate, entries_of, shown
from vdtracker.ui.tables.history_model import PAGE, HistoryModel

DATE, VALUE, NOTE = 0, 4, 5  # History's columns


def test_the_model_passes_qt_model_checks(qtmodeltester, demo_ctx):
    model = HistoryModel(demo_ctx.services.entries, lambda *a: True)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_long_histories_are_fetched_a_page_at_a_time(demo_window, demo_ctx, qtbot):
    page = shown(demo_window, "history")
    model = page.model
    assert model.total == demo_ctx.services.entries.count(model.filter) > 2 * PAGE
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    click_cell(page.table, 0, DATE)
    key(Qt.Key.Key_End, CTRL)  # to the last row loaded: the table asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() >= 2 * PAGE)
    days = [model.entry(i).day for i in range(model.rowCount())]
    assert days == sorted(days, reverse=True) and days[0] <= TODAY


def rows(page):
    return [page.model.entry(i) for i in range(page.model.rowCount())]


def test_filter_by_kind_and_dates(demo_window, demo_ctx, qtbot):
    labs = demo_ctx.services.labs.list()  # the Labs page's query: an oracle apart from History
    page = shown(demo_window, "history")
    alt("s", demo_window)  # "Show"
    keys("L")  # "Labs"
    assert page.kind.currentText() == "Labs"
    assert sorted(e.id for e in rows(page) if e.kind == "lab") == sorted(r.id for r in labs)
    assert page.model.total == len(labs) and {e.kind for e in rows(page)} == {"lab"}
    since = [r for r in labs if r.day >= date(2026, 1, 1)]
    assert 0 < len(since) < len(labs)  # the date filter has something to show and to hide
    click_seen(page.use_from)
    assert page.use_from.isChecked()
    type_over(page.first, "2026-01-01")
    key(Qt.Key.Key_Tab)
    assert sorted(e.id for e in rows(page)) == sorted(r.id for r in since)
    assert page.model.total == len(since) and f"{len(since)} entries" in page.count.text()


def status(window):
    return window.statusBar().currentMessage()


def test_edit_in_place_checks_and_undoes(request, ctx, qtbot):
    log_pain(ctx.services, 5, day=date(2026, 11, 20), today=TODAY, region="neck")
    window = request.getfixturevalue("window")
    activate(window)
    page = shown(window, "history")
    model = page.model
    assert model.flags(model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable
    click_cell(page.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    keys("11")  # out of range: refused and explained
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "0 to 10" in status(window))
    assert ctx.undo.count() == 0
    click_cell(page.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    keys("3.5")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.entry(0).value == 3.5)
    click_cell(page.table, 0, NOTE)
    key(Qt.Key.Key_F2)
    keys("after physio")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.entry(0).note == "after physio")
    click_cell(page.table, 0, DATE)
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_End)  # to the year
    for _ in range(2030 - 2026):  # no future dates: four years on
        key(Qt.Key.Key_Up)
    assert focused().date().year() == 2030
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "on or before today" in status(window))
    assert ctx.undo.count() == 2 and model.entry(0).day == date(2026, 11, 20)
    undo_key()
    undo_key()
    qtbot.waitUntil(lambda: (model.entry(0).value, model.entry(0).note) == (5.0, None))
    redo_key()
    qtbot.waitUntil(lambda: model.entry(0).value == 3.5)


def test_delete_then_undo_brings_back_the_same_entries(demo_window, demo_ctx, qtbot):
    page = shown(demo_window, "history")
    alt("s", demo_window)
    keys("P")  # "Pain"
    qtbot.waitUntil(lambda: {e.kind for e in rows(page)} == {"pain"})
    before = entries_of(demo_ctx)
    doomed = [page.model.entry(0), page.model.entry(1)]
    click_cell(page.table, 0, DATE)
    click_cell(page.table, 1, DATE, CTRL)
    assert page.delete.isEnabled()
    click_seen(page.delete)
    qtbot.waitUntil(lambda: page.model.entry(0).id not in {d.id for d in doomed})
    assert len(entries_of(demo_ctx)) == len(before) - 2
    assert "Undo with Ctrl+Z" in demo_window.statusBar().currentMessage()
    undo_key()
    qtbot.waitUntil(lambda: page.model.entry(0).id == doomed[0].id)
    assert entries_of(demo_ctx) == before  # same ids, same values
    redo_key()
    qtbot.waitUntil(lambda: len(entries_of(demo_ctx)) == len(before) - 2)
