"""History's Value column: opening a value never rounds it, typing follows the user's locale,
and a lab value keeps its "<" — opened with F2 on the shown table, typed, Enter."""

import pytest
from PySide6.QtCore import QLocale, Qt

from builders import add_lab, add_schedule
from conftest import TODAY
from real_event_helpers import click_cell, focused, key, keys
from tests_ui_helpers import activate, entries_of, shown
from vdtracker.ui.window_words import window_wording

VALUE = 4


def test_opening_and_closing_a_value_changes_nothing(request, ctx, qtbot):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=1.125, unit="mg", every_days=7,
                 start=TODAY, confirmed=True)
    ctx.services.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY)
    window = request.getfixturevalue("window")
    activate(window)
    page = shown(window, "history")
    click_cell(page.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    assert focused().text() == "1.125"  # Qt's own editor showed 1.13 and saved it on closing
    key(Qt.Key.Key_Return)
    qtbot.wait(50)  # the commit Enter queues has had its turn
    assert ctx.undo.count() == 0
    assert [e.value for e in entries_of(ctx)] == [1.125]
    click_cell(page.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    keys("1.25")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.undo.count() == 1)
    assert [e.value for e in entries_of(ctx)] == [1.25]


@pytest.fixture
def german_window(qtbot, ctx):
    """The window as it opens under LANG=de_DE."""
    from vdtracker.ui.main_window import MainWindow

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    ctx.words = window_wording(QLocale("de_DE"))
    add_lab(ctx.services, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    w = MainWindow(ctx)
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "quitting", True))
    w.show()
    activate(w)
    yield w
    QLocale.setDefault(before)


def test_a_german_lab_value_keeps_its_qualifier_and_its_comma(german_window, ctx, qtbot):
    """Kept as typed, as the Labs form keeps it: "<7.5" on a German Labs page reads as 75."""
    page = shown(german_window, "history")
    click_cell(page.table, 0, VALUE)
    key(Qt.Key.Key_F2)
    assert focused().text() == "<10"
    keys("<7,5")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.undo.count() == 1)
    [r] = ctx.services.labs.list()
    assert (r.value, r.value_text, r.flag) == (7.5, "<7,5", "below")
    labs = shown(german_window, "labs")
    qtbot.waitUntil(lambda: "<7,5" in labs.results.model.index(0, 2).data())
