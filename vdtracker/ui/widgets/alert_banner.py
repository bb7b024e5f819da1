"""A calm banner of the alerts in force, in the app's own diary-safe words, each with a link."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.alert_types import Alert
from ...wording import Wording, arg
from .fonts import emphasize

MARK = {"urgent": "‼", "warning": "!", "info": "i"}
TINT = {"urgent": QColor(200, 60, 60), "warning": QColor(210, 150, 40),
        "info": QColor(70, 130, 200)}
SHOWN_DATES = 3  # the oldest open due dates answered in the banner; the rest after those
PAGE_FOR = {"dose-due": "today", "missed-dose": "supplements", "double-dose": "history",
            "lapsed-maintenance": "supplements", "recheck-due": "labs", "level-low": "labs",
            "level-high": "labs", "symptom-recurrence": "history"}


def tinted(base: QColor, tint: QColor, amount: float) -> QColor:
    r = base.red() + (tint.red() - base.red()) * amount
    g = base.green() + (tint.green() - base.green()) * amount
    b = base.blue() + (tint.blue() - base.blue()) * amount
    return QColor(int(r), int(g), int(b))


class AlertRow(QFrame):
    def __init__(self, alert: Alert, text: str, link_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        pal.setColor(QPalette.ColorRole.Window, tinted(base, TINT[alert.severity], 0.14))
        self.setPalette(pal)
        outer = QVBoxLayout(self)
        lay = QHBoxLayout()
        outer.addLayout(lay)
        self.answers: list[tuple[QPushButton, QPushButton]] = []
        mark = QLabel(MARK[alert.severity], self)
        mark.setFixedWidth(mark.fontMetrics().horizontalAdvance("MM"))
        mark.setStyleSheet(f"color: {TINT[alert.severity].name()};")
        emphasize(mark)
        mark.setAccessibleName({"urgent": self.tr("Urgent"), "warning": self.tr("Warning"),
                                "info": self.tr("For your information")}[alert.severity])
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(text)
        self.link = QPushButton(link_text, self)
        self.link.setFlat(True)
        self.link.setAccessibleName(link_text)
        lay.addWidget(mark)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.link)

    def add_answers(self, dates: list[tuple[date, str]]) -> None:
        """Taken / Skipped for each open due date, right where the alert says it: one short
        line per date, so a narrow window never scrolls sideways."""
        grid = QGridLayout()
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("MMM"))
        for line, (_, shown) in enumerate(dates):
            grid.addWidget(QLabel(shown, self), line, 1)
            taken = QPushButton(self.tr("Taken"), self)
            skipped = QPushButton(self.tr("Skipped"), self)
            taken.setAccessibleName(arg(self.tr("Taken on %1"), shown))
            skipped.setAccessibleName(arg(self.tr("Skipped on %1"), shown))
            grid.addWidget(taken, line, 2)
            grid.addWidget(skipped, line, 3)
            self.answers.append((taken, skipped))
        grid.setColumnStretch(4, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(grid)


class AlertBanner(QWidget):
    open_page = Signal(str)
    # a missed dose answered here: regimen id, supplement, due date, taken (False: skipped)
    answered = Signal(int, str, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AlertRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def show_alerts(self, alerts: list[Alert], page_titles: dict[str, str], words: Wording
                    ) -> None:
        for row in self.rows:  # out of sight at once: deleteLater waits for the event loop
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for a in alerts:
            if a.kind == "dose-due":
                continue  # the doses list right below already asks "taken or skipped?"
            page = PAGE_FOR[a.kind]
            row = AlertRow(a, words.alert(a), arg(self.tr("Open %1"), page_titles[page]), self)
            row.link.clicked.connect(lambda _=False, p=page: self.open_page.emit(p))
            if a.kind == "missed-dose":
                self._answers(row, a, words)
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))

    def _answers(self, row: AlertRow, alert: Alert, words: Wording) -> None:
        d = alert.details
        dates = list(d.get("dates", (alert.date,)))[:SHOWN_DATES]
        row.add_answers([(due, words.weekday_day(due)) for due in dates])
        for (taken, skipped), due in zip(row.answers, dates, strict=True):
            for button, took in ((taken, True), (skipped, False)):
                button.clicked.connect(
                    lambda _=False, due=due, took=took: self.answered.emit(
                        int(d["regimen_id"]), str(d["supplement"]), due, took))
