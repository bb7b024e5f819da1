"""History's Value column edited as text in the user's locale: opening a value never rounds it
(Qt's own editor is a two-decimal spin box), a lab value keeps its "<", and "50.000" is asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.printed import qualifier_of, split_printed
from ...services.entries import TypedValue
from ...wording import arg
from ..context import Context
from ..locale_numbers import exact_number, format_number, parse_number, shown_in
from ..number_readings import settle
from .history_model import HistoryModel

Index = QModelIndex | QPersistentModelIndex


class ValueDelegate(QStyledItemDelegate):
    def __init__(self, ctx: Context, model: HistoryModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.model = ctx, model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
                     ) -> QWidget:
        edit = QLineEdit(parent)
        edit.setFrame(False)
        return edit

    def shown(self, index: Index, editor: QWidget) -> str:
        """The stored value with all its digits, as the user's locale writes it."""
        e = self.model.entry(index.row())
        if e.value is None:
            return ""
        printed = e.summary.params.get("value_text") if e.kind == "lab" else None
        return qualifier_of(printed) + exact_number(e.value, editor.locale())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(self.shown(index, editor))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit) or editor.text().strip() == self.shown(index, editor):
            return  # nothing changed: nothing saved, nothing rounded
        if not settle(editor, "", editor.window()):
            return
        printed = split_printed(editor.text())
        try:
            number = parse_number(printed.number, editor.locale())
        except ValueError:
            number = None
        if number is None:
            self.ctx.signals.message.emit(arg(self.tr(
                "Not changed: type the number as your language writes it, e.g. %1."),
                format_number(7.6, shown_in(editor.locale()))))
            return
        value: Any = number
        if self.model.entry(index.row()).kind == "lab":  # the text as typed, its "<" kept:
            # "23,4" in German stays "23,4" on Labs (a stored "23.4" reads as 234 there)
            value = TypedValue(printed.qualifier + printed.number.strip(), number)
        model.setData(index, value)
