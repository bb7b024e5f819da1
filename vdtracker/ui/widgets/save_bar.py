"""Today's bar under the scrolling part of the page: Save, "Keep the saved entry" while one is
changed, what the last save did (with Undo), why Save is off, and what went wrong. It never
scrolls away: at 1024×640 or 200 % text, under five alerts, Save is on screen. (The page words
its buttons: their texts follow the day shown.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..context import Context
from .fonts import emphasize
from .saved_note import SavedNote
from .tones import tinted


class Rule(QWidget):
    """A thin line between the page and the bar, a quarter of the way from the background to
    the text colour: quiet on a light palette and a dark one alike."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedHeight(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        QPainter(self).fillRect(self.rect(), tinted(pal.color(QPalette.ColorRole.Window),
                                                    pal.color(QPalette.ColorRole.WindowText), 0.25))


class SaveBar(QFrame):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(Rule(self))
        lay = QVBoxLayout()
        lay.setContentsMargins(9, 2, 9, 6)
        outer.addLayout(lay)
        row = QHBoxLayout()
        self.save = QPushButton(self)
        self.save.setDefault(True)
        self.stop_editing = QPushButton(self)
        self.stop_editing.hide()
        self.saved_note = SavedNote(ctx, self)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        row.addWidget(self.save, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.stop_editing, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.saved_note, 2)
        row.addWidget(self.reason, 1)
        lay.addLayout(row)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        emphasize(self.error)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        lay.addWidget(self.error)
