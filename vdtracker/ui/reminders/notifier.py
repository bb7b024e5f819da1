"""Where a reminder is shown: an OS notification from the tray icon, or (with no tray) a notice
inside the window. Clicking a notification opens the Today page, where Taken / Snooze / Skip are.
An answered notification is withdrawn where the desktop can (D-Bus); a tray message expires."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ..context import Context


class Notifier(QObject):
    """Shows one notification at a time; `clicked` asks for the Today page."""

    clicked = Signal()

    def notify(self, title: str, body: str, key: object = None, snooze: bool = True) -> object:
        """key identifies a due dose (for notifiers with Taken / Snooze / Skip buttons; a
        missed dose has no snooze). Returns what `withdraw` takes back (None: nothing)."""
        raise NotImplementedError

    def withdraw(self, shown: object) -> None:
        """Take an answered notification off the screen, where the desktop allows it."""


class TrayNotifier(Notifier):
    def __init__(self, tray: QSystemTrayIcon) -> None:
        super().__init__(tray)
        self.tray = tray
        tray.messageClicked.connect(self.clicked)

    def notify(self, title: str, body: str, key: object = None, snooze: bool = True) -> object:
        # the app's icon (the tray's own), not a generic "information" symbol; it expires
        self.tray.showMessage(title, body, self.tray.icon(), 60_000)
        return None


class WindowNotifier(Notifier):
    """No system tray here: notices go to the window's status bar (Today shows the doses due).
    The page is never switched under the patient: what they were typing on Labs went into
    Today's boxes when a reminder opened Today at that moment."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, body: str, key: object = None, snooze: bool = True) -> object:
        self.shown.append((title, body))
        # one line in the status bar: a catch-up's lines kept apart
        self.ctx.signals.message.emit(f"{title}: {'; '.join(body.splitlines())}")
        return None
