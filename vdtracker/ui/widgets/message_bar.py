"""A message bar across the top of the window for what must be read in full (a backup made, an
export written, a restore): it stays until dismissed, wraps, and its file path can be selected
and copied whole. The status bar may still say a short form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..speaking import announce

INFO, WARNING = "info", "warning"


class MessageBar(QFrame):
    """say(text, path) shows it; the × (or Escape in it) dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = INFO
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Message"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel(self)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        words.addWidget(self.text)
        self.path = QLineEdit(self)  # the whole path, selectable, copied with Ctrl+C
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("File"))
        words.addWidget(self.path)
        row.addLayout(words, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def say(self, text: str, path: str | None = None, kind: str = INFO) -> None:
        """Show `text` (and the file it is about, whole), until dismissed or replaced."""
        self.kind = kind
        self.text.setText(text)
        self.path.setText(path or "")
        self.path.setCursorPosition(0)
        self.path.setVisible(bool(path))
        self._paint()
        self.show()
        announce(self, text)  # said aloud too: the focus stays where the user works

    def dismiss(self) -> None:
        self.hide()
        self.text.clear()
        self.path.clear()

    def shown_text(self) -> str:
        """What the bar says, path included (empty when hidden)."""
        if not self.isVisible():
            return ""
        return "\n".join(t for t in (self.text.text(), self.path.text()) if t)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def _paint(self) -> None:
        """A tint of the palette's highlight (or a warm one for a warning) over the window's
        colour: legible in light and dark themes alike."""
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else QApplication.palette()
        base = palette.color(QPalette.ColorRole.Window)
        tint = palette.color(QPalette.ColorRole.Highlight)
        if self.kind == WARNING:
            tint = tint.fromRgb(220, 140, 0)
        mixed = base.toRgb()
        share = 0.18
        mixed.setRgbF(base.redF() * (1 - share) + tint.redF() * share,
                      base.greenF() * (1 - share) + tint.greenF() * share,
                      base.blueF() * (1 - share) + tint.blueF() * share)
        palette.setColor(QPalette.ColorRole.Window, mixed)
        self.setPalette(palette)
        which = (QStyle.StandardPixmap.SP_MessageBoxWarning if self.kind == WARNING
                 else QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = self.fontMetrics().height() * 3 // 2
        self.icon.setPixmap(self.style().standardIcon(which).pixmap(size, size))
