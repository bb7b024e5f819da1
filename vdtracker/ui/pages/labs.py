"""Labs: add a result exactly as printed, see it in both units against the report's range."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.printed import qualifier_of, split_printed
from ...domain.units import ANALYTES, VITAMIN_D
from ...services import settings as opts
from ...services.history import HistoryFilter
from ...services.labs import LabInput, LabView
from ...services.results import Saved
from ...wording import arg
from .. import operations
from ..context import Context, coalesced
from ..drafts import Draft, DraftKeeper
from ..leaving import set_aside
from ..locale_numbers import date_box, exact_number, format_number, parse_number, shown_in
from ..number_readings import settle
from ..widgets.dates import pydate, qdate
from ..widgets.dose_unit_box import buddy_label
from ..widgets.lab_results import LabResults
from ..widgets.put_back import PutBack
from ..widgets.retest_box import RetestBox
from ..widgets.saved_note import SavedNote


def printed_number(edit: QLineEdit) -> float | None:
    """The number in a result typed as printed ("<10", German "7,6"): the qualifier is kept in
    the text the service stores, the number is read in the user's locale."""
    return parse_number(split_printed(edit.text()).number, edit.locale())


def number(edit: QLineEdit) -> float | None:
    """What is typed, read in the user's locale (German "1.200" is 1200, "7,6" is 7.6);
    raises ValueError for text that is not a number there."""
    return parse_number(edit.text(), edit.locale())


class LabsPage(QScrollArea):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWidgetResizable(True)  # a small screen or large text scrolls, nothing is cut
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self.results = LabResults(ctx.words, body)  # the table, or what will appear there
        self.table, self.model = self.results.table, self.results.model
        self.results.edit.connect(self.edit_result)
        self.results.delete.connect(self.delete_result)
        self.editing: LabView | None = None  # a saved result loaded into the form to change
        self.loaded: tuple[object, ...] = ()  # the form as that result was loaded into it
        self.range_carried = False  # the range in the form is the last saved result's
        lay.addWidget(self.results, 1)
        self.put_back = PutBack(body)  # a result typed before a logout or a crash, put back
        self.put_back.discard.clicked.connect(self.discard_work)
        lay.addWidget(self.put_back)
        forms = self.forms = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        add = QGroupBox(self.tr("Add a result as printed on the report"), self)
        self.add_box = add
        f = QFormLayout(add)
        self.analyte = QComboBox(add)
        for code in ANALYTES:
            self.analyte.addItem(ctx.words.common.analyte(code), code)
        self.analyte.setAccessibleName(self.tr("Test"))
        f.addRow(self.tr("&Test"), self.analyte)
        value_row = QHBoxLayout()
        self.value = QLineEdit(add)
        # No QDoubleValidator: on leaving the box its fix-up rewrote a refused German "1.5" as
        # "1,50E+01" (15). parse_number is the one reader; the form says why until it reads.
        self.value.setAccessibleName(self.tr("Result value"))
        self.unit = QComboBox(add)
        self.unit.setAccessibleName(self.tr("Unit as printed"))
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit)
        f.addRow(buddy_label(self.tr("&Result"), self.value, add), value_row)
        self.day = date_box(add, ctx.today(), today=ctx.today)
        self.day_default = ctx.today()  # the box follows a new day until the user changes it
        self.day.setAccessibleName(self.tr("Date of the test"))
        f.addRow(self.tr("&Date"), self.day)
        self.lab = QLineEdit(add)
        self.lab.setAccessibleName(self.tr("Lab name"))
        self.lab.setPlaceholderText(self.tr("optional"))
        f.addRow(self.tr("&Lab"), self.lab)
        range_row = QHBoxLayout()
        self.low = QLineEdit(add)
        self.high = QLineEdit(add)
        for w, name in ((self.low, self.tr("Low end of the report's range")),
                        (self.high, self.tr("High end of the report's range"))):
            w.setAccessibleName(name)
            w.setPlaceholderText(self.tr("optional"))
        range_row.addWidget(self.low)
        range_row.addWidget(QLabel("–", add))
        range_row.addWidget(self.high)
        self.range_unit = QLabel(add)  # the range is in the result's unit, said beside it
        range_row.addWidget(self.range_unit)
        f.addRow(buddy_label(self.tr("Report's ra&nge"), self.low, add), range_row)
        self.save = QPushButton(self.tr("&Save result"), add)
        self.reason = QLabel(add)
        self.reason.setWordWrap(True)
        f.addRow(self.save, self.reason)
        self.keep = QPushButton(self.tr("&Keep the saved result"), add)
        self.keep.setToolTip(self.tr("Leave the saved result as it is and empty the form"))
        self.keep.clicked.connect(lambda: self.stop_editing())  # not clicked(bool) as `clear`
        self.keep.hide()
        self.saved_note = SavedNote(ctx, add)
        f.addRow(self.keep, self.saved_note)
        forms.addWidget(add, 2)
        self.feedback = operations.Feedback(self.reason, {
            "value": (self.tr("Result"), self.value), "unit": (self.tr("Unit"), self.unit),
            "date": (self.tr("Date"), self.day), "low": (self.tr("Report's range"), self.low),
            "high": (self.tr("Report's range"), self.high), "lab": (self.tr("Lab"), self.lab)})
        recheck = self.retest = RetestBox(ctx, self)
        forms.addWidget(recheck, 1)
        self.form_boxes = (add, recheck)
        lay.addLayout(forms)
        self.setWidget(body)
        ctx.signals.focus_form.connect(self._focus_form)
        self.analyte.currentIndexChanged.connect(self._units)
        # a range belongs to its test, unit and lab: any of them changed, it is typed again
        self.unit.currentTextChanged.connect(self._range_unit)
        self.lab.textEdited.connect(self._lab_changed)
        for edge in (self.low, self.high):  # typed for this result: kept (see _clear_range)
            edge.textEdited.connect(lambda _text: setattr(self, "range_carried", False))
        self.day.lineEdit().textChanged.connect(self._update_save)
        self.day.dateChanged.connect(self._update_save)  # a date kept over bad text, let go
        for sig in (self.value.textChanged, self.low.textChanged, self.high.textChanged):
            sig.connect(self._update_save)
        self.save.clicked.connect(self.save_result)
        for last in (self.lab, self.high):  # Return in the last fields saves
            last.returnPressed.connect(self.save_result)
        for keys in ("Ctrl+S", "Ctrl+Return"):  # as on Today: save the result from any field
            QShortcut(QKeySequence(keys), self, self.save_result).setWhatsThis(
                self.tr("Save the result typed"))
        ctx.signals.changed.connect(coalesced(self, self.refresh))
        ctx.signals.settings_changed.connect(coalesced(self, self.refresh))
        ctx.signals.day_changed.connect(self._new_day)
        ctx.signals.store_replaced.connect(lambda: self.stop_editing(clear=False))
        self._units()
        self.refresh()
        self.drafts = DraftKeeper(ctx, opts.DRAFT_LAB, self.draft, self)
        self._put_back(self.drafts.stored())
        for typed in (self.value.textChanged, self.low.textChanged, self.high.textChanged,
                      self.lab.textChanged, self.unit.currentTextChanged,
                      self.analyte.currentIndexChanged, self.day.dateChanged):
            typed.connect(self.drafts.typed)
        self._update_save()

    def draft(self) -> Draft | None:
        """The result typed and not saved, kept while it is typed (None: nothing typed). A
        range typed before its value is typing too; one left from the last result is not."""
        typed_range = not self.range_carried and bool(self.low.text() or self.high.text())
        if self.unsaved_work() is None and not typed_range:
            return None
        return Draft(None, {"analyte": self.analyte.currentData(), "unit": self.unit.currentText(),
                            "value": self.value.text(), "day": pydate(self.day.date()).isoformat(),
                            "lab": self.lab.text(), "low": self.low.text(),
                            "high": self.high.text()},
                     ("lab", self.editing.id) if self.editing is not None else None)

    def _put_back(self, draft: Draft | None) -> None:
        """A result typed before the window closed or the app stopped, back in the form."""
        if draft is None:
            return
        v = {k: str(x) for k, x in draft.values.items() if isinstance(x, str)}
        if draft.editing is not None:
            saved = next((r for r in self.ctx.services.labs.list()
                          if r.id == draft.editing[1]), None)
            if saved is not None:
                self.edit_result(saved)
        self.analyte.setCurrentIndex(max(self.analyte.findData(v.get("analyte")), 0))
        self.unit.setCurrentText(v.get("unit", self.unit.currentText()))
        for edit, key in ((self.value, "value"), (self.lab, "lab"), (self.low, "low"),
                          (self.high, "high")):
            edit.setText(v.get(key, ""))
        with contextlib.suppress(ValueError):
            self.day.setDate(qdate(date.fromisoformat(v.get("day", ""))))
        self.put_back.say(self.tr("The lab result you typed and had not saved yet is back in the "
                                  "form below (the window was closed or the app stopped before "
                                  "you saved). Save it, or discard it."))

    def discard_work(self) -> None:
        """Discard (on leaving, or beside the form): empty, and no draft is kept."""
        self.stop_editing()
        for w in (self.value, self.low, self.high, self.lab):
            w.setText("")
        self.put_back.hide()
        self.drafts.write_now()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The two forms side by side where they fit, one above the other where they do not
        (1024 px, 200 % text): nothing is cut off or scrolled sideways."""
        need = sum(box.sizeHint().width() for box in self.form_boxes) + 40
        self.forms.setDirection(QBoxLayout.Direction.LeftToRight
                                if self.viewport().width() >= need
                                else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def _new_day(self, today: date) -> None:
        """The window ran past midnight: a result's date still on the old "today", with
        nothing typed, moves on (a date the user chose, or a result being typed, stays)."""
        if pydate(self.day.date()) == self.day_default and self.editing is None \
                and not self.value.text().strip():
            self.day.setDate(qdate(today))
        self.day_default = today

    def _units(self) -> None:
        """The units reports print for the test; vitamin D starts in the unit Settings shows."""
        code = self.analyte.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems(list(ANALYTES[code].printed))
        if code == VITAMIN_D:
            self.unit.setCurrentText(self.ctx.services.settings.vitamin_d_unit())
        self.unit.blockSignals(False)
        self._range_unit()

    def _range_unit(self) -> None:
        self.range_unit.setText(self.unit.currentText())
        self._clear_range()

    def _lab_changed(self) -> None:
        """Another lab prints another range; a saved result being changed keeps its own."""
        if self.editing is None:
            self._clear_range()

    def _clear_range(self) -> None:
        """A range left from the result saved before belongs to its test, unit and lab: one of
        them changed, it goes. A range typed for this result stays, in whatever order the
        fields were filled (typing the lab's name after it wiped it before)."""
        if self.range_carried:
            self.low.setText("")  # setText, not clear(): Ctrl+Z must not bring it back
            self.high.setText("")
            self.range_carried = False

    def refresh(self) -> None:
        self.results.set_rows(self.ctx.services.labs.list(),
                              self.ctx.services.settings.profiles())
        self.retest.refresh()

    def _missing(self) -> str | None:
        try:
            value, low, high = printed_number(self.value), number(self.low), number(self.high)
        except ValueError:
            return arg(self.tr("Type the numbers as printed, written as in your language, "
                               "e.g. %1."), format_number(7.6, shown_in(self.value.locale())))
        if value is None:
            return self.tr("Type the result as printed on the report.")
        if self.day.unread():
            return self.day.unread()
        if low is not None and high is not None and low >= high:
            return self.tr("The low end of the range must be below the high end.")
        return None

    def _update_save(self) -> None:
        reason = self._missing()
        self.save.setEnabled(reason is None)
        self.save.setToolTip(reason or "")
        self.reason.setText(reason or "")

    def save_result(self) -> None:
        if self._missing():
            return
        unit = self.unit.currentText()
        if not all(settle(edit, unit, self) for edit in (self.value, self.low, self.high)):
            return  # a number that reads two ways: the user checks the report first
        result = LabInput(analyte=self.analyte.currentData(), value_text=self.value.text().strip(),
                          unit=self.unit.currentText(), day=pydate(self.day.date()),
                          low=number(self.low), high=number(self.high),
                          value=printed_number(self.value),
                          lab_name=self.lab.text() or None)
        old = self.editing
        if old is not None:  # the form's note is not shown: the saved one is kept
            result = replace(result, note=self._note_of(old))

        def save(confirmed: bool) -> Saved:
            saved = self.ctx.services.labs.add(result, today=self.ctx.today(),
                                               confirmed=confirmed)
            return operations.replacing(self.ctx, saved, [("lab", old.id)]) if old else saved
        saved = operations.run(self.ctx, save, feedback=self.feedback, ask_parent=self)
        if saved is not None:
            self.value.setText("")  # saved: Ctrl+Z in the box must not bring it back
            self.stop_editing()
            # the range stays for the next result of the same report, until its test, unit or
            # lab changes
            self.range_carried = bool(self.low.text() or self.high.text())
            self.saved_note.said(saved)
            self.put_back.hide()
            self.drafts.write_now()  # saved: nothing of it may be offered back after a crash

    def edit_result(self, r: LabView) -> None:
        """The saved result back in the form, to change it; Save replaces it (one undo step).
        A result typed and not saved is asked about first."""
        if self.editing is None and not set_aside(self, self, self.tr(
                "Save it before changing the saved result, discard it, or go back to it?")):
            return
        self.editing = r
        self.add_box.setTitle(arg(self.tr("Change the result of %1"), self.ctx.words.day(r.day)))
        self.save.setText(self.tr("&Save the change"))
        self.keep.show()
        self.analyte.setCurrentIndex(max(self.analyte.findData(r.analyte), 0))
        known = self.unit.findText(r.unit) >= 0  # older rows kept "ug/L" for µg/L
        self.unit.setCurrentText(r.unit if known else ANALYTES[r.analyte].canonical_unit(r.unit))
        loc = self.value.locale()  # the stored number in today's locale, never rounded
        self.value.setText(qualifier_of(r.value_text) + exact_number(r.value, loc))
        self.day.setDate(qdate(r.day))
        self.low.setText("" if r.low is None else exact_number(r.low, loc))
        self.high.setText("" if r.high is None else exact_number(r.high, loc))
        self.lab.setText(r.lab_name or "")
        self.loaded = self._form_state()
        self.value.setFocus()
        self.ensureWidgetVisible(self.add_box)

    def _form_state(self) -> tuple[object, ...]:
        """Everything the form holds, to tell a loaded result changed from one left as it was."""
        return (self.analyte.currentData(), self.unit.currentText(), self.value.text(),
                self.day.date(), self.low.text(), self.high.text(), self.lab.text())

    def stop_editing(self, clear: bool = True) -> None:
        """Back to adding a result; the form emptied (unless `clear` is False: a restore keeps
        what is typed, to be saved as a new result)."""
        if self.editing is None:
            return
        self.editing = None
        self.add_box.setTitle(self.tr("Add a result as printed on the report"))
        self.save.setText(self.tr("&Save result"))
        self.keep.hide()
        if clear:
            for w in (self.value, self.low, self.high, self.lab):
                w.setText("")

    def delete_result(self, r: LabView) -> None:
        words = self.ctx.words
        text = arg(self.tr("Delete the %1 result of %2"), words.common.analyte(r.analyte),
                   words.day(r.day))
        saved = operations.run(self.ctx, lambda _confirmed: self.ctx.services.entries.delete(
            [("lab", r.id)]), feedback=self.feedback, undo_text=text)
        if saved is not None:
            if self.editing is not None and self.editing.id == r.id:
                self.stop_editing()
            self.saved_note.said(saved, arg(self.tr("Deleted the %1 result of %2."),
                                            words.common.analyte(r.analyte), words.day(r.day)))

    def _note_of(self, r: LabView) -> str | None:
        rows = self.ctx.services.entries.page(HistoryFilter(("lab",), r.day, r.day), 0, 100)
        return next((e.note for e in rows if e.id == r.id), None)

    def _focus_form(self, page: str) -> None:
        if page == "labs":
            self.value.setFocus()
            self.ensureWidgetVisible(self.add_box)

    def unsaved_work(self) -> str | None:
        """A result typed in the form (or a loaded one changed) and not saved yet."""
        if not self.value.text().strip():
            return None
        if self.editing is not None and self._form_state() == self.loaded:
            return None
        return self.tr("The lab result typed on Labs is not saved yet.")

    def save_work(self) -> bool:
        if self._missing():
            return False
        before = self.ctx.undo.index()
        self.save_result()
        return self.ctx.undo.index() != before
