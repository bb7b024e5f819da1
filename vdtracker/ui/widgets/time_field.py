"""A time-of-day box that reads what people type (21:30, 2130, 9:30, 9.30 pm) and says when it
cannot: never a time kept in silence while the box shows another one (Qt's time edit did)."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...wording import arg
from ..locale_numbers import parse_time


class TimeField(QWidget):
    """Empty means "no time" (its placeholder says what that stands for: "now", "not known").
    `edited` is set once the user has typed in it (a page then keeps that time)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, at: time | None = None, empty: str = "") -> None:
        super().__init__(parent)
        self.edited = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(empty)
        self.edit.setToolTip(self.tr("Type the time, e.g. 21:30 or 2130"))
        self.edit.setMaxLength(16)
        width = self.edit.fontMetrics().horizontalAdvance(max("00:00", empty, key=len))
        self.edit.setMinimumWidth(width + 18)
        self.edit.setMaximumWidth(max(width, self.edit.fontMetrics().horizontalAdvance("00:00"))
                                  + 40)
        self.echo = QLabel(self)
        self.echo.setStyleSheet("color: #c0392b;")
        self.echo.hide()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addWidget(self.echo, 1)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())  # a label's Alt+letter reaches the box
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.tidy)
        self.set_time(at)

    def setAccessibleName(self, name: str) -> None:  # screen readers meet the box
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_time(self, at: time | None) -> None:
        self.edit.setText("" if at is None else at.strftime("%H:%M"))
        self._say(None)

    def time(self) -> time | None:
        """The time typed, or None for an empty box (check unread() first: text that does not
        read as a time is None here too)."""
        try:
            return parse_time(self.edit.text())
        except ValueError:
            return None

    def later_than(self, now: datetime) -> str | None:
        """Why the time typed cannot be the time something was taken today: it has not come
        yet (None when it has, or the box is empty)."""
        at = self.time()
        if at is None or at <= now.time():
            return None
        return arg(self.tr("%1 is later than now (%2): type the time it was taken"),
                   at.strftime("%H:%M"), now.strftime("%H:%M"))

    def unread(self) -> str | None:
        """Why the text does not read as a time (None when it does, or the box is empty)."""
        try:
            parse_time(self.edit.text())
        except ValueError:
            return arg(self.tr("“%1” is not a time: type it like 21:30"),
                       self.edit.text().strip())
        return None

    def _typed(self) -> None:
        self.edited = True
        self._say(None)
        self.changed.emit()

    def tidy(self) -> None:
        """Leaving the box: a time that reads is written as 21:30; one that does not is said."""
        at = self.time()
        if at is not None:
            self.edit.setText(at.strftime("%H:%M"))
        self._say(self.unread())

    def refuse(self, why: str) -> None:
        """Say beside the box why its time cannot be taken, and give it the keyboard."""
        self._say(why)
        self.setFocus()

    def _say(self, problem: str | None) -> None:
        self.echo.setText(problem or "")
        self.echo.setVisible(bool(problem))
        self.echo.setToolTip(problem or "")
