"""Runs the reminder rules on the real clock and hands what is due to a notifier.

The rules (what is due, snoozes, catch-up, once-a-day notices) are pure and tested on a fake
clock in tests/domain; this class only keeps time and delivers."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, QTimer

from ...domain.alert_types import Alert
from ...domain.reminders import ReminderState
from ...storage.errors import StorageError
from .. import operations
from ..context import Context
from .notifier import Notifier

RECHECK = timedelta(seconds=60)  # also wake every minute: sleep, suspend and clock changes


class ReminderController(QObject):
    def __init__(self, ctx: Context, notifier: Notifier) -> None:
        super().__init__()
        self.ctx, self.notifier, self.now = ctx, notifier, ctx.now
        self.service = ctx.services.reminders
        self.state: ReminderState = ctx.reminders
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        # notifications with buttons: what each answers (supplement, due date)
        self.answerable: dict[object, tuple[str, date]] = {}
        notifier.clicked.connect(lambda: ctx.signals.open_page.emit("today"))
        answered = getattr(notifier, "answered", None)
        if answered is not None:  # notifications with buttons
            answered.connect(self.answer)
        ctx.signals.changed.connect(self._reschedule)
        ctx.signals.reminders_changed.connect(self._reschedule)

    def start(self) -> None:
        """Catch up at once: doses that fell due while the app was closed are shown now."""
        self.tick()

    def tick(self) -> None:
        """Deliver what is due: at most one notification per schedule a day, and several
        things at once (the catch-up after the app was closed) as one notification."""
        now = self.now()
        today = now.date()
        try:
            hide = self.service.hide_names()
            due = self.state.to_deliver(self.service.pending(now), now)
            notices = self.service.notices(today, self.ctx.services.settings.profiles())
            for rem in due:
                self.answerable[rem.key] = (rem.supplement, rem.due)
            reminded = self.state.reminded_on(today)  # includes the reminders shown just now
            shown = [a for a in notices if a.details.get("regimen_id") not in reminded]
            if len(due) + len(shown) > 1:
                self.notifier.notify(*self.ctx.words.catch_up(due, hide, shown))
            elif due:
                self.notifier.notify(*self.ctx.words.reminder(due[0], hide), key=due[0].key)
            elif shown:
                self._notify_notice(shown[0], hide)
            if notices:  # those folded into a reminder count as said today, too
                self.service.mark_notified(notices, today)
        except StorageError as err:
            self.ctx.signals.message.emit(self.ctx.words.storage(err))
        self._reschedule()

    def _notify_notice(self, alert: Alert, hide: bool) -> None:
        """A missed dose with one open date gets Taken / Skip buttons, as a reminder does."""
        d = alert.details
        if alert.kind == "missed-dose" and int(d["count"]) == 1:
            key = ("missed", int(d["regimen_id"]), alert.date)
            self.answerable[key] = (str(d["supplement"]), alert.date)
            self.notifier.notify(*self.ctx.words.notice(alert, hide), key=key, snooze=False)
        else:
            self.notifier.notify(*self.ctx.words.notice(alert, hide))

    def answer(self, key: object, action: str) -> None:
        """A button on a notification: the same as Taken / Snooze / Skipped on the Today page.
        The dose is logged for its due date; the time is now only when it was due today."""
        found = self.answerable.get(key)
        if found is None:
            return
        supplement, due = found
        if action.startswith("snooze-") and key in self.state.shown:
            until = self.ctx.snooze(key, action.removeprefix("snooze-"))
            self.ctx.signals.message.emit(self.ctx.words.snoozed(until.strftime("%H:%M")))
            return
        if action not in ("taken", "skip"):
            return
        now = self.ctx.minute()
        at = now.time() if action == "taken" and due == now.date() else None
        saved = operations.run(self.ctx, lambda confirmed: self.ctx.services.regimens.record_dose(
            supplement=supplement, day=due, today=now.date(), at=at, skipped=action == "skip",
            confirmed=confirmed))
        if saved is not None:
            self.answerable.pop(key, None)
            if key in self.state.shown:
                self.state.answered(key)

    def _reschedule(self) -> None:
        now = self.now()
        try:
            wake = self.state.wake_at(self.service.regimens(), now)
        except StorageError:
            wake = None
        delay = RECHECK if wake is None else min(max(wake - now, timedelta(0)), RECHECK)
        self.timer.start(int(delay.total_seconds() * 1000) + 50)
