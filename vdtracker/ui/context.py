"""What every page is handed: the services, today's date, the undo stack and change signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.reminders import Key, ReminderState
from ..services import AlertService, DiaryService, LabService, RegimenService, SettingsService
from ..services.entries import EntryService
from ..services.due_doses import DueDoseService
from ..storage.database import Database


class Signals(QObject):
    changed = Signal()  # stored data changed (a save, an undo, a redo)
    settings_changed = Signal()
    message = Signal(str)  # a sentence for the status bar
    open_page = Signal(str)  # page key
    reminders_changed = Signal()  # a snooze was set


@dataclass
class Context:
    db: Database
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = datetime.now
    demo: bool = False
    reminders: ReminderState = field(default_factory=ReminderState)
    signals: Signals = field(default_factory=Signals)
    undo: QUndoStack = field(default_factory=QUndoStack)

    def __post_init__(self) -> None:
        db = self.db
        self.diary = DiaryService(db)
        self.regimens = RegimenService(db)
        self.labs = LabService(db)
        self.alerts = AlertService(db)
        self.settings = SettingsService(db)
        self.entries = EntryService(db)
        self.doses_today = DueDoseService(db)

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
