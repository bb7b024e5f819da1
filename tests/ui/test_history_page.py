"""History: newest first, lazily fetched, filterable; edit and delete in place with undo/redo."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from builders import log_pain
from conftest import TODAY
from tests_ui_helpers import entries_of
from vdtracker.ui import undo_steps
from vdtracker.ui.tables.history_model import PAGE, HistoryModel


def test_the_model_passes_qt_model_checks(qtmodeltester, demo_ctx):
    model = HistoryModel(demo_ctx.services.entries, lambda *a: True)
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_long_histories_are_fetched_a_page_at_a_time(demo_window, demo_ctx):
    page = demo_window.page("history")
    model = page.model
    assert model.total == demo_ctx.services.entries.count(model.filter) > 2 * PAGE
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    days = [model.entry(i).day for i in range(model.rowCount())]
    assert days == sorted(days, reverse=True) and days[0] <= TODAY


def shown(page):
    return [page.model.entry(i) for i in range(page.model.rowCount())]


def test_filter_by_kind_and_dates(demo_window, demo_ctx):
    labs = demo_ctx.services.labs.list()  # the Labs page's query: an oracle apart from History
    page = demo_window.page("history")
    page.show_kind("lab")
    assert sorted(e.id for e in shown(page) if e.kind == "lab") == sorted(r.id for r in labs)
    assert page.model.total == len(labs) and {e.kind for e in shown(page)} == {"lab"}
    since = [r for r in labs if r.day >= date(2026, 1, 1)]
    assert 0 < len(since) < len(labs)  # the date filter has something to show and to hide
    page.use_from.setChecked(True)
    page.first.setDate(QDate(2026, 1, 1))
    assert sorted(e.id for e in shown(page)) == sorted(r.id for r in since)
    assert page.model.total == len(since) and f"{len(since)} entries" in page.count.text()


def test_edit_in_place_checks_and_undoes(window, ctx, qtbot):
    log_pain(ctx.services, 5, day=date(2026, 11, 20), today=TODAY, region="neck")
    page = window.page("history")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    value = model.index(0, 4)
    assert model.flags(value) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(value, 11)  # out of range: refused and explained
    assert "0 to 10" in window.statusBar().currentMessage()
    assert model.setData(value, 3.5)
    qtbot.waitUntil(lambda: model.entry(0).value == 3.5)
    assert model.setData(model.index(0, 5), "after physio")
    qtbot.waitUntil(lambda: model.entry(0).note == "after physio")
    assert not model.setData(model.index(0, 0), QDate(2030, 1, 1))  # no future dates
    undo_steps.undo(ctx)
    undo_steps.undo(ctx)
    qtbot.waitUntil(lambda: (model.entry(0).value, model.entry(0).note) == (5.0, None))
    undo_steps.redo(ctx)
    qtbot.waitUntil(lambda: model.entry(0).value == 3.5)


def test_delete_then_undo_brings_back_the_same_entries(demo_window, demo_ctx, qtbot):
    page = demo_window.page("history")
    page.show_kind("pain")
    before = entries_of(demo_ctx)
    doomed = [page.model.entry(0), page.model.entry(1)]
    sel = page.table.selectionModel()
    for row in (0, 1):
        sel.select(page.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    assert page.delete.isEnabled()
    qtbot.mouseClick(page.delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.entry(0).id not in {d.id for d in doomed})
    assert len(entries_of(demo_ctx)) == len(before) - 2
    assert "Undo with Ctrl+Z" in demo_window.statusBar().currentMessage()
    demo_window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.entry(0).id == doomed[0].id)
    assert entries_of(demo_ctx) == before  # same ids, same values
    demo_window.redo_action.trigger()
    qtbot.waitUntil(lambda: len(entries_of(demo_ctx)) == len(before) - 2)
