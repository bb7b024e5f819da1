"""Summary for my appointment: the period and what to add, asked before printing or saving."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, SignalInstance
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidInput
from ...domain.personal import QUESTIONS_LIMIT, Personal, birth_date
from ...services.summary_options import SummaryOptions, keep, stored
from ...storage.errors import StorageError
from ...wording import arg
from ..answers import same
from ..context import Context
from ..locale_numbers import date_box, format_date, format_number, parse_date, shown_in
from ..widgets.dates import pydate, qdate
from .paper import page_size

_ERROR_STYLE = "color: #c0392b;"
_MARK = "border: 2px solid #c0392b;"
PRINT, PDF = "print", "pdf"


@dataclass(frozen=True)
class Choice:
    """What the dialog was left with: preview and print, or save as PDF, for [first, last]."""

    action: str  # PRINT or PDF
    first: date
    last: date


def _day_words(day: date, locale: QLocale) -> str:
    """'Wed 30 Aug 1961', as the other date fields echo a date."""
    return str(shown_in(locale).toString(
        qdate(day), QCoreApplication.translate("LocaleFormats", "ddd d MMM yyyy")))


class BirthDateField(QWidget):
    """A date that may be left empty (not set): typed ISO or the locale's way, echoed beside.
    `refusal(day)`: why a date that reads cannot be used (in the future, before 1900), said
    beside the box as soon as it is typed; "" when it can."""

    def __init__(self, parent: QWidget | None, day: date | None,
                 refusal: Callable[[date], str] | None = None) -> None:
        super().__init__(parent)
        self._refusal = refusal
        self.edit = QLineEdit(self)
        self.edit.setText(format_date(day, self.locale()) if day is not None else "")
        self.echo = QLabel(self)
        self.echo.setWordWrap(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        lay.addSpacing(6)
        lay.addWidget(self.echo, 1)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())
        self.edit.textChanged.connect(self._typed)
        self._typed(self.edit.text())

    def example(self) -> str:
        return arg(self.tr("type it like %1 or %2, or leave it empty"),
                   format_date(date(1961, 8, 30), self.locale()), "1961-08-30")

    def value(self) -> date | None:
        """The date typed, None when empty; ValueError for text that does not read."""
        return parse_date(self.edit.text(), self.locale())

    def _typed(self, text: str) -> None:
        try:
            day = parse_date(text, self.locale())
        except ValueError:
            self.echo.setText(arg(self.tr("Not a date yet: %1"), self.example()))
            self.echo.setStyleSheet(_ERROR_STYLE)
            return
        why = self._refusal(day) if day is not None and self._refusal is not None else ""
        self.echo.setStyleSheet(_ERROR_STYLE if why else "")
        self.echo.setText(why or (self._words(day) if day is not None
                                  else self.tr("Not set: left off the summary")))

    def _words(self, day: date) -> str:
        return _day_words(day, self.locale())


class SummaryOptionsDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None, action: str = PRINT) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: Choice | None = None
        today = ctx.today()
        first, last = ctx.services.summary.default_period(today)
        kept = stored(ctx.services.settings)
        self.setWindowTitle(ctx.words.summary.title())
        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        intro = QLabel(self.tr("Choose the period the summary covers and what to add to it. The "
                               "name, date of birth, questions and paper size are kept for next "
                               "time on this computer."), body)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.first = date_box(body, first, today=ctx.today)
        self.last = date_box(body, last, today=ctx.today)
        for field, name in ((self.first, self.tr("First day of the period")),
                            (self.last, self.tr("Last day of the period"))):
            field.setMaximumDate(qdate(today))  # nothing is known after today
            field.setAccessibleName(name)
        self.first_label = self._row(form, self.tr("&From"), self.first)
        self.last_label = self._row(form, self.tr("&To"), self.last)
        self.name = QLineEdit(kept.personal.name, body)
        self.name.setAccessibleName(self.tr("Your name on the summary (optional)"))
        self.name.setPlaceholderText(self.tr("optional"))
        self.name_label = self._row(form, self.tr("&Name"), self.name)
        self.birth = BirthDateField(body, kept.personal.birth_date, self._birth_refusal)
        self.birth.edit.setAccessibleName(self.tr("Your date of birth (optional)"))
        self.birth.edit.setPlaceholderText(self.tr("optional"))
        self.birth_label = self._row(form, self.tr("Date of &birth"), self.birth)
        self.questions = QPlainTextEdit(kept.personal.questions, body)
        self.questions.setTabChangesFocus(True)
        self.questions.setAccessibleName(self.tr("Questions for my clinician, one a line"))
        self.questions.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.count = QLabel(body)
        box = QVBoxLayout()
        box.addWidget(self.questions)
        box.addWidget(self.count)
        self.questions_label = QLabel(self.tr("&Questions for my clinician"), body)
        self.questions_label.setWordWrap(True)
        self.questions_label.setBuddy(self.questions)
        form.addRow(self.questions_label, box)
        self.paper = QComboBox(body)
        here = page_size(QLocale())
        self.paper.addItem(arg(self.tr("Automatic (%1 here)"), self._size_name(here)), "auto")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(kept.paper)))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper_label = self._row(form, self.tr("Paper si&ze"), self.paper)
        self.body = body
        self.form_area = scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        for child in body.findChildren(QWidget):  # a field that takes the focus is scrolled to
            child.installEventFilter(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.print_button = QPushButton(self.tr("&Preview and print…"), self)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), self)
        for button, chosen in ((self.print_button, PRINT), (self.pdf_button, PDF)):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=chosen: self.proceed(c))
        (self.pdf_button if action == PDF else self.print_button).setDefault(True)
        buttons.rejected.connect(self.reject)
        self._lay = lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.questions.textChanged.connect(self._count)
        self._count()
        self._marked: list[QWidget] = []
        self._about: tuple[QWidget, ...] = ()  # the fields the error sentence is about
        edited: list[tuple[QWidget, SignalInstance]] = [
            (self.first, self.first.edit.textChanged), (self.first, self.first.dateChanged),
            (self.last, self.last.edit.textChanged), (self.last, self.last.dateChanged),
            (self.name, self.name.textChanged), (self.birth, self.birth.edit.textChanged),
            (self.questions, self.questions.textChanged),
            (self.paper, self.paper.currentIndexChanged)]
        for edited_field, signal in edited:
            signal.connect(lambda *_, f=edited_field: self._edited(f))
        self.resize(self._first_size(body))

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _size_name(self, size: QPageSize) -> str:
        return self.tr("Letter") if size.id() == QPageSize.PageSizeId.Letter else self.tr("A4")

    def _first_size(self, body: QWidget) -> QSize:
        """Wide enough to read, and never taller or wider than the screen (or the window it
        was opened from): the form scrolls instead."""
        em = self.fontMetrics().horizontalAdvance("M")
        want = QSize(max(50 * em, body.sizeHint().width() + 2 * em),
                     body.sizeHint().height() + 6 * self.fontMetrics().lineSpacing())
        room = self.screen().availableGeometry().size()
        parent = self.parentWidget()
        if parent is not None:
            room = room.boundedTo(parent.window().size())
        return want.boundedTo(room - QSize(24, 48)).expandedTo(QSize(320, 240))

    def _birth_refusal(self, day: date) -> str:
        """The date as read and why it cannot be used, in the words of the refusal on Enter
        ("Tue 1 Jan 2030: use a date on or before today (23 Nov 2026)."); "" when it can."""
        try:
            birth_date(day, self.ctx.today())
        except InvalidInput as err:
            return arg(self.tr("%1: %2."), _day_words(day, self.locale()),
                       self.ctx.words.reason(err.reason).rstrip("."))
        return ""

    # --- the form in view ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field in the form that takes the focus (Tab, Alt+letter, a refusal) is scrolled
        into view: nothing is changed out of sight."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._show_field(watched)
        return super().eventFilter(watched, event)

    def _show_field(self, widget: QWidget) -> None:
        if not self.body.isAncestorOf(widget):
            return
        row = widget  # the form's row: a date with its echo, the questions with the count
        while (up := row.parentWidget()) is not None and not same(up, self.body):
            row = up
        margin = self.fontMetrics().lineSpacing()
        self.form_area.ensureWidgetVisible(row, margin, margin)

    def _overflow(self) -> int:
        """How many pixels of the form are out of view (negative: room to spare), once the
        layouts have taken in what changed (the error line, a marked field)."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._lay.activate()
        view = self.form_area.viewport()
        need = (self.body.heightForWidth(view.width()) if self.body.hasHeightForWidth()
                else self.body.sizeHint().height())
        return need - view.height()

    def _make_room(self, overflow: int) -> None:
        """After the error line is shown below the form and the field marked: the window
        grows as far as the screen allows so that no more of the form is out of view than
        `overflow` was before (the form does not start to scroll, or scroll further)."""
        grow = self._overflow() - max(0, overflow)
        screen = self.screen().availableGeometry()
        grow = min(grow, screen.height() - self.frameGeometry().height())
        if grow <= 0:
            return
        self.resize(self.width(), self.height() + grow)
        frame = self.frameGeometry()
        if frame.bottom() > screen.bottom():  # grown off the screen: moved up as far as needed
            self.move(self.x(), max(screen.top(), self.y() - (frame.bottom() - screen.bottom())))
        self._lay.activate()

    def _count(self) -> None:
        n = len(self.questions.toPlainText().strip())
        self.count.setText(arg(self.tr("One question a line; %1 of %2 characters"),
                               format_number(n, self.locale()),
                               format_number(QUESTIONS_LIMIT, self.locale())))
        self.count.setStyleSheet(_ERROR_STYLE if n > QUESTIONS_LIMIT else "")

    # --- proceeding ---------------------------------------------------------------------------

    def options(self) -> SummaryOptions:
        """What is in the fields (the date of birth must read: ValueError otherwise)."""
        return SummaryOptions(Personal(self.name.text(), self.birth.value(),
                                       self.questions.toPlainText()),
                              str(self.paper.currentData()))

    def proceed(self, action: str) -> None:
        """Check the period and the fields, keep the values, and close with the choice; on a
        problem say it in one sentence beside the buttons (every field keeps what was typed)."""
        self._clear()
        for field, label in ((self.first, self.first_label), (self.last, self.last_label)):
            why = field.unread()
            if why:
                self._refuse(field, self._named(label, why))
                return
        first, last = pydate(self.first.date()), pydate(self.last.date())
        if first > last:
            self._refuse(self.first, arg(self.tr(
                "The period starts after it ends: choose a “From” date on or before %1."),
                self.ctx.words.common.day(last)), about=(self.first, self.last))
            return
        try:
            options = self.options()
        except ValueError:
            self._refuse(self.birth, arg(self.tr("Date of birth: “%1” is not a date; %2."),
                                         self.birth.edit.text().strip(), self.birth.example()))
            return
        try:
            keep(self.ctx.services.settings, options, self.ctx.today())
        except InvalidInput as err:
            fields: dict[str, tuple[QWidget, QLabel]] = {
                "name": (self.name, self.name_label), "birth_date": (self.birth, self.birth_label),
                "questions": (self.questions, self.questions_label)}
            wrong, label = fields.get(err.field, (self.paper, self.paper_label))
            self._refuse(wrong, self._named(label, self.ctx.words.reason(err.reason)))
            return
        except StorageError as err:
            self._refuse(None, self.ctx.words.storage(err))
            return
        self.choice = Choice(action, first, last)
        self.accept()

    def _named(self, label: QLabel, why: str) -> str:
        return arg(self.tr("%1: %2."), label.text().replace("&", ""), why.rstrip("."))

    def _refuse(self, field: QWidget | None, sentence: str,
                about: tuple[QWidget, ...] | None = None) -> None:
        """Say why in the error line and mark the field; the sentence stays until a field it
        is about (`about`, else the field) is edited, or the next try."""
        overflow = self._overflow()
        self.error.setText(sentence)
        self.error.show()
        self._about = about if about is not None else (field,) if field is not None else ()
        target = (field.focusProxy() or field) if field is not None else None
        if target is not None:
            target.setStyleSheet(_MARK)
            self._marked.append(target)
        self._make_room(overflow)
        if field is not None and target is not None:
            field.setFocus()
            self._show_field(target)  # also when the focus was there already

    def _edited(self, field: QWidget) -> None:
        """A field the refusal is about is edited: the sentence and the mark go at once (they
        would say something no longer true); the next try checks everything again."""
        if field in self._about:
            self._clear()

    def _clear(self) -> None:
        for w in self._marked:
            w.setStyleSheet("")
        self._marked.clear()
        self._about = ()
        self.error.hide()


def ask(ctx: Context, parent: QWidget | None, action: str = PRINT) -> Choice | None:
    """The dialog, modal; None when it was cancelled (then nothing was kept)."""
    dialog = SummaryOptionsDialog(ctx, parent, action)
    try:
        dialog.exec()
        return dialog.choice if dialog.result() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def summary_for_appointment(ctx: Context, parent: QWidget, action: str = PRINT) -> None:
    """File ▸ Print summary… (PRINT) or Save summary as PDF… (PDF): ask, then do what was
    chosen in the dialog for the period chosen."""
    from . import printing

    try:
        choice = ask(ctx, parent, action)
    except StorageError as err:  # the defaults and the kept values could not be read
        ctx.signals.message.emit(ctx.words.storage(err))
        return
    if choice is None:
        return
    if choice.action == PDF:
        printing.save_with_dialog(ctx, parent, choice.first, choice.last)
    else:
        printing.preview(ctx, parent, choice.first, choice.last)


__all__ = ["PDF", "PRINT", "BirthDateField", "Choice", "SummaryOptionsDialog", "ask",
           "summary_for_appointment"]
