"""Keys and dates: every Alt+letter is unique and reaches its field, Tab follows what is seen,
Return saves a finished form, ratings say what they take, and typed dates are never misread."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QWidget,
)

from conftest import TODAY
from real_event_helpers import alt, click_seen, ctrl_s, key, type_over
from tests_ui_helpers import activate, entries_of, shown, type_into
from vdtracker.ui.answers import same
from vdtracker.ui.main_window import PAGES
from vdtracker.ui.widgets.date_field import DateField
from vdtracker.ui.widgets.dates import pydate, qdate
from vdtracker.ui.widgets.doses_today import DosesToday

MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture(autouse=True)
def _closing_asks_nothing(monkeypatch):
    """These tests leave typed text behind on purpose; closing must not ask about it."""
    import vdtracker.ui.leaving as leaving

    monkeypatch.setattr(leaving, "may_leave", lambda *_a, **_k: True)


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def keys_on(window, page: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the visible controls (and menus) that answer it."""
    seen: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        if (key := mnemonic(action.text())) is not None:
            seen.setdefault(key, []).append(f"menu {action.text()}")
    return controls_keys(window, page, seen)


def controls_keys(window, page: QWidget, seen: dict[str, list[str]]) -> dict[str, list[str]]:
    """Alt+letter -> the visible labels, buttons and group boxes in `page` that answer it."""
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel) and "<" not in w.text() or isinstance(w, QAbstractButton):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        else:
            continue
        if (key := mnemonic(text)) is not None:
            seen.setdefault(key, []).append(text)
    return seen


@pytest.mark.parametrize("key", PAGES)
@pytest.mark.parametrize("store", ["empty", "demo"])
def test_every_alt_letter_is_unique_on_its_page_and_labels_lead_to_a_field(request, store, key):
    window = request.getfixturevalue("window" if store == "empty" else "demo_window")
    activate(window)
    page = shown(window, key)
    clashes = {k: names for k, names in keys_on(window, page).items() if len(names) > 1}
    assert not clashes, f"Alt+letter used twice on {key}: {clashes}"
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(window) and mnemonic(label.text()) and "<" not in label.text():
            assert label.buddy() is not None, f"{label.text()!r} underlines a letter for nothing"


def test_alt_p_puts_the_cursor_in_the_pain_rating(window, qtbot):
    page = window.page("today")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert same(QApplication.focusWidget(), page.form.pain.spin)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # spasm Severity
    assert same(QApplication.focusWidget(), page.form.spasm_severity.spin)


def test_tab_walks_a_dose_row_as_it_reads(demo_window, qtbot):
    doses = demo_window.page("today").findChild(DosesToday)
    taken, skipped, at = next(iter(doses.buttons.values()))
    row = doses.grid.getItemPosition(doses.grid.indexOf(at))[0]
    snooze = doses.grid.itemAtPosition(row, 3).widget()
    names = {"time": at.edit, "taken": taken, "snooze": snooze, "skipped": skipped}
    click_seen(at.edit)
    walked = []
    for _ in range(4):  # real Tab presses, read back through the focused widget
        focused = QApplication.focusWidget()
        walked += [name for name, w in names.items() if same(w, focused)]
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert walked == ["time", "taken", "snooze", "skipped"]


def test_return_in_the_note_saves_the_day(window, qtbot, ctx):
    form = window.page("today").form
    type_into(qtbot, form.pain.spin, "4")
    qtbot.keyClicks(form.note, "slept well")
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert [(e.kind, e.note) for e in entries_of(ctx)] == [("pain", "slept well")]


def test_return_in_the_note_does_not_save_an_empty_day(window, qtbot, ctx):
    form = window.page("today").form
    qtbot.keyClicks(form.note, "nothing rated")
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert entries_of(ctx) == []


def test_return_in_the_lab_name_saves_the_result(window, qtbot, ctx):
    labs = window.page("labs")
    qtbot.keyClicks(labs.value, "35")
    qtbot.keyClicks(labs.lab, "City Lab")
    qtbot.keyClick(labs.lab, Qt.Key.Key_Return)
    assert [r.lab_name for r in ctx.services.labs.list()] == ["City Lab"]


def test_return_in_the_schedule_note_saves_the_schedule(window, qtbot, ctx):
    page = window.page("supplements")
    form = page.form
    qtbot.keyClicks(form.supplement.lineEdit(), "Vitamin D3")
    qtbot.keyClicks(form.amount, "2000")
    qtbot.keyClicks(form.note, "from Dr Ahmed")
    assert page.save.isEnabled(), page.reason.text()
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert [r.supplement for r in ctx.services.regimens.list(TODAY)] == ["Vitamin D3"]


# ---- ratings ---------------------------------------------------------------------------

def test_typing_eleven_says_zero_to_ten(window, qtbot):
    pain = window.page("today").form.pain
    assert not pain.hint.isVisible()
    type_into(qtbot, pain.spin, "11")
    assert pain.hint.isVisible() and "0 to 10" in pain.hint.text()
    type_into(qtbot, pain.spin, "7")
    assert pain.value() == 7 and not pain.hint.isVisible()


def test_delete_and_backspace_clear_a_rating_to_not_rated(window, qtbot):
    pain = window.page("today").form.pain
    type_into(qtbot, pain.spin, "6.5")
    qtbot.keyClick(pain.spin, Qt.Key.Key_Delete)
    assert pain.value() is None and pain.spin.text() == "not rated"
    type_into(qtbot, pain.spin, "3")
    pain.spin.lineEdit().selectAll()
    qtbot.keyClick(pain.spin, Qt.Key.Key_Backspace)  # emptied: still 3 until Backspace again
    qtbot.keyClick(pain.spin, Qt.Key.Key_Backspace)
    assert pain.value() is None


def test_not_rated_and_zero_look_different(window, qtbot):
    pain = window.page("today").form.pain
    assert pain.spin.text() == "not rated" and pain.spin.lineEdit().font().italic()
    type_into(qtbot, pain.spin, "0")
    assert pain.spin.text() == "0 / 10" and not pain.spin.lineEdit().font().italic()
    type_into(qtbot, pain.spin, "6.5")
    assert pain.spin.text() == "6.5 / 10"


def test_the_cramp_place_is_not_guessed(window):
    form = window.page("today").form
    for combo in (form.pain_region, form.cramp_region, form.spasm_region, form.cramp_side):
        assert combo.currentText() == ""


# ---- dates -----------------------------------------------------------------------------

def typed(qtbot, field: DateField, text: str) -> None:
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)


def test_an_iso_date_typed_is_the_date_saved(window, qtbot, ctx):
    labs = shown(window, "labs")
    alt("d", window)  # "Date"
    type_over(labs.day, "2026-08-30")
    assert pydate(labs.day.date()) == date(2026, 8, 30)
    assert labs.day.echo.text() == "Sun 30 Aug 2026"
    key(Qt.Key.Key_Tab)  # on to the next box
    assert labs.day.lineEdit().text() == "30/08/2026"  # shown back the locale's way
    qtbot.keyClicks(labs.value, "35")
    ctrl_s()
    assert [r.day for r in ctx.services.labs.list()] == [date(2026, 8, 30)]


def test_unreadable_text_says_so_and_keeps_the_last_good_date(window, qtbot):
    labs = shown(window, "labs")
    alt("d", window)  # "Date"
    type_over(labs.day, "30/08/2026")
    type_over(labs.day, "31/02/2026")
    assert pydate(labs.day.date()) == date(2026, 8, 30)
    assert "Not a date" in labs.day.echo.text()
    key(Qt.Key.Key_Tab)
    assert labs.day.lineEdit().text() == "30/08/2026"
    assert labs.day.echo.text() == "“31/02/2026” is not a date; kept Sun 30 Aug 2026"


def test_a_future_day_is_refused_by_the_day_picker_out_loud(window, qtbot):
    page = window.page("today")
    typed(qtbot, page.picker.pick, "2026-12-24")
    assert page.day == TODAY
    assert page.picker.pick.echo.text() == "Not after Mon 23 Nov 2026"


@pytest.mark.qt_log_ignore("This plugin does not support")  # a pop-up menu offscreen
def test_up_and_down_step_a_day_and_today_yesterday_are_one_choice_away(window, qtbot):
    field = shown(window, "labs").day
    alt("d", window)  # "Date"
    type_over(field, "2026-01-10")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Down)
    assert pydate(field.date()) == date(2026, 1, 9)
    chosen = []

    def choose(letter):
        def pick() -> None:
            chosen.append(field.menu.isVisible())
            qtbot.keyClick(field.menu, letter)  # the item's underlined letter
        return pick

    QTimer.singleShot(0, choose(Qt.Key.Key_Y))  # "Yesterday"
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert chosen == [True] and not field.menu.isVisible()
    assert pydate(field.date()) == TODAY - timedelta(days=1)  # the window's today, not the clock
    QTimer.singleShot(0, choose(Qt.Key.Key_T))  # "Today", the menu opened with F4
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_F4)
    assert chosen == [True, True]
    assert pydate(field.date()) == TODAY


@pytest.fixture
def german():
    old = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(old)


def test_german_dates_typed_the_german_way_or_iso(german, qtbot):
    field = DateField(None, date(2026, 1, 1), lambda: TODAY)
    qtbot.addWidget(field)
    assert field.lineEdit().text() == "01.01.2026"
    typed(qtbot, field, "30.08.2026")
    assert pydate(field.date()) == date(2026, 8, 30)
    assert field.echo.text() == QLocale("de_DE").toString(qdate(date(2026, 8, 30)),
                                                          "ddd d MMM yyyy")
    typed(qtbot, field, "2026-09-01")
    assert pydate(field.date()) == date(2026, 9, 1)
    typed(qtbot, field, "30.08.26")  # a two-digit year is not guessed
    assert pydate(field.date()) == date(2026, 9, 1) and "Not a date" in field.echo.text()


def test_american_dates_are_read_month_first(qtbot):
    field = DateField(None, date(2026, 1, 1), lambda: TODAY)
    qtbot.addWidget(field)
    field.setLocale(QLocale("en_US"))
    typed(qtbot, field, "8/30/2026")
    assert pydate(field.date()) == date(2026, 8, 30)
    typed(qtbot, field, "9/1/2026")  # either way a date: read the locale's way, said in words
    assert pydate(field.date()) == date(2026, 9, 1) and field.echo.text() == "Tue 1 Sep 2026"
    typed(qtbot, field, "30/8/2026")  # there is no 30th month: it cannot be misread
    assert pydate(field.date()) == date(2026, 8, 30) and field.echo.text() == "Sun 30 Aug 2026"
    typed(qtbot, field, "31/9/2026")  # neither a date nor a date the other way round
    assert pydate(field.date()) == date(2026, 8, 30) and "Not a date" in field.echo.text()


@pytest.mark.parametrize(("text", "name", "day"), [
    ("2026-08-30", "en_US", date(2026, 8, 30)),
    ("30.08.2026", "de_DE", date(2026, 8, 30)),
    ("30/08/2026", "en_GB", date(2026, 8, 30)),
    ("8/30/2026", "en_US", date(2026, 8, 30)),
    ("2026/08/30", "ja_JP", date(2026, 8, 30)),
    ("30-08-2026", "nl_NL", date(2026, 8, 30)),
    (" 1.9.2026 ", "fi_FI", date(2026, 9, 1)),
])
def test_a_date_reads_as_iso_or_as_its_locale_writes_it(text, name, day):
    from vdtracker.ui.locale_numbers import parse_date

    assert parse_date(text, QLocale(name)) == day


@pytest.mark.parametrize(("text", "name", "day"), [
    ("22.08.2026", "en_US", date(2026, 8, 22)),  # no 22nd month, and dots write day first
    ("22.08.2026", "en_GB", date(2026, 8, 22)),
    ("05.08.2026", "en_US", date(2026, 8, 5)),  # dots: day first wherever it is typed
    ("30/8/2026", "en_US", date(2026, 8, 30)),  # no 30th month
    ("8/30/2026", "de_DE", date(2026, 8, 30)),  # no 30th month
    ("2026.08.30", "en_US", date(2026, 8, 30)),  # the year first: month, then day
])
def test_a_date_that_cannot_be_misread_is_read_in_any_language(text, name, day):
    from vdtracker.ui.locale_numbers import parse_date

    assert parse_date(text, QLocale(name)) == day


@pytest.mark.parametrize(("text", "name"), [
    ("31.02.2026", "en_US"), ("31.02.2026", "de_DE"), ("30.08.26", "de_DE"),
    ("2026-13-01", "de_DE"), ("tomorrow", "en_GB"), ("30/08/02026", "en_GB"),
])
def test_a_date_that_does_not_read_is_refused_never_guessed(text, name):
    from vdtracker.ui.locale_numbers import parse_date

    with pytest.raises(ValueError):
        parse_date(text, QLocale(name))


def test_a_german_rating_is_typed_and_shown_with_a_comma(german, qtbot):
    from vdtracker.ui.widgets.score_field import ScoreField

    field = ScoreField("Schmerz")
    qtbot.addWidget(field)
    field.show()
    type_into(qtbot, field.spin, "6,5")
    assert field.value() == 6.5 and field.spin.text() == "6,5 / 10"
    type_into(qtbot, field.spin, "12")
    assert field.hint.text() == "0 to 10, e.g. 6,5"


@pytest.fixture
def german_demo_window(qtbot, demo_ctx):
    """The demo window built with the German catalogue installed (as under LANG=de_DE)."""
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from vdtracker.ui.main_window import MainWindow

    catalogue = Path(__file__).parents[2] / "vdtracker" / "i18n" / "vdtracker_de.qm"
    translator = QTranslator()
    assert translator.load(str(catalogue))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        w = MainWindow(demo_ctx)
        qtbot.addWidget(w)
        w.show()
        for key in PAGES:
            w.page(key)  # every page built while German is installed
        yield w
    finally:
        app.removeTranslator(translator)


@pytest.mark.parametrize("key", PAGES)
def test_every_alt_letter_is_unique_in_german_too(german_demo_window, key):
    window = german_demo_window
    activate(window)
    shown(window, key)
    assert window.menuBar().actions()[0].text() == "&Datei"
    clashes = {k: names for k, names in keys_on(window, window.page(key)).items()
               if len(names) > 1}
    assert not clashes, f"Alt+letter used twice on {key} in German: {clashes}"


def summary_dialog_keys(ctx, qtbot):
    from vdtracker.ui.summary.options_dialog import SummaryOptionsDialog

    dialog = SummaryOptionsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    clashes = {k: names for k, names in controls_keys(dialog, dialog, {}).items()
               if len(names) > 1}
    assert not clashes, f"Alt+letter used twice in the summary dialog: {clashes}"
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and mnemonic(label.text()):
            assert label.buddy() is not None, f"{label.text()!r} underlines a letter for nothing"
    return dialog


def test_every_alt_letter_is_unique_in_the_summary_dialog(ctx, qtbot):
    dialog = summary_dialog_keys(ctx, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert same(QApplication.focusWidget(), dialog.birth.edit)
    qtbot.keyClick(dialog, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert same(QApplication.focusWidget(), dialog.questions)


def test_every_alt_letter_is_unique_in_the_summary_dialog_in_german(german_demo_window, qtbot):
    summary_dialog_keys(german_demo_window.ctx, qtbot)
