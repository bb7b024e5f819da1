"""Runs the reminder rules on the real clock and hands what is due to a notifier.

The rules (what is due, snoozes, catch-up, once-a-day notices) are pure and tested on a fake
clock in tests/domain; this class only keeps time and delivers."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer

from ...domain.reminders import Reminder, ReminderState
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
        self.delivered: dict[object, Reminder] = {}
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
        now = self.now()
        try:
            hide = self.service.hide_names()
            due = self.state.to_deliver(self.service.pending(now), now)
            for rem in due:
                self.delivered[rem.key] = rem
            if len(due) == 1:
                self.notifier.notify(*self.ctx.words.reminder(due[0], hide), key=due[0].key)
            elif due:  # catch-up after the app was closed: one notification, not one per dose
                self.notifier.notify(*self.ctx.words.catch_up(due, hide))
            notices = self.service.notices(now.date(), self.ctx.services.settings.profiles())
            for alert in notices:
                self.notifier.notify(*self.ctx.words.notice(alert, hide))
            if notices:
                self.service.mark_notified(notices, now.date())
        except StorageError as err:
            self.ctx.signals.message.emit(self.ctx.words.storage(err))
        self._reschedule()

    def answer(self, key: object, action: str) -> None:
        """A button on a notification: the same as Taken / Snooze / Skipped on the Today page."""
        rem = self.delivered.get(key)
        if rem is None:
            return
        if action.startswith("snooze-"):
            until = self.ctx.snooze(rem.key, action.removeprefix("snooze-"))
            self.ctx.signals.message.emit(self.ctx.words.snoozed(until.strftime("%H:%M")))
            return
        if action not in ("taken", "skip"):
            return
        now = self.ctx.minute()
        saved = operations.run(self.ctx, lambda confirmed: self.ctx.services.regimens.record_dose(
            supplement=rem.supplement, day=now.date(), today=now.date(),
            at=now.time() if action == "taken" else None, skipped=action == "skip",
            confirmed=confirmed))
        if saved is not None:
            self.state.answered(rem.key)

    def _reschedule(self) -> None:
        now = self.now()
        try:
            wake = self.state.wake_at(self.service.regimens(), now)
        except StorageError:
            wake = None
        delay = RECHECK if wake is None else min(max(wake - now, timedelta(0)), RECHECK)
        self.timer.start(int(delay.total_seconds() * 1000) + 50)
