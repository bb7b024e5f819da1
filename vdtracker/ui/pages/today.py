"""Today: the alerts in force, the doses due, and the day's symptoms in under a minute."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain.day_entry import CrampPart, DayEntry, PainPart, SpasmPart
from ...services import settings as opts
from ...services.history import HISTORY_KINDS, EntryRow, HistoryFilter
from ...services.results import Saved
from ...storage.errors import StorageError
from ...wording import arg
from .. import operations
from ..context import Context, coalesced
from ..drafts import Draft, DraftKeeper
from ..leaving import set_aside
from ..tab_order import tab_stops_in
from ..widgets.alert_banner import AlertBanner
from ..widgets.day_entries import CANCEL, REPLACE, AddOrReplace, DayEntries
from ..widgets.day_form import DayForm
from ..widgets.day_picker import DayPicker
from ..widgets.doses_today import DosesToday
from ..widgets.fonts import emphasize
from ..widgets.put_back import PutBack
from ..widgets.save_bar import SaveBar
from ..widgets.welcome import Welcome
from .today_answers import DoseAnswers


class TodayPage(QScrollArea):
    """The shell puts a page that is no scroll area into one (main_window.scrolled), and Save
    would scroll away with the rest: this page is a scroll area that never scrolls itself. It
    holds the part that does (self.area: the day, the alerts, the doses, the form and the
    day's entries) above the save bar, which stays on screen at any size."""

    def __init__(self, ctx: Context, page_titles: dict[str, str]) -> None:
        super().__init__()
        self.ctx, self.page_titles = ctx, page_titles
        for policy in (self.setVerticalScrollBarPolicy, self.setHorizontalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frame = frame = QWidget(self)
        whole = QVBoxLayout(frame)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.setSpacing(0)
        self.area = QScrollArea(frame)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.area)
        lay = QVBoxLayout(body)
        self.heading = QLabel(body)
        emphasize(self.heading, 1.5)
        lay.addWidget(self.heading)
        self.welcome = Welcome(ctx, body)  # until the first schedule and lab result are in
        lay.addWidget(self.welcome)
        self.picker = DayPicker(self, ctx.today())
        self.picker.day_changed.connect(self._day_changed)
        lay.addWidget(self.picker)
        self.put_back = PutBack(body)  # what was typed before a logout or a crash, put back
        self.put_back.discard.clicked.connect(self._discard_draft)
        lay.addWidget(self.put_back)
        self.banner = AlertBanner(body)
        self.banner.open_page.connect(ctx.signals.open_page)
        lay.addWidget(self.banner)
        self.doses = DosesToday(body, ctx.now)
        lay.addWidget(self.doses)
        self.form = DayForm(body)
        self.drafts = DraftKeeper(ctx, opts.DRAFT_TODAY, self.draft, self)
        self.form.changed.connect(self._form_changed)
        self.form.note.returnPressed.connect(self.save_day)  # Return in the last field saves
        lay.addWidget(self.form)
        self.logged = DayEntries(body)  # what is already saved for the day shown
        self.logged.edit.connect(self.edit_entry)
        self.logged.delete.connect(self.delete_entry)
        lay.addWidget(self.logged)
        lay.addStretch(1)
        self.area.setWidget(body)
        whole.addWidget(self.area, 1)
        bar = SaveBar(ctx, frame)
        whole.addWidget(bar)
        self.setWidget(frame)
        self.save, self.reason, self.error = bar.save, bar.reason, bar.error
        self.saved_note, self.stop_editing = bar.saved_note, bar.stop_editing
        self.save.setText(self.tr("&Save today's entry"))
        self.save.setAccessibleName(self.tr("Save today's entry"))
        self.save.clicked.connect(self.save_day)
        QWidget.setTabOrder(self.form.note, self.save)  # then the day's entries, as before
        self.reason.setAccessibleName(self.tr("Why Save is unavailable"))
        self.saved_note.gone.connect(self._update_save)
        self.stop_editing.setText(self.tr("Keep the saved entry"))
        self.stop_editing.setToolTip(self.tr("Leave the saved entry as it is and empty the form"))
        self.stop_editing.clicked.connect(lambda: self._stop_editing())  # not clicked(bool)
        self.editing: EntryRow | None = None  # a saved entry loaded back to be changed
        self.began: datetime | None = None  # when the typing in the (empty) form began
        self.held = False  # kept on yesterday past midnight for what was typed then
        self.loaded: dict[str, object] | None = None  # the form as the entry edited was loaded
        self.feedback = operations.Feedback(self.error, self.form.fields(), hide_when_clear=True)
        self.answers = DoseAnswers(ctx, self, self.feedback, self.saved_note, lambda: self.day,
                                   self.refresh)
        self.answers.listen_to(self.banner, self.doses)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, self.save_day).setWhatsThis(
                self.tr("Save what is typed for the day"))
        later = coalesced(self, self.refresh)
        ctx.signals.changed.connect(later)
        ctx.signals.settings_changed.connect(later)
        ctx.signals.reminders_changed.connect(later)
        ctx.signals.day_changed.connect(self._new_day)
        ctx.signals.store_replaced.connect(self._store_replaced)
        self.refresh()
        self._put_back(self.drafts.stored())
        self._update_save()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The frame is exactly the size shown (never its preferred height, which a resizable
        scroll area would give it, the save bar below the window's edge)."""
        super().resizeEvent(event)
        self.frame.resize(self.viewport().size())

    @property
    def day(self) -> date:
        """The day the form logs for: today, or a past day the user went back to."""
        return self.picker.day

    def _day_changed(self, day: date) -> None:
        """Another day: the form keeps what was typed; doses and saved entries follow."""
        self.held = False  # the patient chose the day
        self.saved_note.follow_day(day)  # "Saved: …" of another day would read as this one's
        if self.editing is not None and self.editing.day != day:
            self._stop_editing(clear=False)
        self.refresh()
        self._update_save()
        self.drafts.typed()

    def _new_day(self, today: date) -> None:
        """The clock passed midnight (the window ran on, or slept). A page on "today" moves on
        with it, unless the form holds what was typed for the day before: that stays on its
        day, said in the heading and on the Save button, until it is saved or cleared."""
        was_today = self.picker.day == self.picker.today
        typed_before = self.began is not None and self.began.date() < today
        self.doses.typed.clear()  # a time typed last night is no time for today's doses
        self.picker.set_today(today)
        if was_today and (self.form.is_empty() or not typed_before):
            self.picker.show_day(today)
        else:
            self.held = was_today  # back to today once that typing is saved or discarded
        self.refresh()
        self._update_save()

    def _store_replaced(self) -> None:
        """A backup was restored: the entry being changed is not the restored store's. What is
        typed stays, to be saved as a new entry (Add or Replace is asked, as ever)."""
        if self.editing is not None:
            self.editing = None
            self.loaded = None
            self.stop_editing.hide()
            self.refresh()

    def _form_changed(self) -> None:
        if self.form.is_empty():
            self.began = None
            if self.held:  # the typing that kept the page on yesterday is saved or cleared
                self.held = False
                self.picker.show_day(self.picker.today)
        elif self.began is None:
            self.began = self.ctx.now()
        self._update_save()
        self.drafts.typed()

    def draft(self) -> Draft | None:
        """What the form holds, to be kept while it is not saved (None: nothing typed)."""
        if self.form.is_empty() or self._unchanged():
            return None
        old = self.editing
        return Draft(self.day, self.form.values(), (old.kind, old.id) if old else None,
                     self.began)

    def _unchanged(self) -> bool:
        """A saved entry loaded back to be changed, and nothing changed in it yet."""
        return self.editing is not None and self.form.values() == self.loaded

    def _put_back(self, draft: Draft | None) -> None:
        """The typing a logout, a crash or a closed window left unsaved, back in the form."""
        if draft is None or not self.form.is_empty():
            return
        day = min(draft.day or self.picker.today, self.picker.today)
        self.picker.show_day(day)
        if draft.editing is not None:
            kind, entry_id = draft.editing
            self.editing = next((r for r in self.logged.rows
                                 if r.kind == kind and r.id == entry_id), None)
            self.stop_editing.setVisible(self.editing is not None)
        self.form.set_values(draft.values)
        # typed on a day before today: saved with the time it was typed, then back to today
        self.began, self.held = draft.began or self.began, day < self.picker.today
        self.put_back.say(arg(self.tr(
            "What you typed for %1 and had not saved yet is back in the form below (the window "
            "was closed or the app stopped before you saved). Save it, or discard it."),
            self.ctx.words.weekday_day(self.day)))
        self.refresh()

    def _discard_draft(self) -> None:
        self._stop_editing()
        self.put_back.hide()
        self.drafts.write_now()

    def refresh(self) -> None:
        if self.ctx.check_day():
            return  # _new_day showed the new day
        today, words = self.picker.today, self.ctx.words
        day = self.day
        if day == today:
            self.heading.setText(arg(self.tr("Today, %1"), words.weekday_day(today)))
            self.save.setText(self.tr("&Save today's entry"))
        else:
            self.heading.setText(arg(self.tr("%1 (%2)"), words.weekday_day(day),
                                     words.ago((today - day).days)))
            self.save.setText(arg(self.tr("&Save the entry for %1"), words.weekday_day(day)))
        if self.editing is not None:
            self.save.setText(self.tr("&Save the change"))
        self.save.setAccessibleName(self.save.text().replace("&", ""))
        services = self.ctx.services
        self.welcome.refresh()
        try:
            self._show_logged(day)
            alerts, due = services.alerts.today(today, day, services.settings.profiles())
            self.banner.show_alerts(alerts, self.page_titles, words)
            now = self.ctx.now()
            snoozed = {k: t for k, t in self.ctx.reminders.snoozed.items() if t > now}
            self.doses.show_doses(due, words, day, today, snoozed)
        except StorageError as err:
            self.feedback.show(self.ctx, self.ctx.words.storage(err))
        self._tab_as_shown()

    def _tab_as_shown(self) -> None:
        """Tab goes down the page as it reads: the day, the welcome, the alerts' buttons and the
        doses (rebuilt on each refresh, so otherwise last in the chain), then the form."""
        chain: list[QWidget] = [self.picker.back]
        for box in (self.welcome, self.banner, self.doses):
            chain += tab_stops_in(box)
        chain.append(self.form.pain)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def entry(self) -> DayEntry:
        """What the form holds, as the typed day entry the diary service saves."""
        f = self.form
        score = f.pain.value()
        day, old = self.day, self.editing
        at = self.ctx.minute().time() if day == self.ctx.today() else None
        if self.held and self.began is not None and self.began.date() == day:
            at = self.began.time().replace(second=0, microsecond=0)  # typed then, saved later
        # what the form has no field for (set on the command line) goes back as it was saved
        kept = old.summary.params if old is not None else {}
        daytime = bool(kept.get("daytime")) if old is not None and old.kind == "cramp" else False
        duration = kept.get("duration_min") if old is not None and old.kind == "spasm" else None
        return DayEntry(
            day=day, at=old.time if old is not None and old.kind != "cramp" else at,
            cramp_night=old.day if old is not None and old.kind == "cramp" else None,
            pain=None if score is None else PainPart(score, f.pain_region.currentText() or None),
            cramps=CrampPart(count=f.cramp_count.value(), severity=f.cramp_severity.value(),
                             longest_min=f.cramp_minutes.value() or None,
                             sleep=f.cramp_sleep.value(),
                             region=f.cramp_region.currentText() or None,
                             side=f.cramp_side.currentData(), daytime=daytime),
            spasm=SpasmPart(count=f.spasm_count.value(), severity=f.spasm_severity.value(),
                            region=f.spasm_region.currentText() or None, duration_min=duration),
            note=f.note.text())

    def _update_save(self) -> None:
        problem = self.entry().problem(self.ctx.today())
        reason = None
        if problem is not None and problem.field in ("entry", "cramp_count", "spasm_count"):
            reason = self.ctx.words.reason(problem.reason)
        refused = self.form.refused()
        if refused is not None:  # "11" typed: the box still holds 1, which must not be saved
            reason = arg(self.tr("%1 takes %2: correct what was typed there."), *refused)
            problem = None
        self.save.setEnabled(reason is None)
        self.save.setToolTip(reason or "")
        self.reason.setText(reason or "")
        # just saved and nothing typed since: "Saved: …" says it all, "Nothing to save" is noise
        empty = problem is not None and problem.reason.kind == "nothing-to-save"
        self.reason.setVisible(not (empty and self.saved_note.isVisibleTo(self)))

    def save_day(self) -> bool:
        """Save the form (True when saved). A changed entry replaces the one loaded; a second
        pain, cramp or spasm entry for the day asks whether it is another one or replaces the
        saved one. A day that began since the page was drawn is taken in first (_new_day)."""
        self.ctx.check_day()
        if not self.save.isEnabled():
            return False
        entry = self.entry()
        old = [(self.editing.kind, self.editing.id)] if self.editing is not None else []
        # the latest saved row of each kind this entry adds again (cramps: the same night),
        # read from the store: what the list below shows may not be drawn yet
        latest = {r.kind: r for r in reversed(self._rows_of(entry.day))}
        twice = [latest[kind] for kind in entry.parts() if kind in latest]
        if twice and not old:
            question = AddOrReplace(self, self.ctx.words, twice)
            choice = question.ask()
            question.deleteLater()
            if choice == CANCEL:
                return False
            if choice == REPLACE:
                old = [(r.kind, r.id) for r in twice]

        def save(_confirmed: bool) -> Saved:
            saved = self.ctx.services.diary.save_day(entry, today=self.ctx.today())
            return operations.replacing(self.ctx, saved, old) if old else saved
        done = operations.run(self.ctx, save, feedback=self.feedback)
        if done is None:
            return False
        self.saved_note.said(done, day=entry.day)
        self._stop_editing()
        self.put_back.hide()
        self.drafts.write_now()  # saved: nothing of it may be offered back after a crash
        self._update_save()
        # off the text boxes: their own Ctrl+Z would swallow the window's Undo of this save
        self.setFocus()
        return True

    def unsaved_work(self) -> str | None:
        """What would be lost on closing: anything typed in the day's form (None when empty),
        a severity or a side without its count too."""
        if self.form.is_empty() or self._unchanged():
            return None
        return arg(self.tr("The entry typed on Today for %1 is not saved yet."),
                   self.ctx.words.weekday_day(self.day))

    def save_work(self) -> bool:
        return self.save_day()

    def discard_work(self) -> None:
        self._discard_draft()

    def edit_entry(self, r: EntryRow) -> None:
        """Edit: the saved entry's values go back into the form, where the patient typed them;
        Save then replaces the entry (one undo step). What was typed and not saved is asked
        about first, and the form is emptied, so nothing of it rides along with the entry."""
        if self.editing is None and not set_aside(self, self, self.tr(
                "Save it before changing the saved entry, discard it, or go back to it?")):
            return
        self.editing = r
        self.form.load(r.kind, r.summary.params, r.note)
        self.loaded = self.form.values()  # to tell a change from an entry left as it was
        self.stop_editing.show()
        self.refresh()
        self._update_save()
        self.area.ensureWidgetVisible(self.form)

    def _stop_editing(self, clear: bool = True) -> None:
        if clear:
            self.form.clear()
        if self.editing is not None:
            self.editing = None
            self.stop_editing.hide()
            self.refresh()

    def delete_entry(self, r: EntryRow) -> None:
        text = arg(self.tr("Delete %1"), self.ctx.words.entry(r.summary))
        done = operations.run(self.ctx, lambda _confirmed: self.ctx.services.entries.delete(
            [(r.kind, r.id)]), feedback=self.feedback, undo_text=text)
        if done is not None:
            if self.editing is not None and self.editing.id == r.id:
                self._stop_editing()
            self.saved_note.said(done, arg(self.tr("Deleted %1 (%2)."),
                                           self.ctx.words.entry(r.summary),
                                           self.ctx.words.weekday_day(r.day)), self.day)

    def _rows_of(self, day: date) -> list[EntryRow]:
        """The day's entries, latest first; cramps are those of the night before (as the form
        logs them)."""
        entries = self.ctx.services.history
        others = tuple(k for k in HISTORY_KINDS if k != "cramp")
        rows = entries.page(HistoryFilter(others, day, day), 0, 50)
        night = day - timedelta(days=1)
        rows += entries.page(HistoryFilter(("cramp",), night, night), 0, 20)
        rows.sort(key=lambda r: (r.time is not None, r.time or time(0)), reverse=True)
        return rows

    def _show_logged(self, day: date) -> None:
        self.logged.show_rows(self._rows_of(day), self.ctx.words)

