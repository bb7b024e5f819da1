"""Supplements, by real clicks: the first half of a moved schedule chosen and Delete clicked is
refused beside Save, naming the later half (nothing changes); the later half deleted undoes the
move — the list shows one schedule to its original end, the status bar and the saved note say
the move is undone — and Ctrl+Z / Ctrl+Shift+Z take it back and again exactly."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import WIDE, click_cell, click_seen, opened, redo_key, undo_key
from tests_ui_helpers import shown

START = date(2026, 11, 1)  # a Sunday: 50,000 IU weekly for 12 weeks
LATE = date(2026, 11, 18)  # Wednesday: the dose due Sunday 15 Nov, taken late
END = START + timedelta(weeks=12) - timedelta(days=1)
# the move takes the end along with the dates: 3 days (Sunday 15 → Wednesday 18 Nov)
MOVED_END = END + (LATE - date(2026, 11, 15))


def rows_shown(page):
    """The Supplements list as shown: supplement, from, to, status."""
    m = page.model
    cols = [m.COLUMNS.index(c) for c in ("supplement", "from", "to", "status")]
    return [tuple(m.data(m.index(r, c), Qt.ItemDataRole.DisplayRole) for c in cols)
            for r in range(m.rowCount())]


def stored(ctx):
    return [(r.id, r.start, r.end, r.moved_on) for r in ctx.services.regimens.list(TODAY)]


def test_the_later_half_deleted_by_a_click_undoes_the_move(ctx, request, qtbot):
    svc = ctx.services
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, weeks=12, phase="loading")
    for day in (START, START + timedelta(days=7), LATE):
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    svc.regimens.move(1, day=LATE, today=LATE)
    moved = stored(ctx)
    nxt = LATE + timedelta(days=7)
    assert moved == [(1, START, LATE, LATE), (2, nxt, MOVED_END, None)]

    window = opened(request, WIDE)
    page = shown(window, "supplements")
    w = ctx.words
    shown_moved = rows_shown(page)
    assert [r[1:3] for r in shown_moved] == [(w.day(START), f"{w.day(LATE)} (moved)"),
                                             (w.day(nxt), w.day(MOVED_END))]

    click_cell(page.table, 0, 0)  # the first half alone: refused, nothing changes
    click_seen(page.delete)
    assert page.reason.text() == (
        f"Not saved: it was moved on {w.day(LATE)} and carries on as Vitamin D3 50,000 IU "
        f"weekly from {w.day(nxt)}: delete that one first (that undoes the move), then this "
        "one.")
    assert page.reason.isVisible()
    assert stored(ctx) == moved and rows_shown(page) == shown_moved

    click_cell(page.table, 1, 0)  # the later half: the move is undone
    click_seen(page.delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert stored(ctx) == [(1, START, END, None)]
    assert rows_shown(page) == [("Vitamin D3", w.day(START), w.day(END), "active")]
    undone = (f"the move is undone: Vitamin D3 50,000 IU weekly from {w.day(START)} goes on "
              f"as before, to {w.day(END)}")
    assert window.statusBar().currentMessage() == (
        f"Deleted: Vitamin D3 50,000 IU weekly from {w.day(nxt)}; {undone}. Undo with Ctrl+Z.")
    assert page.saved_note.said_text == (
        f"Deleted: Vitamin D3 50,000 IU weekly from {w.day(nxt)}; {undone}.")
    assert len(svc.regimens.doses()) == 3  # every dose stays in the diary

    undo_key()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert stored(ctx) == moved and rows_shown(page) == shown_moved
    redo_key()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert stored(ctx) == [(1, START, END, None)]
