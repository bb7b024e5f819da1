"""Runs the reminder rules on the real clock and hands what is due to a notifier.

The rules (what is due, snoozes, catch-up, once-a-day notices) are pure and tested on a fake
clock in tests/domain; this class only keeps time and delivers."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer

from ...domain.reminders import ReminderState, notice_text, reminder_text
from ...services.reminders import ReminderService
from ...storage.errors import StorageError
from ..context import Context
from .notifier import Notifier

RECHECK = timedelta(seconds=60)  # also wake every minute: sleep, suspend and clock changes


class ReminderController(QObject):
    def __init__(self, ctx: Context, notifier: Notifier) -> None:
        super().__init__()
        self.ctx, self.notifier, self.now = ctx, notifier, ctx.now
        self.service = ReminderService(ctx.db)
        self.state: ReminderState = ctx.reminders
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        notifier.clicked.connect(lambda: ctx.signals.open_page.emit("today"))
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
                self.notifier.notify(*reminder_text(rem, hide))
            notices = self.service.notices(now.date(), self.ctx.settings.profiles())
            for alert in notices:
                self.notifier.notify(*notice_text(alert, hide))
            if notices:
                self.service.mark_notified(notices, now.date())
        except StorageError as err:
            self.ctx.signals.message.emit(str(err))
        self._reschedule()

    def _reschedule(self) -> None:
        now = self.now()
        try:
            wake = self.state.wake_at(self.service.regimens(), now)
        except StorageError:
            wake = None
        delay = RECHECK if wake is None else min(max(wake - now, timedelta(0)), RECHECK)
        self.timer.start(int(delay.total_seconds() * 1000) + 50)
