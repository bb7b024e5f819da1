"""History's Value column: opening a value never rounds it, typing follows the user's locale,
and a lab value keeps its "<"."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyleOptionViewItem

from builders import add_lab, add_schedule
from conftest import TODAY
from tests_ui_helpers import entries_of


def editor_for(page, row):
    index = page.model.index(row, 4)
    delegate = page.table.itemDelegateForColumn(4)
    editor = delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    return delegate, editor, index


def test_opening_and_closing_a_value_changes_nothing(window, ctx, qtbot):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=1.125, unit="mg", every_days=7,
                 start=TODAY, confirmed=True)
    ctx.services.regimens.record_dose(supplement="Vitamin D3", day=TODAY, today=TODAY)
    page = window.page("history")
    page._refresh()
    delegate, editor, index = editor_for(page, 0)
    assert editor.text() == "1.125"  # Qt's own editor showed 1.13 and saved it on closing
    delegate.setModelData(editor, page.model, index)
    assert ctx.undo.count() == 0
    assert [e.value for e in entries_of(ctx)] == [1.125]
    editor.setText("1.25")
    delegate.setModelData(editor, page.model, index)
    assert [e.value for e in entries_of(ctx)] == [1.25]


def test_a_german_lab_value_keeps_its_qualifier(window, ctx, qtbot):
    add_lab(ctx.services, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    page = window.page("history")
    page._refresh()
    delegate, editor, index = editor_for(page, 0)
    editor.setLocale(QLocale("de_DE"))
    delegate.setEditorData(editor, index)
    assert editor.text() == "<10"
    editor.setText("<7,5")
    delegate.setModelData(editor, page.model, index)
    [r] = ctx.services.labs.list()
    assert (r.value, r.value_text, r.flag) == (7.5, "<7.5", "below")
