"""A schedule saved with a start in the past: ask once what happened to the doses since then.

Nothing is marked by itself: the default answer leaves every due date open."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...wording import Wording, arg
from ..answers import Question
from ..window_words import plural

ALL_TAKEN, ONE_BY_ONE, LEAVE_OPEN = "taken", "one-by-one", "open"


class PastDosesQuestion(Question):
    """Mark them as taken / one by one / leave them open (the default, and Escape)."""

    def __init__(self, parent: QWidget | None, words: Wording, start: date, count: int) -> None:
        super().__init__(parent, LEAVE_OPEN)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Doses before today"))
        self.setText(arg(self.tr("This schedule started on %1."), words.weekday_day(start)))
        self.setInformativeText(plural(self.tr(
            "%n due date(s) between then and today have nothing logged. Mark the doses between "
            "then and today as taken, go through them one by one, or leave them open?", None,
            count), count))
        self.taken = self.add(ALL_TAKEN, self.tr("Mark them as &taken"),
                              QMessageBox.ButtonRole.AcceptRole)
        self.one = self.add(ONE_BY_ONE, self.tr("&One by one…"),
                            QMessageBox.ButtonRole.ActionRole)
        self.leave = self.add(LEAVE_OPEN, self.tr("&Leave them open"),
                              QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.leave)


class OneByOneDialog(QDialog):
    """Each open due date with Taken / Skipped / Leave open (the default)."""

    def __init__(self, parent: QWidget | None, words: Wording, what: str, dates: list[date]
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Doses one by one"))
        self.dates = dates
        lay = QVBoxLayout(self)
        head = QLabel(arg(self.tr("%1: for each due date, say what happened. Dates left open "
                                  "stay open."), what), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        body = QWidget(self)
        grid = QGridLayout(body)
        self.choices: list[QComboBox] = []
        for i, due in enumerate(dates):
            shown = words.weekday_day(due)
            label = QLabel(shown, body)
            combo = QComboBox(body)
            combo.addItem(self.tr("Leave open"), None)
            combo.addItem(self.tr("Taken"), True)
            combo.addItem(self.tr("Skipped"), False)
            combo.setAccessibleName(arg(self.tr("What happened on %1"), shown))
            label.setBuddy(combo)
            grid.addWidget(label, i, 0)
            grid.addWidget(combo, i, 1)
            self.choices.append(combo)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # wide enough for a date and its choice without a sideways scroll bar
        scroll.setMinimumWidth(body.sizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 8)
        lay.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def answers(self) -> list[tuple[date, bool]]:
        return [(due, bool(c.currentData())) for due, c in zip(self.dates, self.choices,
                                                                strict=True)
                if c.currentData() is not None]
