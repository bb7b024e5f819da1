"""A calm banner of the alerts in force, in the app's own diary-safe words, each with a link."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.alert_types import Alert
from ...wording import Wording, arg
from .fonts import emphasize

MARK = {"urgent": "‼", "warning": "!", "info": "i"}
TINT = {"urgent": QColor(200, 60, 60), "warning": QColor(210, 150, 40),
        "info": QColor(70, 130, 200)}
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
        lay = QHBoxLayout(self)
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


class AlertBanner(QWidget):
    open_page = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AlertRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def show_alerts(self, alerts: list[Alert], page_titles: dict[str, str], words: Wording
                    ) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for a in alerts:
            if a.kind == "dose-due":
                continue  # the doses list right below already asks "taken or skipped?"
            page = PAGE_FOR[a.kind]
            row = AlertRow(a, words.alert(a), arg(self.tr("Open %1"), page_titles[page]), self)
            row.link.clicked.connect(lambda _=False, p=page: self.open_page.emit(p))
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))
