"""One alert on Today as a card: a severity colour and icon, a title line that says what to do,
and the whole text with its answers below it, shown or folded away (click the line, or Enter
or Space on its arrow). The colour is never alone: the icon, the title and the accessible name
say the same."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.alert_rank import is_quiet
from ...domain.alert_types import Alert
from ...wording import arg
from .fonts import emphasize
from .tones import SEVERITY, pick, tinted

ICONS = {"urgent": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
         "quiet": QStyle.StandardPixmap.SP_DialogApplyButton}


def tone(alert: Alert) -> str:
    """The card's colour and icon: its severity, or calm once marked as discussed."""
    return "quiet" if is_quiet(alert) else alert.severity


def colour(name: str, palette: QPalette) -> QColor:
    return pick(SEVERITY[name], palette)


class Toggle(QToolButton):
    """The arrow that shows or folds the card's text: Space, Enter or a click."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class Header(QWidget):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class AlertCard(QFrame):
    """`lead`: the alert to act on first (a larger icon, a bold title, a line that says so)."""

    toggled = Signal(bool)

    def __init__(self, alert: Alert, title: str, text: str, link_text: str, lead: bool,
                 expanded: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.alert, self.lead = alert, lead
        self.answers: list[tuple[QPushButton, QPushButton, QPushButton]] = []
        self.other_answers: list[QPushButton] = []
        self.more: QLabel | None = None
        self.setObjectName("alertCard")
        self._paint(tone(alert))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.setSpacing(2)
        header = Header(self)
        header.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        self.toggle = Toggle(self)
        self.toggle.setAutoRaise(True)
        arrow = self.fontMetrics().height() * 3 // 4  # as large as the text beside it
        self.toggle.setIconSize(QSize(arrow, arrow))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.icon = QLabel(self)
        size = self.fontMetrics().height() * (2 if lead else 1)
        self.icon.setPixmap(QApplication.style().standardIcon(ICONS[tone(alert)]).pixmap(size))
        self.icon.setFixedWidth(size + 4)
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        if lead:
            emphasize(self.title, 1.1)
        top = Qt.AlignmentFlag.AlignTop if lead else Qt.AlignmentFlag.AlignVCenter
        row.addWidget(self.toggle, 0, top)
        row.addWidget(self.icon, 0, top)
        column = QVBoxLayout()
        column.setSpacing(0)
        if lead:
            first = QLabel(self.tr("Look at this first"), self)
            first.setStyleSheet(f"color: {colour(tone(alert), self.palette()).name()};")
            emphasize(first, 0.9)
            column.addWidget(first)
        column.addWidget(self.title)
        row.addLayout(column, 1)
        outer.addWidget(header)
        self.body = QWidget(self)
        self._body = QVBoxLayout(self.body)
        self._body.setContentsMargins(self.toggle.sizeHint().width() + size + 10, 0, 0, 0)
        self.text = QLabel(text, self.body)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(text)
        self._body.addWidget(self.text)
        self._lines = QVBoxLayout()  # the answers per due date, and a note under them
        self._body.addLayout(self._lines)
        self.action_row = QHBoxLayout()
        self.link = QPushButton(link_text, self.body)
        self.link.setAccessibleName(link_text)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.link)
        outer.addWidget(self.body)
        self._body.addLayout(self.action_row)
        self.is_open = expanded
        header.clicked.connect(self.toggle.click)
        self.toggle.clicked.connect(lambda: self._show(not self.is_open))
        self._show(expanded)

    def _paint(self, name: str) -> None:
        pal = self.palette()
        base, stripe = pal.color(QPalette.ColorRole.Base), colour(name, pal)
        fill = tinted(base, stripe, 0 if name == "quiet" else 0.12 if self.lead else 0.06)
        edge = tinted(base, stripe, 0.35)
        self.setStyleSheet(f"#alertCard {{ background-color: {fill.name()}; border: 1px solid "
                           f"{edge.name()}; border-left: 5px solid {stripe.name()}; "
                           "border-radius: 4px; }")

    def _show(self, expanded: bool) -> None:
        self.is_open = expanded
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        plain = self.title.text()
        self.toggle.setAccessibleName(arg(self.tr("Fold away: %1") if expanded
                                          else self.tr("Show all of it: %1"), plain))
        self.toggle.setToolTip(self.tr("Fold away") if expanded else self.tr("Show all of it"))
        self.toggled.emit(expanded)

    def add_answers(self, dates: list[tuple[date, str]]) -> None:
        """Taken / Taken on… / Skipped for each open due date, right where the alert says it:
        one short line per date, so a narrow window never scrolls sideways."""
        grid = QGridLayout()
        for line, (_, shown) in enumerate(dates):
            grid.addWidget(QLabel(shown, self.body), line, 0)
            taken = QPushButton(self.tr("Taken"), self.body)
            taken_on = QPushButton(self.tr("Taken on…"), self.body)
            skipped = QPushButton(self.tr("Skipped"), self.body)
            taken.setAccessibleName(arg(self.tr("Taken on %1"), shown))
            taken_on.setAccessibleName(arg(self.tr("Taken on another day or at a time, for %1"),
                                           shown))
            skipped.setAccessibleName(arg(self.tr("Skipped on %1"), shown))
            for column, button in enumerate((taken, taken_on, skipped), start=1):
                grid.addWidget(button, line, column)
            self.answers.append((taken, taken_on, skipped))
        grid.setColumnStretch(4, 1)
        self._lines.addLayout(grid)

    def add_note(self, text: str) -> None:
        """A quiet line under the answers (how many more dates wait)."""
        note = QLabel(text, self.body)
        note.setWordWrap(True)
        self._lines.addWidget(note)
        self.more = note

    def add_action(self, text: str) -> QPushButton:
        """A button that answers the alert another way: the first beside the link, each other
        on a line of its own under it (a narrow window never scrolls sideways)."""
        button = QPushButton(text, self.body)
        button.setAccessibleName(text.replace("&", ""))
        if not self.other_answers:
            self.action_row.insertWidget(0, button)
        else:
            line = QHBoxLayout()
            line.addWidget(button)
            line.addStretch(1)
            self._body.addLayout(line)
        self.other_answers.append(button)
        return button
