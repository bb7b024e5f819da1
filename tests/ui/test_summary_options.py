"""File ▸ Print summary… and Save summary as PDF… ask first: the period, the name, the date of
birth, the questions and the paper. What is chosen is printed (as the command line prints it),
kept for next time, and refused in one sentence when it cannot be used."""

import os
import subprocess
import sys
from datetime import date, timedelta

import pypdf
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from builders import add_lab
from conftest import NOW, TODAY
from real_event_kit import OFFSCREEN_MENU, by_keys, choose_by_keys, file_typed, type_over
from tests_ui_helpers import activate, click, when_shown
from vdtracker.app import compose
from vdtracker.domain.personal import Personal
from vdtracker.services.summary_options import SummaryOptions, keep, stored
from vdtracker.storage.database import Database
from vdtracker.ui.answers import same
from vdtracker.ui.context import Context
from vdtracker.ui.summary import layout, options_dialog, printing
from vdtracker.ui.summary.options_dialog import SummaryOptionsDialog
from vdtracker.ui.widgets.dates import pydate

INSIDE = TODAY - timedelta(days=30)  # a B12 result in the chosen period
AFTER = TODAY - timedelta(days=5)  # and one after it
# (not September: the window writes "Sept" where the command line writes "Sep", as before)
FIRST, LAST = TODAY - timedelta(days=50), TODAY - timedelta(days=20)
QUESTIONS = "Keep the weekly capsule?\n\n  <b>x</b> & y  \nWhen is the retest?"
LETTER, A4 = (612, 792), (595, 842)
pytestmark = OFFSCREEN_MENU  # the File menu and the paper size's list are popups


def text_of(path):
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def page_of(path):
    box = pypdf.PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def fill(d: SummaryOptionsDialog, *, first=FIRST, last=LAST, name="Jane Doe",
         birth="1961-08-30", questions=QUESTIONS, paper="letter"):
    """Typed into the shown dialog as a user does: a click in each box, Ctrl+A, the keys."""
    for field, day in ((d.first, first), (d.last, last)):
        type_over(field.lineEdit(), day if isinstance(day, str) else day.isoformat())
    type_over(d.name, name)
    type_over(d.birth.edit, birth)
    type_over(d.questions, questions)
    choose_by_keys(d.paper, d.paper.itemText(d.paper.findData(paper)))


@pytest.fixture
def labs(ctx):
    for day, value in ((INSIDE, "212"), (AFTER, "625")):
        add_lab(ctx.services, "b12", value, "pmol/L", day=day, today=TODAY, low=133, high=675)


@pytest.fixture
def saved_to(tmp_path):
    """The PDF's name, typed into the save dialog when it is asked (it must be asked)."""
    path = tmp_path / "window.pdf"
    file_typed(path)
    return path


@pytest.fixture
def never_asked_where(monkeypatch):
    """A tripwire: a save dialog asked for nothing is noted (and answered "no file")."""
    asked = []

    def answer(*_a, **_k):
        asked.append(True)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def save_pdf(window) -> None:
    by_keys(window, "f", "d")  # File ▸ Save summary as PDF…


def print_it(window) -> None:
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Print


def cli_report(tmp_path, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    out = tmp_path / "cli.pdf"
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(tmp_path / "data"),
                        "report", "--as-of", TODAY.isoformat(), *args, "--out", str(out)],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    return out


def test_the_chosen_period_name_birth_date_and_questions_are_printed_as_the_cli_prints_them(
        window, ctx, labs, saved_to, tmp_path):
    path = saved_to

    def answer(d):
        assert d.pdf_button.isDefault() and not d.print_button.isDefault()  # the menu's choice
        fill(d)
        click(d.pdf_button)

    when_shown(SummaryOptionsDialog, answer)
    save_pdf(window)
    text = text_of(path)
    assert "Name: Jane Doe · Date of birth: 30 Aug 1961" in text
    assert text.index("Summary for my appointment") < text.index("Name: Jane Doe") \
        < text.index("Period 4 Oct 2026 – 3 Nov 2026 · printed 23 Nov 2026")
    assert "212 pmol/L" in text and "625 pmol/L" not in text  # inside the period, not after it
    questions = text[text.index("Questions for my clinician"):]
    assert questions.index("Keep the weekly capsule?") < questions.index("<b>x</b> & y") \
        < questions.index("When is the retest?") < questions.index("How this was calculated")
    assert text.index("Alerts in force") < text.index("Questions for my clinician")
    assert page_of(path) == LETTER
    cli = cli_report(tmp_path, "--from", FIRST.isoformat(), "--to", LAST.isoformat())
    assert "".join(text.split()) == "".join(text_of(cli).split())  # the same document
    assert page_of(cli) == LETTER  # the kept paper size; --paper for one report only
    assert page_of(cli_report(tmp_path, "--from", FIRST.isoformat(), "--paper", "a4")) == A4


def test_html_in_a_question_or_a_name_is_printed_as_typed(ctx):
    keep(ctx.services.settings, SummaryOptions(Personal("<i>Ann</i> & Bo", None,
                                                        "<b>x</b> & y\n<script>")), TODAY)
    html = layout.html_for(ctx.services, ctx.words, TODAY)
    assert "&lt;i&gt;Ann&lt;/i&gt; &amp; Bo" in html and "<i>" not in html
    assert "<li>&lt;b&gt;x&lt;/b&gt; &amp; y</li><li>&lt;script&gt;</li>" in html


def test_nothing_personal_is_printed_when_nothing_was_typed(window, ctx, labs, saved_to):
    path = saved_to
    when_shown(SummaryOptionsDialog, lambda d: press(d, Qt.Key.Key_Return))  # the default
    save_pdf(window)
    text = text_of(path)
    assert "Name:" not in text and "Date of birth" not in text
    assert "Questions for my clinician" not in text
    assert "212 pmol/L" in text and "625 pmol/L" in text  # the default period: the last year
    assert stored(ctx.services.settings) == SummaryOptions()  # empty values kept as empty


def test_the_values_come_back_next_time_and_after_a_restart(window, ctx, labs, saved_to,
                                                            tmp_path):
    when_shown(SummaryOptionsDialog, lambda d: (fill(d), click(d.pdf_button)))
    save_pdf(window)
    assert saved_to.exists()
    db = Database.open(tmp_path / "data")  # another start of the app on the same store
    try:
        again = SummaryOptionsDialog(Context(compose(db), now=lambda: NOW), None)
        assert again.name.text() == "Jane Doe"
        assert again.birth.value() == date(1961, 8, 30)
        assert again.questions.toPlainText() == QUESTIONS.strip()
        assert again.paper.currentData() == "letter"
        # the period is not kept: it starts again from the default period
        assert (pydate(again.first.date()), pydate(again.last.date())) == (
            TODAY - timedelta(days=365), TODAY)
        again.deleteLater()
    finally:
        db.close()


def test_print_previews_the_chosen_period_on_the_kept_paper(window, ctx, labs, monkeypatch,
                                                            tmp_path):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    seen = []

    class Preview:  # Qt's preview dialog, printing to a PDF instead of showing
        def __init__(self, printer, _parent):
            self.printer, self.paint = printer, None
            self.paintRequested = self

        def connect(self, paint):
            self.paint = paint

        def setWindowTitle(self, _title):
            pass

        def windowState(self):
            return Qt.WindowState.WindowNoState

        def setWindowState(self, _state):
            pass

        def deleteLater(self):
            pass

        def exec(self):
            seen.append(self.printer.pageLayout().pageSize().id())
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(tmp_path / "printed.pdf"))
            self.paint(self.printer)

    monkeypatch.setattr(printing, "QPrintPreviewDialog", Preview)

    def answer(d):
        assert d.print_button.isDefault()
        fill(d, paper="a4", questions="")
        press(d, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Alt+P: Preview and print

    when_shown(SummaryOptionsDialog, answer)
    print_it(window)
    assert seen == [QPageSize.PageSizeId.A4]
    text = text_of(tmp_path / "printed.pdf")
    assert "Name: Jane Doe" in text and "212 pmol/L" in text and "625 pmol/L" not in text
    assert "Questions for my clinician" not in text  # none typed: the section is left out


def test_cancel_prints_nothing_and_keeps_nothing(window, ctx, monkeypatch, never_asked_where):
    asked = never_asked_where
    previews = []
    monkeypatch.setattr(printing, "preview", lambda *a: previews.append(a))
    when_shown(SummaryOptionsDialog, lambda d: (fill(d), press(d, Qt.Key.Key_Escape)))
    print_it(window)
    when_shown(SummaryOptionsDialog, lambda d: (fill(d), click(d.findChild(
        QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel))))
    save_pdf(window)
    assert previews == [] and asked == []
    assert stored(ctx.services.settings) == SummaryOptions()


@pytest.mark.parametrize(("change", "said", "field"), [
    (dict(birth="2026-11-24"),
     "Date of birth: use a date on or before today (23 Nov 2026).", "birth"),
    (dict(birth="1899-12-31"), "Date of birth: use a date on or after 1 Jan 1900.", "birth"),
    (dict(birth="31/02/1961"), "Date of birth: “31/02/1961” is not a date; type it like "
                               "30/08/1961 or 1961-08-30, or leave it empty.", "birth"),
    (dict(name="N" * 101), "Name: use at most 100 characters.", "name"),
    (dict(questions="?" * 2001), "Questions for my clinician: use at most 2000 characters.",
     "questions"),
    (dict(first=LAST + timedelta(days=1)),
     "The period starts after it ends: choose a “From” date on or before 3 Nov 2026.", "first"),
    (dict(last="2026-02-31"),
     # left for the button: the box shows the date kept, and the sentence says what to do
     "To: “2026-02-31” was not a date: type or choose the date again.", "last"),
])
def test_a_value_that_cannot_be_used_is_said_and_nothing_is_kept_or_lost(
        ctx, qtbot, change, said, field):
    d = SummaryOptionsDialog(ctx, None, options_dialog.PDF)
    qtbot.addWidget(d)
    d.show()
    fill(d, **change)
    typed = (d.name.text(), d.birth.edit.text(), d.questions.toPlainText())
    click(d.pdf_button)
    assert d.error.isVisible() and d.error.text() == said
    assert d.choice is None and d.isVisible()
    wrong = getattr(d, field)
    assert same(d.focusWidget(), wrong.focusProxy() or wrong)
    assert (d.name.text(), d.birth.edit.text(), d.questions.toPlainText()) == typed
    assert stored(ctx.services.settings) == SummaryOptions()
    fill(d)  # put right: it goes ahead, and the sentence is gone
    click(d.pdf_button)
    assert d.choice == options_dialog.Choice("pdf", FIRST, LAST) and not d.error.isVisible()
    assert stored(ctx.services.settings).personal.name == "Jane Doe"


def test_an_empty_date_of_birth_means_not_set(ctx, qtbot):
    keep(ctx.services.settings, SummaryOptions(Personal("Jane", date(1961, 8, 30), "")), TODAY)
    d = SummaryOptionsDialog(ctx, None)
    qtbot.addWidget(d)
    d.show()
    assert d.birth.edit.text() == "30/08/1961"
    type_over(d.birth.edit, "")  # emptied
    assert "Not set" in d.birth.echo.text()
    click(d.print_button)
    assert stored(ctx.services.settings).personal == Personal("Jane", None, "")


@pytest.mark.parametrize("scale", [1, 2])
def test_the_dialog_fits_a_small_screen_at_double_text_size(window, ctx, qtbot, scale):
    app = QApplication.instance()
    font = app.font()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(big)
    try:
        window.resize(1024, 640)
        d = SummaryOptionsDialog(ctx, window)
        qtbot.addWidget(d)
        d.show()
        assert d.width() <= 1024 and d.height() <= 640
        for button in (d.print_button, d.pdf_button):
            assert button.isVisible() and d.rect().contains(button.geometry())
    finally:
        app.setFont(font)


# --- a keyboard user in a small window ------------------------------------------------------


def shown(ctx, qtbot, parent=None):
    d = SummaryOptionsDialog(ctx, parent)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def settle():
    """Let the layouts take in a change (a wrapped line can take a few rounds)."""
    for _ in range(5):
        QApplication.processEvents()


def in_view(d: SummaryOptionsDialog, widget) -> bool:
    """The whole widget can be seen in the scrolled form."""
    view = d.form_area.viewport()
    return view.rect().contains(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def focus_into_form(d: SummaryOptionsDialog, key):
    """Tab from the buttons until the focus is back in the form."""
    d.pdf_button.setFocus()
    for _ in range(10):
        press(QApplication.focusWidget(), key)
        if d.body.isAncestorOf(QApplication.focusWidget()):
            return QApplication.focusWidget()
    raise AssertionError("the focus never came back to the form")


@pytest.mark.parametrize("how", ["alt+z", "tab", "refused"])
def test_the_field_that_takes_the_focus_is_scrolled_into_view(ctx, qtbot, how):
    """Alt+Z then Down must not change the paper size out of sight."""
    d = shown(ctx, qtbot)
    d.resize(d.width(), 240)  # so small that the form scrolls
    bar = d.form_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    if how == "alt+z":
        d.first.setFocus()
        bar.setValue(0)
        assert not in_view(d, d.paper)
        press(d, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
        assert same(QApplication.focusWidget(), d.paper)
        focused = d.paper
    elif how == "refused":  # Enter with the end of the period unreadable: the focus goes there
        fill(d, last="2026-02-31")
        d.paper.setFocus()
        bar.setValue(bar.maximum())
        click(d.print_button)
        focused = d.last.edit
        assert same(QApplication.focusWidget(), focused)
    else:  # from the buttons round to the first field: the From date
        bar.setValue(bar.maximum())
        focused = focus_into_form(d, Qt.Key.Key_Tab)
        assert same(focused, d.first.edit)
    assert in_view(d, focused)


def test_the_error_line_makes_room_rather_than_push_the_form_out_of_view(ctx, qtbot):
    d = shown(ctx, qtbot)
    room = d.screen().availableGeometry()
    d.move(room.topLeft())
    view, bar = d.form_area.viewport(), d.form_area.verticalScrollBar()
    fill(d, birth="2030-01-01")
    settle()
    # no taller than the form needs: the paper size is the last row in view
    d.resize(d.width(), d.height() - (view.height() - d.body.heightForWidth(view.width())))
    qtbot.waitUntil(lambda: bar.maximum() == 0 and in_view(d, d.paper))
    height = d.height()
    click(d.print_button)
    settle()
    assert not d.error.isHidden() and d.error.height() > 0
    assert d.height() > height  # grown by the error line (and the marked box)
    assert bar.maximum() == 0 and in_view(d, d.paper) and in_view(d, d.birth)
    assert room.contains(d.frameGeometry())


def test_at_double_text_size_the_error_line_keeps_the_window_on_the_screen(window, ctx, qtbot):
    app = QApplication.instance()
    font = app.font()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(big)
    try:
        window.resize(1024, 640)
        d = shown(ctx, qtbot, window)
        room = d.screen().availableGeometry()
        d.move(room.left(), room.bottom() - d.frameGeometry().height())  # no room below
        bar = d.form_area.verticalScrollBar()
        fill(d, birth="2030-01-01")
        settle()
        hidden = bar.maximum()  # how much of the form is out of view: it scrolls
        assert hidden > 0
        click(d.pdf_button)
        settle()
        assert not d.error.isHidden()
        assert room.contains(d.frameGeometry())  # grown, and moved up to stay on the screen
        assert bar.maximum() <= hidden  # the error line took no room from the form
        assert in_view(d, d.birth) and same(QApplication.focusWidget(), d.birth.edit)
        for button in (d.print_button, d.pdf_button):
            assert d.rect().contains(button.geometry())
    finally:
        app.setFont(font)


@pytest.mark.parametrize(("change", "field", "put_right"), [
    (dict(birth="2030-01-01"), "birth", lambda d: type_over(d.birth.edit, "1961-08-30")),
    (dict(name="N" * 101), "name", lambda d: type_over(d.name, "Jane")),
    (dict(questions="?" * 2001), "questions", lambda d: type_over(d.questions, "?")),
    (dict(last="2026-02-31"), "last", lambda d: press(d.last.edit, Qt.Key.Key_Backspace)),
    # the period is about both dates: changing the other one puts it right too
    (dict(first=LAST + timedelta(days=1)), "first",
     lambda d: type_over(d.last.edit, TODAY.isoformat())),
])
def test_the_sentence_and_the_mark_go_as_soon_as_the_field_is_edited(ctx, qtbot, change, field,
                                                                     put_right):
    d = shown(ctx, qtbot)
    fill(d, **change)
    click(d.print_button)
    marked = getattr(d, field).focusProxy() or getattr(d, field)
    assert not d.error.isHidden() and marked.styleSheet()
    choose_by_keys(d.paper, "A4")  # another field: the sentence still holds
    assert not d.error.isHidden() and marked.styleSheet()
    put_right(d)
    assert d.error.isHidden() and marked.styleSheet() == ""
    assert d.choice is None and d.isVisible()  # nothing goes ahead before the next Enter


@pytest.mark.parametrize(("typed", "said"), [
    ("2030-01-01", "Tue 1 Jan 2030: use a date on or before today (23 Nov 2026)."),
    ("24/11/2026", "Tue 24 Nov 2026: use a date on or before today (23 Nov 2026)."),
    ("1899-12-31", "Sun 31 Dec 1899: use a date on or after 1 Jan 1900."),
])
def test_a_date_of_birth_that_cannot_be_used_is_said_beside_the_box_as_it_is_typed(
        ctx, qtbot, typed, said):
    d = shown(ctx, qtbot)
    qtbot.keyClicks(d.birth.edit, typed)
    assert d.birth.echo.text() == said
    assert "#c0392b" in d.birth.echo.styleSheet()
    assert d.error.isHidden()  # said beside the box only; Enter still refuses it in the line
    type_over(d.birth.edit, TODAY.isoformat())  # today is a date of birth that can be used
    assert d.birth.echo.text() == "Mon 23 Nov 2026" and d.birth.echo.styleSheet() == ""


