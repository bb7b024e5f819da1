"""The doses due today on the saved schedules, each with "Taken" (time adjustable) or "Skipped"."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from ...domain.reminders import Key
from ...services.due_doses import DueDose
from ...wording import Wording, arg


class DosesToday(QGroupBox):
    """Emits answered(regimen_id, supplement, taken_at or None for skipped)."""

    answered = Signal(int, str, object)
    snoozed = Signal(int, object, str)  # regimen id, due date, "15min" / "1h" / "tonight"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Doses due from your saved schedules"), parent)
        self.grid = QGridLayout(self)
        self.widgets: list[QWidget] = []
        self.buttons: dict[int, tuple[QPushButton, QPushButton, QTimeEdit]] = {}

    def show_doses(self, doses: list[DueDose], words: Wording, now: datetime,
                   snoozed: Mapping[Key, datetime] | None = None) -> None:
        for w in self.widgets:  # out of sight at once: deleteLater waits for the event loop
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.widgets, self.buttons = [], {}
        if not doses:
            self._add(QLabel(self.tr("Nothing is due today on your saved schedules."), self),
                      0, 0, 5)
        for i, d in enumerate(doses):
            description = words.schedule(d.plan)
            label = QLabel(description, self)
            label.setWordWrap(True)
            self._add(label, i, 0)
            if d.status != "open":
                state = self.tr("Taken ✓") if d.status == "taken" else self.tr("Skipped")
                self._add(QLabel(state, self), i, 1, 4)
                continue
            if d.days_late:
                label.setText(arg(self.tr("%1 — was due %2 (%3)"), description,
                                  words.weekday_day(d.due), words.ago(d.days_late)))
            until = (snoozed or {}).get((d.regimen_id, d.due))
            if until is not None:
                label.setText(arg(self.tr("%1 — reminder snoozed until %2"), label.text(),
                                  until.strftime("%H:%M")))
            at = QTimeEdit(QTime(now.hour, now.minute), self)
            at.setDisplayFormat("HH:mm")
            at.setAccessibleName(arg(self.tr("Time taken for %1"), d.supplement))
            taken = QPushButton(self.tr("Taken"), self)
            taken.setAccessibleName(arg(self.tr("Taken: %1"), description))
            skipped = QPushButton(self.tr("Skipped"), self)
            skipped.setAccessibleName(arg(self.tr("Skipped: %1"), description))
            taken.clicked.connect(lambda _=False, d=d, at=at: self.answered.emit(
                d.regimen_id, d.supplement, time(at.time().hour(), at.time().minute())))
            skipped.clicked.connect(lambda _=False, d=d: self.answered.emit(
                d.regimen_id, d.supplement, None))
            snooze = QToolButton(self)
            snooze.setText(self.tr("Snooze"))
            snooze.setAccessibleName(arg(self.tr("Snooze the reminder for %1"), description))
            snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(snooze)
            for choice, title in (("15min", self.tr("15 minutes")), ("1h", self.tr("1 hour")),
                                  ("tonight", self.tr("Tonight"))):
                menu.addAction(title).triggered.connect(
                    lambda _=False, d=d, c=choice: self.snoozed.emit(d.regimen_id, d.due, c))
            snooze.setMenu(menu)
            self._add(at, i, 1)
            self._add(taken, i, 2)
            self._add(snooze, i, 3)
            self._add(skipped, i, 4)
            # Tab follows the row as it reads (Skipped was made before Snooze)
            QWidget.setTabOrder(at, taken)
            QWidget.setTabOrder(taken, snooze)
            QWidget.setTabOrder(snooze, skipped)
            self.buttons[d.regimen_id] = (taken, skipped, at)
        self.grid.setColumnStretch(0, 1)

    def _add(self, w: QWidget, row: int, col: int, span: int = 1) -> None:
        self.grid.addWidget(w, row, col, 1, span)
        self.widgets.append(w)
