"""Keeps the window's "today" true while it runs for days: at midnight, on resume and on return.

A timer set for just after midnight could oversleep a suspend or miss a clock change, so it
never waits more than RECHECK_MS; the window is also checked whenever the app becomes active
again (shown from the tray, a click into it) and the pages check before they save."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from .context import Context

RECHECK_MS = 30_000


class DayWatch(QObject):
    def __init__(self, ctx: Context, parent: QObject | None = None,
                 recheck_ms: int = RECHECK_MS) -> None:
        super().__init__(parent)
        self.ctx, self.recheck_ms = ctx, recheck_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state)
        self._arm()

    def check(self) -> None:
        self.ctx.check_day()
        self._arm()

    def _state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _arm(self) -> None:
        now = self.ctx.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        until = int((midnight - now).total_seconds() * 1000) + 500
        self.timer.start(max(50, min(until, self.recheck_ms)))
