"""A calm banner of the alerts in force, in the app's own diary-safe words, each with a link."""

from __future__ import annotations

from datetime import date, timedelta

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
from ..window_words import plural
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
        self.answers: list[tuple[QPushButton, QPushButton, QPushButton]] = []
        self.other_answers: list[QPushButton] = []
        self.more: QLabel | None = None
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
        """Taken / Taken on… / Skipped for each open due date, right where the alert says it:
        one short line per date, so a narrow window never scrolls sideways."""
        grid = QGridLayout()
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("MMM"))
        for line, (_, shown) in enumerate(dates):
            grid.addWidget(QLabel(shown, self), line, 1)
            taken = QPushButton(self.tr("Taken"), self)
            taken_on = QPushButton(self.tr("Taken on…"), self)
            skipped = QPushButton(self.tr("Skipped"), self)
            taken.setAccessibleName(arg(self.tr("Taken on %1"), shown))
            taken_on.setAccessibleName(arg(self.tr("Taken on another day or at a time, for %1"),
                                           shown))
            skipped.setAccessibleName(arg(self.tr("Skipped on %1"), shown))
            for column, button in enumerate((taken, taken_on, skipped), start=2):
                grid.addWidget(button, line, column)
            self.answers.append((taken, taken_on, skipped))
        grid.setColumnStretch(5, 1)
        self._outer().addLayout(grid)

    def add_note(self, text: str) -> None:
        """A quiet line under the answers (how many more dates wait)."""
        note = QLabel(text, self)
        note.setWordWrap(True)
        self._indented(note, 1)
        self.more = note

    def add_action(self, text: str) -> QPushButton:
        """A button under the alert's text that answers it another way."""
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        self._indented(button, 0)
        self.other_answers.append(button)
        return button

    def _indented(self, widget: QWidget, stretch: int) -> None:
        """A line of its own under the text, indented as the answers are."""
        line = QHBoxLayout()
        line.addSpacing(self.fontMetrics().horizontalAdvance("MMM"))
        line.addWidget(widget, stretch)
        if not stretch:
            line.addStretch(1)
        self._outer().addLayout(line)

    def _outer(self) -> QVBoxLayout:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        return layout


class AlertBanner(QWidget):
    open_page = Signal(str)
    # a missed dose answered here: regimen id, supplement, due date, taken (False: skipped)
    answered = Signal(int, str, object, bool)
    taken_on = Signal(int, str, object)  # ... taken on another day or at a known time
    count_late = Signal(int, object)  # a dose logged just late: its id, the due date it is for
    no_maintenance = Signal(int)  # the clinician prescribed no maintenance after this course
    # "I had stopped taking it": regimen id, the open due date the answer is about
    stopped_taking = Signal(int, object)

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
                self._stopped_taking(row, a.date)
            if (a.kind == "lapsed-maintenance" and a.details.get("reason") == "no-dose"
                    and a.details.get("stopped_taking") is None):  # not answered already
                self._stopped_taking(row, a.date + timedelta(days=1))  # after its last dose
            if a.kind == "lapsed-maintenance" and a.details.get("reason") == "no-maintenance":
                regimen_id = int(a.details["regimen_id"])
                row.add_action(self.tr("My clinician prescribed &no maintenance…")).clicked.connect(
                    lambda _=False, r=regimen_id: self.no_maintenance.emit(r))
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))

    def _stopped_taking(self, row: AlertRow, anchor: date) -> None:
        regimen_id = int(row.alert.details["regimen_id"])
        row.add_action(self.tr("I had stopped ta&king it…")).clicked.connect(
            lambda _=False, r=regimen_id, day=anchor: self.stopped_taking.emit(r, day))

    def _answers(self, row: AlertRow, alert: Alert, words: Wording) -> None:
        d = alert.details
        every = list(d.get("dates", (alert.date,)))
        dates = every[:SHOWN_DATES]
        row.add_answers([(due, words.weekday_day(due)) for due in dates])
        if len(every) > len(dates):
            row.add_note(plural(self.tr("%n more date(s) after these: they are shown here once "
                                        "these are answered.", None, len(every) - len(dates)),
                                len(every) - len(dates)))
        regimen_id, supplement = int(d["regimen_id"]), str(d["supplement"])
        for (taken, taken_on, skipped), due in zip(row.answers, dates, strict=True):
            for button, took in ((taken, True), (skipped, False)):
                button.clicked.connect(
                    lambda _=False, due=due, took=took: self.answered.emit(
                        regimen_id, supplement, due, took))
            taken_on.clicked.connect(
                lambda _=False, due=due: self.taken_on.emit(regimen_id, supplement, due))
        for due, logged, dose_id in d.get("late", ())[:1]:
            text = arg(self.tr("Count the dose of %1 for %2"), words.weekday_day(logged),
                       words.weekday_day(due))
            row.add_action(text).clicked.connect(
                lambda _=False, i=dose_id, due=due: self.count_late.emit(i, due))
