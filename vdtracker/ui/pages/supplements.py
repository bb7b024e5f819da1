"""Supplements: the saved schedules on a time line and in a table; add, change, follow, stop."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services import settings as opts
from ...services.results import RegimenView
from ...storage.errors import StorageError
from ...wording import arg
from .. import operations
from ..context import Context, coalesced
from ..dialogs.past_doses import LEAVE_OPEN, ONE_BY_ONE, OneByOneDialog, PastDosesQuestion
from ..dialogs.stop_early import StopEarlyDialog
from ..drafts import Draft, DraftKeeper
from ..locale_numbers import date_box
from ..number_readings import settle
from ..tables.regimen_model import RegimenModel
from ..tables.row_table import row_table
from ..widgets.dates import pydate, qdate
from ..widgets.put_back import PutBack
from ..widgets.regimen_form import RegimenForm
from ..widgets.saved_note import SavedNote
from ..widgets.supply_panel import SupplyPanel
from ..widgets.timeline import RegimenTimeline


class SupplementsPage(QScrollArea):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.loaded: object = None  # the saved schedule as loaded by Change…, to see edits
        self.setWidgetResizable(True)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self.timeline = RegimenTimeline(body, ctx.words, ctx.today())
        lay.addWidget(self.timeline)
        self.model = RegimenModel(ctx.words)
        self.table = row_table(self.model, self.tr("Saved schedules"), body)
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        # fits 760 px; larger text scrolls sideways rather than cutting a button off
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setMinimumHeight(self.fontMetrics().height() * 9)
        lay.addWidget(self.table)
        actions = QHBoxLayout()
        self.change = QPushButton(self.tr("&Change…"), body)
        self.follow = QPushButton(self.tr("Add the ne&xt phase…"), body)
        self.stop_on = date_box(body, today=ctx.today)
        self.stop_on.setAccessibleName(self.tr("Date the schedule stopped"))
        self.stop = QPushButton(self.tr("S&top early on this date"), body)
        self.delete = QPushButton(self.tr("Delete (entered &by mistake)"), body)
        self.delete.setToolTip(self.tr("Removes the schedule; the doses you logged for it stay "
                                       "in your history. Undo with Ctrl+Z."))
        # two short rows, not one long one: an 800-px screen shows every button
        for w in (self.change, self.follow):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.delete)
        lay.addLayout(actions)
        stopping = QHBoxLayout()
        stopping.addWidget(self.stop_on)
        stopping.addWidget(self.stop)
        stopping.addStretch(1)
        lay.addLayout(stopping)
        self.supplies = SupplyPanel(ctx, body)  # what is left and how far it goes
        lay.addWidget(self.supplies)
        self.put_back = PutBack(body)  # a schedule typed before a logout or a crash, put back
        self.put_back.discard.clicked.connect(self.discard_work)
        lay.addWidget(self.put_back)
        self.form = RegimenForm(body, ctx.today())
        lay.addWidget(self.form)
        row = QHBoxLayout()
        self.save = QPushButton(self.tr("Save schedu&le"), body)
        self.cancel = QPushButton(self.tr("Clear the form"), body)
        self.reason = QLabel(body)
        self.reason.setWordWrap(True)
        row.addWidget(self.save)
        row.addWidget(self.cancel)
        self.saved_note = SavedNote(ctx, body)
        row.addWidget(self.saved_note, 2)
        row.addWidget(self.reason, 1)
        lay.addLayout(row)
        self.feedback = operations.Feedback(self.reason, self.form.fields())
        lay.addStretch(1)
        self.setWidget(body)
        self.change.clicked.connect(self._change_selected)
        self.follow.clicked.connect(self._follow_selected)
        self.stop.clicked.connect(self.stop_selected)
        self.delete.clicked.connect(self.delete_selected)
        ctx.signals.focus_form.connect(self._focus_form)
        self.save.clicked.connect(self.save_form)
        self.form.note.returnPressed.connect(self._save_if_ready)  # Return in the last field
        for keys in ("Ctrl+S", "Ctrl+Return"):  # as on Today: save the form from any field
            QShortcut(QKeySequence(keys), self, self._save_if_ready).setWhatsThis(
                self.tr("Save the schedule typed"))
        self.cancel.clicked.connect(lambda: self.form.reset(ctx.today()))
        self.form.changed.connect(self._update_save)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        ctx.signals.changed.connect(coalesced(self, self.refresh))
        ctx.signals.day_changed.connect(self._new_day)
        ctx.signals.store_replaced.connect(self._store_replaced)
        self.refresh()
        self.form.reset(ctx.today(), self._names())
        self.drafts = DraftKeeper(ctx, opts.DRAFT_SCHEDULE, self.draft, self)
        self._put_back(self.drafts.stored())
        self.form.changed.connect(self.drafts.typed)

    def _store_replaced(self) -> None:
        """A backup was restored: the schedule being changed is not the restored store's; what
        is typed stays, to be saved as a new schedule."""
        if self.form.editing is not None:
            self.form.forget_editing()
            self.loaded = None

    def _names(self) -> list[str]:
        return sorted({r.supplement for r in self.model.rows})

    def draft(self) -> Draft | None:
        """The schedule typed and not saved, kept while it is typed (None: nothing typed)."""
        if self.unsaved_work() is None:
            return None
        editing = self.form.editing
        return Draft(None, self.form.values(), ("regimen", editing) if editing else None)

    def _put_back(self, draft: Draft | None) -> None:
        """A schedule typed before the window closed or the app stopped, back in the form."""
        if draft is None:
            return
        if draft.editing is not None:
            saved = next((r for r in self.model.rows if r.id == draft.editing[1]), None)
            if saved is not None:
                self.form.load(saved)
                self.loaded = self.form.plan()
        self.form.set_values(draft.values)
        self.put_back.say(self.tr("The schedule you typed and had not saved yet is back in the "
                                  "form below (the window was closed or the app stopped before "
                                  "you saved). Save it, or discard it."))

    def discard_work(self) -> None:
        """Discard (on leaving, or beside the form): empty, and no draft is kept."""
        self.form.reset(self.ctx.today(), self._names())
        self.put_back.hide()
        self.drafts.write_now()

    def refresh(self) -> None:
        today = self.ctx.today()
        rows = self.ctx.services.regimens.list(today)
        lapses = {int(a.details["regimen_id"]): (a.date, self.ctx.words.lapse_band(a))
                  for a in self.ctx.services.alerts.alerts(today)
                  if a.kind == "lapsed-maintenance"}  # "stopped on …", not "no dose since"
        ended = [(g.regimen.id, g.since, g.until, self.ctx.words.story.gap(g, today))
                 for g in self.ctx.services.summary.gaps(today) if g.until is not None]
        self.model.set_rows(rows)
        self.timeline.show_rows(rows, lapses, today, ended)
        self.stop_on.setDate(qdate(today))
        self._update_actions()

    def _new_day(self, today: date) -> None:
        """Past midnight: the time line, the stop date and an empty form start from the new
        today (a schedule being typed keeps the dates typed)."""
        empty = self.unsaved_work() is None and self.form.editing is None
        self.form.today = today
        if empty:
            self.form.reset(today, self._names())
        self.refresh()

    def _change_selected(self) -> None:
        r = self._selected()
        if r is not None:
            self.form.load(r)
            self.loaded = self.form.plan()

    def _follow_selected(self) -> None:
        r = self._selected()
        if r is not None:
            self.form.follow(r, self.ctx.today())

    def _selected(self) -> RegimenView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_actions(self) -> None:
        r = self._selected()
        for w in (self.change, self.follow, self.delete):
            w.setEnabled(r is not None)
        self.stop.setEnabled(r is not None and r.status == "active")

    def _update_save(self) -> None:
        reason = self.form.missing_reason()
        self.feedback.clear()
        self.save.setEnabled(reason is None)
        self.save.setToolTip(reason or "")
        self.reason.setText(reason or "")

    def _save_if_ready(self) -> None:
        if self.save.isEnabled():
            self.save_form()

    def save_form(self) -> None:
        if not settle(self.form.amount, self.form.unit.currentText(), self):
            return  # "50.000" read two ways: the user checks the prescription first
        plan, replace_id = self.form.plan(), self.form.editing
        saved = operations.run(
            self.ctx, lambda confirmed: self.ctx.services.regimens.add(
                plan, confirmed=confirmed, replace_id=replace_id),
            feedback=self.feedback, ask_parent=self)
        if saved is not None:
            self.saved_note.said(saved)
            self.form.reset(self.ctx.today(), self._names())
            self.put_back.hide()
            self.drafts.write_now()  # saved: nothing of it may be offered back after a crash
            if replace_id is None:
                self._ask_about_past_doses(saved.id, plan.start)

    def _ask_about_past_doses(self, regimen_id: int, start: date) -> None:
        """Asked once, right after a new schedule is saved with a start in the past."""
        today = self.ctx.today()
        try:
            dates = self.ctx.services.due_doses.open_before(regimen_id, today)
        except StorageError as err:
            self.feedback.show(self.ctx, self.ctx.words.storage(err))
            return
        if not dates:
            return
        question = PastDosesQuestion(self, self.ctx.words, start, len(dates))
        choice = question.ask()
        question.deleteLater()
        if choice == LEAVE_OPEN:
            return
        answers = [(due, True) for due in dates]
        if choice == ONE_BY_ONE:
            what = next((self.ctx.words.schedule(r.plan)
                         for r in self.ctx.services.regimens.list(today)
                         if r.id == regimen_id and r.plan is not None), "")
            dialog = OneByOneDialog(self, self.ctx.words, what, dates)
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.answers():
                return
            answers = dialog.answers()
        operations.run(self.ctx, lambda _confirmed: self.ctx.services.regimens.record_doses(
            regimen_id, answers, today=today), feedback=self.feedback)

    def stop_selected(self) -> None:
        """Stop early on the date beside the button, with the reason and note the patient may
        give in a small dialog. A date the schedule cannot stop on is refused beside the box
        first, before anything is typed that would be lost."""
        r = self._selected()
        if r is None:
            return
        day, today = pydate(self.stop_on.date()), self.ctx.today()
        why = note = None
        last = min(today, r.end) if r.end else today
        if r.start <= day <= last and r.plan is not None:
            w = self.ctx.words
            dialog = StopEarlyDialog(self, w.schedule(r.plan), w.day(r.start), w.day(day))
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            why, note = dialog.answer()
            dialog.deleteLater()
            if not accepted:
                return
        saved = operations.run(self.ctx, lambda _confirmed: self.ctx.services.regimens.stop(
            r.id, day=day, today=today, why=why, note=note),
            feedback=operations.Feedback(self.reason,
                                         {"date": (self.tr("Stop date"), self.stop_on)}))
        if saved is not None:
            self.saved_note.said(saved)

    def delete_selected(self) -> None:
        """A schedule entered by mistake: gone with its clinician's decisions; its logged doses
        stay in the history (no longer linked to it). The later half of a moved schedule goes
        with the move undone; the first half alone is refused (services.moves). Undo puts it
        all back."""
        r = self._selected()
        if r is None:
            return
        what = self.ctx.words.schedule(r.plan) if r.plan else r.supplement
        text = arg(self.tr("Delete the schedule %1 from %2"), what, self.ctx.words.day(r.start))
        saved = operations.run(self.ctx, lambda _confirmed: self.ctx.services.entries.delete(
            [("regimen", r.id)]), feedback=self.feedback, undo_text=text)
        if saved is not None:
            if self.form.editing == r.id:
                self.form.reset(self.ctx.today())
            day = self.ctx.words.day(r.start)  # which schedule, in full: "from 10 Dec" alone
            unmoved = "; ".join(self.ctx.words.what(u) for u in saved.message["unmoved"])
            if unmoved:  # the later half of a moved schedule: the first goes on as before
                self.saved_note.said(saved, arg(self.tr("Deleted: %1 from %2; %3."), what,
                                                day, unmoved))
                self.ctx.signals.message.emit(arg(self.tr(
                    "Deleted: %1 from %2; %3. Undo with Ctrl+Z."), what, day, unmoved))
                return
            self.saved_note.said(saved, arg(self.tr("Deleted: %1 from %2."), what, day))
            self.ctx.signals.message.emit(arg(self.tr("Deleted: %1 from %2. Undo with Ctrl+Z."),
                                              what, day))

    def _focus_form(self, page: str) -> None:
        if page == "supplements":
            self.form.supplement.setFocus()
            self.ensureWidgetVisible(self.form)

    def unsaved_work(self) -> str | None:
        """A schedule typed (or changed) in the form and not saved yet."""
        f = self.form
        if not (f.supplement.currentText().strip() or f.amount.text().strip()):
            return None
        if f.editing is not None and f.plan() == self.loaded:
            return None
        return self.tr("The schedule typed on Supplements is not saved yet.")

    def save_work(self) -> bool:
        if not self.save.isEnabled():
            self.ctx.signals.open_page.emit("supplements")
            return False
        before = self.ctx.undo.index()
        self.save_form()
        return self.ctx.undo.index() != before
