"""What every page is handed: the services, the clock, the words, the undo stack and signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal

from ..domain.reminders import Key, ReminderState
from ..services.bundle import Services
from ..wording import Wording
from .undo_history import UndoHistory
from .window_words import window_wording


class Signals(QObject):
    changed = Signal()  # stored data changed (a save, an undo, a redo)
    settings_changed = Signal()
    message = Signal(str)  # a sentence for the status bar
    open_page = Signal(str)  # page key
    reminders_changed = Signal()  # a snooze was set
    focus_form = Signal(str)  # page key: after open_page, put the cursor in that page's form
    replayed = Signal(object, str)  # an undo step undone or redone, and the sentence saying so
    day_changed = Signal(object)  # the clock passed midnight (or was moved): the new date
    store_replaced = Signal()  # a backup was restored: ids of the old store mean nothing now


@dataclass
class Context:
    """`now` is the window's one clock, handed in by the composition root (app.py) or a
    test (which moves it); `today` is derived from it. Nothing in the window reads the real
    clock, and nothing keeps a date from it without listening to day_changed."""

    services: Services
    now: Callable[[], datetime]
    demo: bool = False
    reminders: ReminderState = field(default_factory=ReminderState)
    signals: Signals = field(default_factory=Signals)
    undo: UndoHistory = field(default_factory=UndoHistory)
    words: Wording = field(default_factory=window_wording)

    def __post_init__(self) -> None:
        self.day = self.today()  # the day the window last knew: check_day() moves it on

    def today(self) -> date:
        return self.now().date()

    def check_day(self) -> bool:
        """Announce a new day (day_changed) when the clock has left the one the window knew:
        called on a timer, when the window is shown or activated, and before a day is saved."""
        today = self.today()
        if today == self.day:
            return False
        self.day = today
        self.signals.day_changed.emit(today)
        return True

    def minute(self) -> datetime:
        """Now, to the minute: the time stamp of what the user logs."""
        return self.now().replace(second=0, microsecond=0)

    def snooze(self, key: Key, choice: str) -> datetime:
        """Snooze a due dose's reminder (15min, 1h, tonight); the reminder timer follows."""
        until = self.reminders.snooze(key, self.now(), choice)
        self.signals.reminders_changed.emit()
        return until


def coalesced(owner: QObject, slot: Callable[[], None]) -> Callable[[], None]:
    """A slot that runs `slot` once after the current burst of signals (an undo of ten entries)."""
    from PySide6.QtCore import QTimer

    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer.start
