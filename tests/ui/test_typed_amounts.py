"""A typed amount means one thing: read in the user's locale, asked about when it reads two ways,
said back in words, and the form starts clean after a save."""

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from conftest import TODAY
from real_event_helpers import choose, click_seen, ctrl_s
from test_supplements_page import fill
from tests_ui_helpers import answer_typo_check, button, click, press, shown, type_into, when_shown
from vdtracker.ui.number_readings import readings
from vdtracker.ui.widgets.dates import qdate


def pick_reading(text_starting, asked):
    """Click the button of the reading that starts with `text_starting` (None: the escape
    button, "Let me check"); a question without that button fails the test."""
    def act(box):
        asked.append((box.text(), [b.text() for b in box.buttons()],
                      box.defaultButton().text()))
        if text_starting is None:
            press(box, Qt.Key.Key_Escape)
        else:
            click(button(box, text_starting))
    when_shown(QMessageBox, act)


def test_a_number_with_three_digits_after_the_point_reads_two_ways():
    en, de = QLocale("en_GB"), QLocale("de_DE")
    assert readings("50.000", en) == (50.0, 50000.0)
    assert readings("50,000", de) == (50.0, 50000.0)
    assert readings("50,000", en) == (50000.0,)   # a thousands group in English
    assert readings("50.000", de) == (50000.0,)   # and in German
    assert readings("1.5", en) == (1.5,) and readings("0.125", en) == (0.125,)
    assert readings("1.25", en) == (1.25,) and readings("", en) == ()


def test_an_amount_that_reads_two_ways_is_asked_about_before_saving(window, ctx, qtbot):
    page = shown(window, "supplements")
    page.form.setLocale(QLocale("en_GB"))
    fill(page.form, qtbot, "Vitamin D3", "50.000", every=7, weeks=12)
    assert "can be read as 50 or 50,000" in page.form.average.text()
    asked = []
    pick_reading(None, asked)  # "Let me check" is the default and the Escape answer
    click_seen(page.save)
    assert asked[0][2] == "Let me check" and ctx.services.regimens.list(TODAY) == []
    assert page.form.amount.text() == "50.000"
    pick_reading("50,000", asked)
    ctrl_s()
    [saved] = ctx.services.regimens.list(TODAY)
    assert (saved.amount, saved.unit) == (50000, "IU")


def test_fifty_thousand_the_german_way_is_never_fifty(window, ctx, qtbot):
    page = shown(window, "supplements")
    page.form.setLocale(QLocale("de_DE"))
    fill(page.form, qtbot, "Vitamin D3", "50.000", every=7, weeks=12)
    assert "7.143 IU" in page.form.average.text()
    click_seen(page.save)  # nothing to ask: German writes fifty thousand this way
    [saved] = ctx.services.regimens.list(TODAY)
    assert saved.amount == 50000


def test_vitamin_d_in_mg_is_checked_as_iu_with_no_as_the_default(window, ctx, qtbot):
    page = shown(window, "supplements")
    fill(page.form, qtbot, "Vitamin D3", "125", every=7, weeks=12)
    choose(page.form.unit, "mg")
    asked = []
    answer_typo_check(False, asked)
    click_seen(page.save)
    assert "about 5,000,000 IU" in asked[0][0] and asked[0][1]
    assert ctx.services.regimens.list(TODAY) == []


def test_a_daily_schedule_of_a_weekly_amount_asks_per_day(window, ctx, qtbot):
    page = shown(window, "supplements")
    fill(page.form, qtbot, "Vitamin D3", "50000", every=1, weeks=2)
    asked = []
    answer_typo_check(False, asked)
    ctrl_s()
    assert asked[0][0] == ("You entered 50,000 IU daily — about 50,000 IU a day. Is that what "
                           "your prescription says?")


def test_the_rule_is_said_back_in_words_and_small_averages_keep_their_digits(window, qtbot):
    page = shown(window, "supplements")
    sunday = TODAY - timedelta(days=1)  # Sun 22 Nov 2026
    fill(page.form, qtbot, "Vitamin D3", "1.25", every=7, start=sunday, weeks=12)
    choose(page.form.unit, "mg")
    words = page.form.in_words.text()
    assert words.startswith("every week on Sunday, 12 doses, first on Sun 22 Nov 2026, last on "
                            "Sun 7 Feb 2027"), words
    assert "About 0.18 mg a day" in page.form.average.text()
    type_into(qtbot, page.form.every, "1")
    assert page.form.every.suffix() == " day"
    choose(page.form.end_kind, "open-ended")
    assert page.form.in_words.text() == "every day from Sun 22 Nov 2026, with no end date"


def test_the_form_starts_clean_after_a_save(window, ctx, qtbot):
    page = shown(window, "supplements")
    fill(page.form, qtbot, "Vitamin B12", "1000", every=1, weeks=4)
    choose(page.form.unit, "mcg")
    click_seen(page.save)
    assert len(ctx.services.regimens.list(TODAY)) == 1
    f = page.form
    assert (f.amount.text(), f.unit.currentText(), f.every.value(), f.every.suffix()) == \
        ("", "IU", 7, " days")
    assert f.by_interval.isChecked() and not any(b.isChecked() for b in f.days)
    assert f.start.date() == qdate(TODAY) and f.end_kind.currentIndex() == 0


def test_the_decimal_reading_keeps_every_digit_typed(window, ctx, qtbot):
    page = shown(window, "supplements")
    page.form.setLocale(QLocale("en_GB"))
    fill(page.form, qtbot, "Vitamin D3", "1.125", every=7, weeks=12)
    choose(page.form.unit, "mg")
    asked = []
    pick_reading("1.125", asked)
    click_seen(page.save)
    [saved] = ctx.services.regimens.list(TODAY)
    assert saved.amount == 1.125  # never 1.13


def test_exponents_are_not_numbers_anyone_types():
    import pytest

    from vdtracker.ui.locale_numbers import parse_number
    with pytest.raises(ValueError):
        parse_number("1e3", QLocale("en_GB"))
