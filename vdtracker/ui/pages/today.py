"""Today: the alerts in force, the doses due, and the day's symptoms in under a minute."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.day_entry import CrampPart, DayEntry, PainPart, SpasmPart
from ...services.entries import HistoryFilter
from ...storage.errors import StorageError
from ...wording import arg
from .. import operations
from ..context import Context, coalesced
from ..dialogs.no_maintenance import NoMaintenanceDialog
from ..dialogs.taken_on import TakenOnDialog
from ..widgets.alert_banner import AlertBanner
from ..widgets.day_form import DayForm
from ..widgets.day_picker import DayPicker
from ..widgets.doses_today import DosesToday
from ..widgets.fonts import emphasize


class TodayPage(QScrollArea):
    def __init__(self, ctx: Context, page_titles: dict[str, str]) -> None:
        super().__init__()
        self.ctx, self.page_titles = ctx, page_titles
        self.setWidgetResizable(True)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self.heading = QLabel(body)
        emphasize(self.heading, 1.5)
        lay.addWidget(self.heading)
        self.picker = DayPicker(self, ctx.today())
        self.picker.day_changed.connect(self._day_changed)
        lay.addWidget(self.picker)
        self.banner = AlertBanner(body)
        self.banner.open_page.connect(ctx.signals.open_page)
        self.banner.answered.connect(self._missed_answered)
        self.banner.taken_on.connect(self._taken_on)
        self.banner.count_late.connect(self._count_late)
        self.banner.no_maintenance.connect(self._no_maintenance)
        lay.addWidget(self.banner)
        self.doses = DosesToday(body)
        self.doses.answered.connect(self._dose_answered)
        self.doses.snoozed.connect(self._snoozed)
        lay.addWidget(self.doses)
        self.form = DayForm(body)
        self.form.changed.connect(self._update_save)
        lay.addWidget(self.form)
        row = QHBoxLayout()
        self.save = QPushButton(self.tr("&Save today's entry"), body)
        self.save.setAccessibleName(self.tr("Save today's entry"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_day)
        self.reason = QLabel(body)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why Save is unavailable"))
        row.addWidget(self.save)
        row.addWidget(self.reason, 1)
        lay.addLayout(row)
        self.error = QLabel(body)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        emphasize(self.error)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        lay.addWidget(self.error)
        self.logged = QLabel(body)  # what is already saved for the day shown, below Save
        self.logged.setWordWrap(True)
        self.logged.setAccessibleName(self.tr("Already saved for this day"))
        lay.addWidget(self.logged)
        self.feedback = operations.Feedback(self.error, self.form.fields(), hide_when_clear=True)
        lay.addStretch(1)
        self.setWidget(body)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self, self.save_day)
        later = coalesced(self, self.refresh)
        ctx.signals.changed.connect(later)
        ctx.signals.settings_changed.connect(later)
        ctx.signals.reminders_changed.connect(later)
        self.refresh()
        self._update_save()

    @property
    def day(self) -> date:
        """The day the form logs for: today, or a past day the user went back to."""
        return self.picker.day

    def _day_changed(self, day: date) -> None:
        """Another day: the form keeps what was typed; doses and saved entries follow."""
        self.refresh()
        self._update_save()

    def refresh(self) -> None:
        today, words = self.ctx.today(), self.ctx.words
        self.picker.set_today(today)
        day = self.day
        if day == today:
            self.heading.setText(arg(self.tr("Today, %1"), words.weekday_day(today)))
            self.save.setText(self.tr("&Save today's entry"))
        else:
            self.heading.setText(arg(self.tr("%1 (%2)"), words.weekday_day(day),
                                     words.ago((today - day).days)))
            self.save.setText(arg(self.tr("&Save the entry for %1"), words.weekday_day(day)))
        self.save.setAccessibleName(self.save.text().replace("&", ""))
        self._show_logged(day)
        services = self.ctx.services
        try:
            alerts = services.alerts.alerts(today, services.settings.profiles())
            self.banner.show_alerts(alerts, self.page_titles, words)
            now = self.ctx.now()
            snoozed = {k: t for k, t in self.ctx.reminders.snoozed.items() if t > now}
            self.doses.show_doses(services.due_doses.due(day), words, now, snoozed)
        except StorageError as err:
            self.feedback.show(self.ctx, self.ctx.words.storage(err))

    def entry(self) -> DayEntry:
        """What the form holds, as the typed day entry the diary service saves."""
        f = self.form
        score = f.pain.value()
        day = self.day
        return DayEntry(
            day=day, at=self.ctx.minute().time() if day == self.ctx.today() else None,
            pain=None if score is None else PainPart(score, f.pain_region.currentText() or None),
            cramps=CrampPart(count=f.cramp_count.value(), severity=f.cramp_severity.value(),
                             longest_min=f.cramp_minutes.value() or None,
                             sleep=f.cramp_sleep.value(),
                             region=f.cramp_region.currentText() or None,
                             side=f.cramp_side.currentData()),
            spasm=SpasmPart(count=f.spasm_count.value(), severity=f.spasm_severity.value(),
                            region=f.spasm_region.currentText() or None),
            note=f.note.text())

    def _update_save(self) -> None:
        problem = self.entry().problem(self.ctx.today())
        reason = None
        if problem is not None and problem.field in ("entry", "cramp_count", "spasm_count"):
            reason = self.ctx.words.reason(problem.reason)
        self.save.setEnabled(reason is None)
        self.save.setToolTip(reason or "")
        self.reason.setText(reason or "")

    def save_day(self) -> None:
        if not self.save.isEnabled():
            return
        entry = self.entry()
        saved = operations.run(
            self.ctx, lambda _confirmed: self.ctx.services.diary.save_day(
                entry, today=self.ctx.today()),
            feedback=self.feedback, undo_text=self.save.text().replace("&", ""))
        if saved is not None:
            self.form.clear()
            # off the text boxes: their own Ctrl+Z would swallow the window's Undo of this save
            self.setFocus()

    def _show_logged(self, day: date) -> None:
        entries = self.ctx.services.entries
        rows = entries.page(HistoryFilter(first=day, last=day), 0, 20)
        if not rows:
            self.logged.setText(self.tr("Nothing saved for this day yet."))
            return
        lines = "; ".join(self.ctx.words.entry(r.summary) for r in rows)
        self.logged.setText(arg(self.tr("Already saved for this day: %1"), lines))

    def _dose_answered(self, regimen_id: int, supplement: str, at: time | None) -> None:
        day = self.day
        operations.run(self.ctx, lambda confirmed: self.ctx.services.regimens.record_dose(
            supplement=supplement, day=day, today=self.ctx.today(), at=at, skipped=at is None,
            confirmed=confirmed), feedback=self.feedback, ask_parent=self)

    def _missed_answered(self, regimen_id: int, supplement: str, due: date, taken: bool) -> None:
        """A missed dose answered from its alert: logged for its own due date (undoable)."""
        operations.run(self.ctx, lambda confirmed: self.ctx.services.regimens.record_dose(
            supplement=supplement, day=due, today=self.ctx.today(), skipped=not taken,
            confirmed=confirmed), feedback=self.feedback, ask_parent=self)

    def _taken_on(self, regimen_id: int, supplement: str, due: date) -> None:
        """'Taken on…': the day (the due date unless changed) and, if remembered, the time."""
        words = self.ctx.words
        question = arg(self.tr("When did you take the dose of %1 due on %2?"), supplement,
                       words.weekday_day(due))
        dialog = TakenOnDialog(self, question, due, self.ctx.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, at = dialog.answer()
        operations.run(self.ctx, lambda confirmed: self.ctx.services.regimens.record_dose(
            supplement=supplement, day=day, today=self.ctx.today(), at=at,
            confirmed=confirmed), feedback=self.feedback, ask_parent=self)

    def _count_late(self, dose_id: int, due: date) -> None:
        """A dose logged just after its due date's grace window, counted for that date."""
        operations.run(self.ctx, lambda _confirmed: self.ctx.services.entries.update(
            "dose", dose_id, "day", due, today=self.ctx.today()), feedback=self.feedback)

    def _no_maintenance(self, regimen_id: int) -> None:
        today = self.ctx.today()
        course = next((r for r in self.ctx.services.regimens.list(today) if r.id == regimen_id),
                      None)
        if course is None or course.plan is None:
            return
        dialog = NoMaintenanceDialog(self, self.ctx.words.schedule(course.plan), course.start,
                                     today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day, note = dialog.answer()
        operations.run(self.ctx, lambda _confirmed: self.ctx.services.regimens.no_maintenance(
            regimen_id, day=day, today=today, note=note), feedback=self.feedback)

    def _snoozed(self, regimen_id: int, due: date, choice: str) -> None:
        until = self.ctx.snooze((regimen_id, due), choice)
        self.ctx.signals.message.emit(self.ctx.words.snoozed(until.strftime("%H:%M")))
