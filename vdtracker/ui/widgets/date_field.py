"""A date field that reads what is typed (ISO or the locale's way) and says what it understood."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...wording import arg
from ..answers import same
from ..locale_numbers import date_edit_format, format_date, parse_date, shown_in
from .dates import pydate, qdate

_ERROR_STYLE = "color: #c0392b;"
Day = date  # inside the class, `date` is the QDateEdit-style method


class DateField(QWidget):
    """The QDateEdit calls the pages use (date, setDate, dateChanged, ranges) over a plain text
    box. A typed date counts as soon as it reads as one; text that does not read keeps the last
    good date and says so beside the box (never another date in silence)."""

    dateChanged = Signal(QDate)  # the name QDateEdit callers connect to

    def __init__(self, parent: QWidget | None, day: date | None, today: Callable[[], date]
                 ) -> None:
        """`today`: the window's clock (Context.today), never the real one read here."""
        super().__init__(parent)
        self._today = today
        self._date = qdate(day) if day is not None else qdate(self._today())
        self._min, self._max = QDate(1900, 1, 1), QDate(9999, 12, 31)
        self._kept: str | None = None  # text that did not read, replaced by the date kept
        self.edit = QLineEdit(self)
        self.edit.setToolTip(self.tr("Type a date (e.g. 2026-08-30) or press Alt+Down for "
                                     "Today, Yesterday and a calendar"))
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit.customContextMenuRequested.connect(self._context_menu)
        self.edit.installEventFilter(self)
        self.pick = QToolButton(self)
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the text box
        self.pick.setToolTip(self.tr("Today, Yesterday or a day in the calendar (Alt+Down)"))
        self.pick.setAccessibleName(self.tr("Choose the day"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._prepare_menu)
        self.today_action = self.menu.addAction(self.tr("&Today"))
        self.today_action.triggered.connect(lambda: self._choose(self._today()))
        self.yesterday_action = self.menu.addAction(self.tr("&Yesterday"))
        self.yesterday_action.triggered.connect(
            lambda: self._choose(self._today() - timedelta(days=1)))
        self.menu.addSeparator()
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.pick.setMenu(self.menu)
        self.echo = QLabel(self)
        self.echo.setWordWrap(True)  # a long sentence wraps beside the box, never widens a form
        self.echo.setAccessibleName(self.tr("The date as read"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.edit)
        lay.addWidget(self.pick)
        lay.addSpacing(6)
        lay.addWidget(self.echo, 1)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())  # so a label's Alt+letter reaches the box
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self._show_date()

    # --- the QDateEdit calls the pages make --------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, d: QDate) -> None:  # QDateEdit's name
        if not d.isValid():
            return
        d = min(max(d, self._min), self._max)
        kept, self._kept = self._kept, None
        if d != self._date:
            self._date = QDate(d)
            self._show_date()
            self.dateChanged.emit(QDate(d))
        elif kept is not None:  # the date kept is now chosen: a form reads unread() again
            self._show_date()
            self.dateChanged.emit(QDate(d))
        elif self._reads_as() != d:
            self._show_date()  # the same date set again over unreadable text: shown again

    def setMinimumDate(self, d: QDate) -> None:
        self.setDateRange(d, max(d, self._max))

    def setMaximumDate(self, d: QDate) -> None:
        self.setDateRange(min(self._min, d), d)

    def setDateRange(self, low: QDate, high: QDate) -> None:
        self._min, self._max = QDate(low), QDate(high)
        self.calendar.setDateRange(low, high)
        self.setDate(self._date)

    def minimumDate(self) -> QDate:
        return QDate(self._min)

    def maximumDate(self) -> QDate:
        return QDate(self._max)

    def setAccessibleName(self, name: str) -> None:  # screen readers meet the box
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setStyleSheet(self, sheet: str) -> None:  # a refusal marks the text box
        self.edit.setStyleSheet(sheet)

    def calendarWidget(self) -> QCalendarWidget:
        return self.calendar

    def lineEdit(self) -> QLineEdit:
        return self.edit

    # --- reading what is typed --------------------------------------------------------------

    def _locale_format(self) -> str:
        return date_edit_format(self.locale())

    def _reads_as(self) -> QDate | None:
        try:
            day = parse_date(self.edit.text(), self.locale())
        except ValueError:
            return None
        return qdate(day) if day is not None else None

    def unread(self) -> str | None:
        """Why the text in the box does not give the date in force (None when it does): a save
        must not go ahead on the last good date while the box shows something else, nor on
        the date put back over text that did not read, until the patient types or chooses a
        date again (Enter twice would otherwise save the date they never chose)."""
        if self._kept is not None:
            return self._outside(self._kept) or arg(
                self.tr("“%1” was not a date: type or choose the date again"), self._kept)
        if self._reads_as() == self._date:
            return None
        typed = self.edit.text().strip()
        return self._outside(typed) or arg(self.tr("“%1” is not a date that can be used here"),
                                           typed)

    def _outside(self, typed: str, short: bool = False) -> str | None:
        """Why a typed date that reads cannot be chosen (after today, before 1900), or None;
        `short`: the few words beside the box ("Not after …")."""
        try:
            day = parse_date(typed, self.locale())
        except ValueError:
            return None
        if day is None:
            return None
        wanted = qdate(day)
        if wanted > self._max:
            return (arg(self.tr("Not after %1"), self._words(self._max)) if short else
                    arg(self.tr("“%1” is after %2, the last day that can be chosen"), typed,
                        self._words(self._max)))
        if wanted < self._min:
            return (arg(self.tr("Not before %1"), self._words(self._min)) if short else
                    arg(self.tr("“%1” is before %2, the first day that can be chosen"), typed,
                        self._words(self._min)))
        return None

    def _typed(self, text: str) -> None:
        self._kept = None
        try:
            day = parse_date(text, self.locale())
        except ValueError:
            day = None
        if day is None:
            self._say(arg(self.tr("Not a date yet: type it like %1 or %2"),
                          self._written(self._today()), self._today().isoformat()), error=True)
            return
        wanted = qdate(day)
        if wanted < self._min or wanted > self._max:
            self._say(arg(self.tr("Not before %1"), self._words(self._min)) if wanted < self._min
                      else arg(self.tr("Not after %1"), self._words(self._max)), error=True)
            return
        self._say(self._words(wanted))
        if wanted != self._date:
            self._date = wanted
            self.dateChanged.emit(QDate(wanted))

    def _finished(self) -> None:
        """Leaving the box: a date that read is written the locale's way; text that did not
        read is put back to the date in force, and the line beside the box says so."""
        read = self._reads_as()
        if read == self._date:
            if self._kept is None:  # the "was not a date" line stays until a date is given
                self._show_date()
            return
        typed = self.edit.text().strip()
        self._kept = typed or None  # before the text changes: a form reading unread() sees it
        self._show_date()
        if typed and (outside := self._outside(typed, short=True)):
            self._say(arg(self.tr("%1; kept %2"), outside, self._words(self._date)), error=True)
        elif typed:
            self._say(arg(self.tr("“%1” is not a date; kept %2"), typed, self._words(self._date)),
                      error=True)

    def _show_date(self) -> None:
        self.edit.setText(self.locale().toString(self._date, self._locale_format()))
        self.calendar.setSelectedDate(self._date)
        self._say(self._words(self._date))
        width = self.edit.fontMetrics().horizontalAdvance(
            self.locale().toString(QDate(2026, 12, 28), self._locale_format()))
        self.edit.setMinimumWidth(width + 18)

    def _words(self, d: QDate) -> str:
        return str(shown_in(self.locale()).toString(
            d, QCoreApplication.translate("LocaleFormats", "ddd d MMM yyyy")))

    def _written(self, d: Day) -> str:
        return format_date(d, self.locale())

    def _say(self, text: str, error: bool = False) -> None:
        self.echo.setText(text)
        self.echo.setStyleSheet(_ERROR_STYLE if error else "")
        self.echo.setToolTip(text)

    # --- Today, Yesterday and the calendar ---------------------------------------------------

    def _choose(self, day: Day) -> None:
        self.setDate(qdate(day))
        self._show_date()
        self.edit.setFocus()

    def _picked(self, d: QDate) -> None:
        self.menu.close()
        self._choose(pydate(d))

    def _prepare_menu(self) -> None:
        today = qdate(self._today())
        for action, d in ((self.today_action, today), (self.yesterday_action, today.addDays(-1))):
            action.setEnabled(self._min <= d <= self._max)
        self.calendar.setSelectedDate(self._date)

    def open_menu(self) -> None:
        self.pick.showMenu()

    def _context_menu(self, at: QPoint) -> None:
        menu = self.edit.createStandardContextMenu()
        menu.addSeparator()
        self._prepare_menu()
        menu.addAction(self.today_action)
        menu.addAction(self.yesterday_action)
        menu.exec(self.edit.mapToGlobal(at))
        menu.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up / Down step a day, as in Qt's own date box; Alt+Down or F4 opens the choices."""
        if same(watched, self.edit) and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_menu()
                return True
            if not alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.setDate(self._date.addDays(1 if key == Qt.Key.Key_Up else -1))
                self._show_date()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange:
            self.edit.setLocale(self.locale())
            self._show_date()
        super().changeEvent(event)
