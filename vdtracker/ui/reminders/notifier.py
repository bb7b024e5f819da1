"""Where a reminder is shown: an OS notification from the tray icon, or (with no tray) a notice
inside the window. Clicking a notification opens the Today page, where Taken / Snooze / Skip are.
An answered notification is withdrawn where the desktop can (D-Bus); a tray message expires."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ..context import Context

# What a notifier that cannot withdraw hands back for a notification it did show.
SHOWN = "shown"


class Notifier(QObject):
    """Shows one notification at a time; `clicked` asks for the Today page."""

    clicked = Signal()

    def notify(self, title: str, body: str, key: object = None, snooze: bool = True,
               choices: Sequence[tuple[str, str]] | None = None,
               question: bool = False) -> object:
        """key identifies a due dose (for notifiers with Taken / Snooze / Skip buttons; a
        missed dose has no snooze) or, with `choices` ((action, label) pairs), a question.
        A `question` is only asked where its `choices` are buttons (else Today's card asks it).
        Returns what `withdraw` takes back (SHOWN when nothing can be), or None when the
        notification could not be shown: then nothing counts as told."""
        raise NotImplementedError

    def withdraw(self, shown: object) -> None:
        """Take an answered notification off the screen, where the desktop allows it."""


class TrayNotifier(Notifier):
    def __init__(self, tray: QSystemTrayIcon) -> None:
        super().__init__(tray)
        self.tray = tray
        tray.messageClicked.connect(self.clicked)

    def notify(self, title: str, body: str, key: object = None, snooze: bool = True,
               choices: Sequence[tuple[str, str]] | None = None,
               question: bool = False) -> object:
        if question:  # no buttons here: the window's card asks it
            return None
        # the app's icon (the tray's own), not a generic "information" symbol; it expires
        self.tray.showMessage(title, body, self.tray.icon(), 60_000)
        return SHOWN


class WindowNotifier(Notifier):
    """No system tray here: notices go to the window's status bar (Today shows the doses due).
    The page is never switched under the patient: what they were typing on Labs went into
    Today's boxes when a reminder opened Today at that moment."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, body: str, key: object = None, snooze: bool = True,
               choices: Sequence[tuple[str, str]] | None = None,
               question: bool = False) -> object:
        if question:  # no buttons here: the window's card asks it
            return None
        self.shown.append((title, body))
        # one line in the status bar: a catch-up's lines kept apart
        self.ctx.signals.message.emit(f"{title}: {'; '.join(body.splitlines())}")
        return SHOWN
