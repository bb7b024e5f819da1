"""Today's answers to its alerts and its due doses: each logs a dose (one undo step) and says so
beside Save. A dose answered "Taken" with no time typed is logged at the minute of the click.
A lab flag marked as discussed with the clinician (or the mark taken back) is said in the
status bar; the card itself shows the change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.alert_types import Alert
from ...domain.breaks import suggested_span
from ...services.results import Saved
from ...storage.errors import StorageError
from ...wording import arg
from .. import move_asking, operations
from ..context import Context
from ..dialogs.no_maintenance import NoMaintenanceDialog
from ..dialogs.stopped_taking import StoppedTakingDialog
from ..dialogs.taken_on import TakenOnDialog
from ..widgets.alert_banner import AlertBanner
from ..widgets.doses_today import DosesToday
from ..widgets.saved_note import SavedNote


class DoseAnswers(QObject):
    """`day()` is the day the page shows; `refresh()` shows it again (after a new day began)."""

    def __init__(self, ctx: Context, page: QWidget, feedback: operations.Feedback,
                 note: SavedNote, day: Callable[[], date], refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self.ctx, self.page, self.feedback, self.note = ctx, page, feedback, note
        self.day, self.refresh = day, refresh

    def listen_to(self, banner: AlertBanner, doses: DosesToday) -> None:
        banner.answered.connect(self.missed)
        banner.taken_on.connect(self.taken_on)
        banner.count_late.connect(self.count_late)
        banner.move_late.connect(self.move_late)
        banner.no_maintenance.connect(self.no_maintenance)
        banner.stopped_taking.connect(self.stopped_taking)
        banner.discussed.connect(self.discussed)
        banner.not_discussed.connect(self.not_discussed)
        doses.answered.connect(self.dose)
        doses.snoozed.connect(self.snoozed)

    def _said(self, saved: Saved | None) -> None:
        if saved is not None:
            self.note.said(saved, day=self.day())

    def _record(self, supplement: str, day: date, at: time | None, taken: bool,
                late_for: date | None = None) -> None:
        record = self.ctx.services.doses.record
        saved = operations.run(self.ctx, lambda confirmed: record(
            supplement=supplement, day=day, today=self.ctx.today(), at=at, skipped=not taken,
            confirmed=confirmed, late_for=late_for), feedback=self.feedback,
            ask_parent=self.page)
        self._said(saved)
        # a weekly dose taken days late asks once: keep its day, or move the rest to this one
        self._said(move_asking.ask_after(self.ctx, self.page, saved, self.feedback))

    def dose(self, regimen_id: int, supplement: str, at: time | None, taken: bool) -> None:
        """A row of the doses due on the day shown. Past midnight since the rows were drawn,
        they are drawn again for the new day and nothing is logged from the old ones."""
        if self.ctx.check_day():
            self.refresh()
            self.ctx.signals.message.emit(arg(QCoreApplication.translate(
                "TodayPage", "It is %1 now: nothing was logged from the doses drawn before "
                "midnight. Answer again on the doses shown now."),
                self.ctx.words.weekday_day(self.ctx.today())))
            return
        day = self.day()
        if taken and at is None and day == self.ctx.today():
            at = self.ctx.minute().time()  # the moment of the click, not of the last refresh
        self._record(supplement, day, at, taken)

    def missed(self, regimen_id: int, supplement: str, due: date, taken: bool) -> None:
        """A missed dose answered from its alert: logged for its own due date (undoable)."""
        self._record(supplement, due, None, taken)

    def taken_on(self, regimen_id: int, supplement: str, due: date) -> None:
        """'Taken on…': the day (the due date unless changed) and, if remembered, the time."""
        question = arg(QCoreApplication.translate(
            "TodayPage", "When did you take the dose of %1 due on %2?"), supplement,
            self.ctx.words.weekday_day(due))
        dialog = TakenOnDialog(self.page, question, due, self.ctx.now)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        day, at = dialog.answer()
        dialog.deleteLater()
        if accepted:  # a later day: taken late for this due date (the day as taken)
            self._record(supplement, day, at, True, late_for=due if day > due else None)

    def count_late(self, dose_id: int, due: date) -> None:
        """A dose logged just after its due date's grace window, counted for that date (its
        own day stays the day it was taken)."""
        self._said(operations.run(self.ctx, lambda _confirmed: self.ctx.services.regimens
                                  .count_for(dose_id, due), feedback=self.feedback))

    def move_late(self, dose_id: int) -> None:
        """'Move the rest of this schedule to Wednesdays…' on a missed dose's card (a dose
        logged late here, from a notification or on the command line): the same question."""
        offer = move_asking.offer_for(self.ctx, dose_id)
        if offer is None:
            self.ctx.signals.message.emit(self.ctx.words.moves.nothing_to_move())
            return
        self._said(move_asking.ask(self.ctx, self.page, offer, self.feedback))

    def no_maintenance(self, regimen_id: int) -> None:
        today = self.ctx.today()
        course = next((r for r in self.ctx.services.regimens.list(today) if r.id == regimen_id),
                      None)
        if course is None or course.plan is None:
            return
        dialog = NoMaintenanceDialog(self.page, self.ctx.words.schedule(course.plan),
                                     course.start, today)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        day, note = dialog.answer()
        dialog.deleteLater()
        if accepted:
            operations.run(self.ctx, lambda _confirmed: self.ctx.services.regimens.no_maintenance(
                regimen_id, day=day, today=today, note=note), feedback=self.feedback)

    def stopped_taking(self, regimen_id: int, anchor: date) -> None:
        """'I had stopped taking it': the time without a dose around the open date `anchor`
        first, as the patient changes it; Save settles it as one undo step."""
        today = self.ctx.today()
        regimen = next((r for r in self.ctx.services.regimens.list(today) if r.id == regimen_id),
                       None)
        if regimen is None or regimen.plan is None:
            return
        taken = [d.day for d in self.ctx.services.regimens.doses(today)
                 if d.regimen_id == regimen_id and not d.skipped]
        first, last = suggested_span(taken, regimen.start, anchor, today)
        dialog = StoppedTakingDialog(self.page, self.ctx.words.schedule(regimen.plan),
                                     regimen.start, first, last, today)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        first, last, why, note = dialog.answer()
        dialog.deleteLater()
        if accepted:
            operations.run(self.ctx, lambda _confirmed: self.ctx.services.regimens.stopped_taking(
                regimen_id, first=first, last=last, today=today, why=why, note=note),
                feedback=self.feedback)

    def discussed(self, alert: Alert) -> None:
        """The flag stays, quiet, until the next result of its test is entered."""
        self._mark(lambda: self.ctx.services.alerts.mark_discussed(alert, self.ctx.today()),
                   QCoreApplication.translate(
                       "TodayPage", "Marked as discussed with your clinician: it stays in the "
                       "list as one line until the next result of this test is entered."))

    def not_discussed(self, analyte: str) -> None:
        self._mark(lambda: self.ctx.services.alerts.unmark_discussed(analyte),
                   QCoreApplication.translate("TodayPage", "No longer marked as discussed."))

    def _mark(self, change: Callable[[], None], said: str) -> None:
        try:
            change()
        except StorageError as err:
            self.feedback.show(self.ctx, self.ctx.words.storage(err))
            return
        self.ctx.signals.changed.emit()
        self.ctx.signals.message.emit(said)

    def snoozed(self, regimen_id: int, due: date, choice: str) -> None:
        until = self.ctx.snooze((regimen_id, due), choice)
        self.ctx.signals.message.emit(self.ctx.words.snoozed(until.strftime("%H:%M")))
