"""'Count what I have…' and 'Add a pack…': a supplement's count (form, what one unit holds) or
a pack bought, typed in the user's number style; saved only when the store takes it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.supplies import FORMS
from ...services.results import Saved
from ...services.supplies import SupplyView
from ...wording import arg
from .. import operations
from ..context import Context
from ..locale_numbers import exact_number, format_number, parse_number, shown_in
from ..number_readings import settle
from ..widgets.dose_unit_box import DoseUnitBox, buddy_label

COUNT, PACK = "count", "pack"


class SupplyDialog(QDialog):
    """`kind` COUNT: supplement, count, form and (optional) what one unit holds, the last
    count's form and holding filled in; PACK: a counted supplement and the units in the pack.
    Save saves (one undo step) and closes; a refusal is said beside the box and the dialog
    stays open with what was typed. `saved`: what was saved, once it was."""

    def __init__(self, parent: QWidget | None, ctx: Context, kind: str, names: list[str],
                 counted: list[SupplyView]) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.words = ctx.words
        self.counted = {v.supplement: v for v in counted}
        self.saved: Saved | None = None
        self.setWindowTitle(self.tr("Count what I have") if kind == COUNT
                            else self.tr("Add a pack"))
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Count the units you have now (capsules, tablets, drops …): the app takes off each "
            "dose you log and says how far the rest goes at your saved schedules.")
            if kind == COUNT else self.tr(
            "How many units are in the pack you bought: they are added to what you have."), self)
        intro.setWordWrap(True)
        intro.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        outer.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        self.supplement = QComboBox(self)
        self.supplement.addItems(names)
        self.supplement.setAccessibleName(self.tr("Supplement"))
        form.addRow(self.tr("Su&pplement"), self.supplement)
        count_row = QHBoxLayout()
        self.count = QLineEdit(self)
        self.count.setAccessibleName(self.tr("Number of units") if kind == COUNT
                                     else self.tr("Number of units in the pack"))
        count_row.addWidget(self.count, 1)
        self.form = QComboBox(self)
        for f in FORMS:
            self.form.addItem(self.words.supplies.form_name(f), f)
        self.form.setAccessibleName(self.tr("Form"))
        self.form_shown = QLabel(self)  # a pack: the form of the last count, said
        count_row.addWidget(self.form_shown)
        said = self.tr("&Count") if kind == COUNT else self.tr("&Units in the pack")
        form.addRow(buddy_label(said, self.count, self), count_row)
        holds_row = QHBoxLayout()
        self.holds = QLineEdit(self)
        self.holds.setAccessibleName(self.tr("Amount one unit holds (optional)"))
        self.holds.setPlaceholderText(self.tr("as on the pack (optional)"))
        self.unit = DoseUnitBox(self, self.words)  # as packs print it, kept canonical
        self.unit.setAccessibleName(self.tr("Unit of what one unit holds"))
        holds_row.addWidget(self.holds, 1)
        holds_row.addWidget(self.unit)
        if kind == COUNT:
            form.addRow(self.tr("&Form"), self.form)
            form.addRow(buddy_label(self.tr("One unit &holds"), self.holds, self), holds_row)
        else:
            for w in (self.form, self.holds, self.unit):
                w.hide()
        self.reason = QLabel(self)  # why it was not saved, beside the boxes
        self.reason.setWordWrap(True)
        self.reason.hide()
        outer.addWidget(self.reason)
        self.feedback = operations.Feedback(self.reason, {
            "count": (self.tr("Count"), self.count),
            "form": (self.tr("Form"), self.form),
            "holds": (self.tr("One unit holds"), self.holds),
            "supply_name": (self.tr("Supplement"), self.supplement)}, hide_when_clear=True)
        buttons = QDialogButtonBox(self)
        self.save = QPushButton(self.tr("&Save"), self)
        self.save.setDefault(True)  # Enter saves
        self.cancel = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save.clicked.connect(self._save_clicked)
        self.cancel.clicked.connect(self.reject)
        outer.addWidget(buttons)
        self.supplement.currentIndexChanged.connect(self._fill)
        self.form.currentIndexChanged.connect(self._say_form)
        self._fill()
        self.count.setFocus()

    def _fill(self) -> None:
        """The last count's form and holding for the supplement chosen (a pack: its form)."""
        known = self.counted.get(self.supplement.currentText())
        if known is None:  # nothing of another supplement's count carried over
            self.holds.clear()
            self._say_form()
            return
        self.form.setCurrentIndex(max(0, self.form.findData(known.form)))
        self.form_shown.setText(self.words.supplies.form_name(known.form))
        if known.holds_amount is not None and known.holds_unit is not None:
            self.holds.setText(exact_number(known.holds_amount, shown_in(self.locale())))
            self.unit.setCurrentIndex(max(0, self.unit.findData(known.holds_unit)))
        else:
            self.holds.clear()

    def _say_form(self) -> None:
        """Beside the count, the form it counts ('12 [capsules]')."""
        if self.kind == COUNT:
            self.form_shown.setText(self.words.supplies.form_name(str(self.form.currentData())))

    def _number(self, box: QLineEdit, name: str) -> float | None | bool:
        """The number typed (None: nothing typed); False, said beside the box, when it is not
        a number as the user's locale writes numbers."""
        try:
            return parse_number(box.text(), box.locale())
        except ValueError:
            example = format_number(12 if box is self.count else 1000, shown_in(box.locale()))
            self.feedback.show(self.ctx, arg(self.tr("type a number, e.g. %1"), example), name)
            return False

    def values(self) -> tuple[str, float, str, float | None, str | None] | None:
        """(supplement, count, form, holds amount, holds unit) as typed, or None with the
        reason said beside the box."""
        count = self._number(self.count, "count")
        if count is False:
            return None
        if count is None:
            self.feedback.show(self.ctx, self.tr("type how many units you have") if
                               self.kind == COUNT else
                               self.tr("type how many units are in the pack"), "count")
            return None
        holds = self._number(self.holds, "holds") if self.kind == COUNT else None
        if holds is False:
            return None
        amount = holds if isinstance(holds, float) else None
        unit = str(self.unit.currentData()) if amount is not None else None
        return (self.supplement.currentText(), float(count), str(self.form.currentData()),
                amount, unit)

    def _save_clicked(self) -> None:
        self.feedback.clear()
        if not settle(self.count, "", self):
            return  # "1.000" read two ways: the user checks first
        if self.kind == COUNT and not settle(self.holds, self.unit.currentText(), self):
            return
        typed = self.values()
        if typed is None:
            return
        name, count, form, amount, unit = typed
        now, supplies = self.ctx.now(), self.ctx.services.supplies
        if self.kind == COUNT:
            self.saved = operations.run(self.ctx, lambda _c: supplies.set(
                name, count, now, form, amount, unit), feedback=self.feedback, ask_parent=self)
        else:
            self.saved = operations.run(self.ctx, lambda _c: supplies.add(name, count, now),
                                        feedback=self.feedback, ask_parent=self)
        if self.saved is not None:
            self.accept()
        else:  # the reason may wrap to several lines: room for them, the boxes keep theirs
            self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))


__all__ = ["COUNT", "PACK", "SupplyDialog"]
