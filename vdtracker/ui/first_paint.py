"""Run a piece of start-up work once the window has been painted, so the patient sees the window
first (the reminders' catch-up reads the whole diary: it waits for the first paint)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 1000  # a window that is never painted (covered, another desktop) waits no longer


class _AfterPaint(QObject):
    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self.watched, self.then, self.done = watched, then, False
        watched.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self.fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self.fire)  # after this paint has reached the screen
        return False

    def fire(self) -> None:
        if self.done:
            return
        self.done = True
        self.watched.removeEventFilter(self)
        self.then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """`then()` once `window` (its central widget) has been painted, at the latest after a
    second; at once when the window is not shown (started minimized to the tray)."""
    if not window.isVisible():
        then()
        return
    watched = window.centralWidget() if hasattr(window, "centralWidget") else None
    _AfterPaint(watched or window, then)
