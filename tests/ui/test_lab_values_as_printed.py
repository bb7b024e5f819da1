"""Labs in the window: "<10" and ">150" as printed, the range beside its unit, implausible
values asked about, a number that reads two ways asked about, all under a German locale too."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from conftest import NOW, TODAY
from real_event_helpers import choose, click_cell, click_seen, ctrl_s, key, type_over
from test_typed_amounts import pick_reading
from tests_ui_helpers import answer_typo_check, button, click, press, shown, when_shown
from vdtracker.services import settings as opts


def typed(page, qtbot, value, low="", high="", unit=None):
    """The result typed box by box, as after tabbing to each (what a box held typed over)."""
    if unit:
        choose(page.unit, unit)
    type_over(page.value, value)
    type_over(page.low, low)
    type_over(page.high, high)


def test_a_value_beyond_the_limit_is_saved_as_printed_and_flagged_high(window, ctx, qtbot):
    page = shown(window, "labs")
    typed(page, qtbot, ">150", "30", "100", unit="ng/mL")
    assert page.save.isEnabled(), page.reason.text()
    click_seen(page.save)
    [r] = ctx.services.labs.list()
    assert (r.value_text, r.value, r.flag) == (">150", 150, "above")
    high = [a for a in ctx.services.alerts.alerts(TODAY) if a.kind == "level-high"]
    assert high and "nausea" in ctx.words.alert(high[0])


def test_german_numbers_with_a_qualifier(window, ctx, qtbot):
    page = shown(window, "labs")
    for w in (page.value, page.low, page.high):
        w.setLocale(QLocale("de_DE"))
    typed(page, qtbot, "<7,5", "7,5", "37,5", unit="nmol/L")
    ctrl_s()
    [r] = ctx.services.labs.list()
    assert (r.value_text, r.value, r.low, r.high, r.flag) == ("<7,5", 7.5, 7.5, 37.5, "below")


def test_a_range_typed_stays_whatever_is_typed_after_it(window, ctx, qtbot):
    """The patient fills the form in their own order: the lab's name or the unit chosen after
    the range never wipes it (it was saved without a range, flagged "no range", before)."""
    page = shown(window, "labs")
    typed(page, qtbot, "22.5", "30", "100")
    qtbot.keyClicks(page.lab, "City Lab")
    choose(page.unit, "ng/mL")
    assert (page.low.text(), page.high.text(), page.range_unit.text()) == ("30", "100", "ng/mL")
    ctrl_s()
    [r] = ctx.services.labs.list()
    assert (r.low, r.high, r.lab_name) == (30, 100, "City Lab")


def test_the_range_left_from_the_last_result_goes_when_the_unit_or_lab_changes(window, ctx,
                                                                               qtbot):
    """After a save the range stays for the next result of the same report; another unit or
    another lab prints another range, so then it goes (the value typed stays)."""
    page = shown(window, "labs")
    choose(page.unit, "nmol/L")
    typed(page, qtbot, "50", "75", "250")
    assert page.range_unit.text() == "nmol/L"
    ctrl_s()
    qtbot.waitUntil(lambda: len(ctx.services.labs.list()) == 1)
    assert (page.low.text(), page.high.text()) == ("75", "250")  # for the next result
    choose(page.unit, "ng/mL")
    assert page.range_unit.text() == "ng/mL" and page.low.text() == page.high.text() == ""
    typed(page, qtbot, "20", "30", "100")
    ctrl_s()
    qtbot.waitUntil(lambda: len(ctx.services.labs.list()) == 2)
    type_over(page.value, "21")
    qtbot.keyClicks(page.lab, "Other lab")
    assert page.low.text() == "" and page.value.text() == "21"  # the result stays


def test_an_implausible_range_for_the_unit_asks_with_no_as_default(window, ctx, qtbot):
    page = shown(window, "labs")
    typed(page, qtbot, "30", "75", "250", unit="ng/mL")
    asked = []
    answer_typo_check(False, asked)
    click_seen(page.save)
    assert "75–250 ng/mL" in asked[0][0] and asked[0][1]
    assert ctx.services.labs.list() == [] and page.high.text() == "250"  # kept to correct
    answer_typo_check(True, asked)
    ctrl_s()
    assert len(ctx.services.labs.list()) == 1


def test_a_result_that_reads_two_ways_is_asked_about(window, ctx, qtbot):
    page = shown(window, "labs")
    choose(page.analyte, "Vitamin B12")
    page.value.setLocale(QLocale("en_GB"))
    typed(page, qtbot, "1.200", unit="pg/mL")
    asked = []
    pick_reading("1,200", asked)
    click_seen(page.save)
    [r] = ctx.services.labs.list()
    assert r.value == 1200 and r.value_text == "1,200"


def test_a_new_vitamin_d_result_starts_in_the_unit_settings_shows(ctx, qtbot):
    from vdtracker.ui.main_window import MainWindow
    ctx.services.settings.set(opts.VITAMIN_D_UNIT, "nmol/L")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    page = w.page("labs")
    assert page.analyte.currentData() == "vitamin-d" and page.unit.currentText() == "nmol/L"
    assert "µg/L" in [page.unit.itemText(i) for i in range(page.unit.count())]


def test_a_date_that_does_not_read_stops_the_save(window, ctx, qtbot):
    page = shown(window, "labs")
    typed(page, qtbot, "20", unit="ng/mL")
    type_over(page.day, "31/02/2026")
    assert not page.save.isEnabled() and "31/02/2026" in page.reason.text()
    ctrl_s()
    assert ctx.services.labs.list() == []


def test_editing_a_loaded_result_keeps_its_digits_and_range(window, ctx, qtbot):

    from builders import add_lab
    add_lab(ctx.services, "calcium", "2.345", "mmol/L", day=TODAY - timedelta(days=3),
            today=TODAY, low=2.15, high=2.55, lab_name="City Lab")
    page = shown(window, "labs")  # built when first shown: over the result stored
    click_cell(page.table, 0, 0)
    click_seen(page.results.edit_button)
    assert (page.value.text(), page.low.text(), page.high.text()) == ("2.345", "2.15", "2.55")
    assert page.unsaved_work() is None  # loaded, not changed
    click_seen(page.lab)
    key(Qt.Key.Key_End)
    qtbot.keyClicks(page.lab, " North")  # the lab's name corrected: its range stays
    assert page.low.text() == "2.15" and page.unsaved_work() is not None


def test_the_other_unit_and_history_keep_the_qualifier(window, ctx, qtbot):
    page = shown(window, "labs")
    typed(page, qtbot, "<10", "30", "100", unit="ng/mL")
    ctrl_s()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 3).data() == "<25 nmol/L"
    history = shown(window, "history")
    assert history.model.index(0, 4).data() == "<10"
    assert "(<25 nmol/L)" in history.model.index(0, 3).data()


def taken_on_dialog(qtbot):

    from vdtracker.ui.dialogs.taken_on import TakenOnDialog
    dialog = TakenOnDialog(None, "When?", TODAY - timedelta(days=2), lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def test_a_date_typed_in_the_dialog_is_the_date_it_saves(qtbot):
    from PySide6.QtWidgets import QDialog

    from vdtracker.ui.dialogs.taken_on import TakenOnDialog
    dialog = taken_on_dialog(qtbot)

    def answer(d):
        press(d, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Day"
        type_over(d.day, "2026-11-20")  # typed as a patient types it
        press(d.day.lineEdit(), Qt.Key.Key_Return)  # Enter: the default button, Save
    when_shown(TakenOnDialog, answer)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert dialog.answer()[0].isoformat() == "2026-11-20"


@pytest.mark.parametrize("how", ["enter", "click"])
def test_a_dialog_never_saves_a_date_it_could_not_read(qtbot, how):
    from vdtracker.ui.dialogs.taken_on import TakenOnDialog
    dialog = taken_on_dialog(qtbot)
    seen = []

    def answer(d):
        press(d, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Day"
        type_over(d.day, "31/02/2026")
        if how == "enter":
            press(d.day.lineEdit(), Qt.Key.Key_Return)
            press(d.day.lineEdit(), Qt.Key.Key_Return)  # twice: still not the due date
        else:
            click(button(d, "Save"))
            click(button(d, "Save"))
        seen.append((d.isVisible(), d.day.echo.text(), d.day.unread() is not None))
        if d.isVisible():
            press(d, Qt.Key.Key_Escape)
    when_shown(TakenOnDialog, answer)
    dialog.exec()
    # still open, and why the date was not taken said beside the box: never the due date
    # saved in its place without a word
    assert len(seen) == 1 and seen[0][0] and seen[0][2]
    assert seen[0][1].startswith("“31/02/2026” is not a date; kept ")


def test_the_date_kept_is_saved_once_the_patient_chooses_it(qtbot):
    """After "31/02/2026" was refused, typing a date (the one kept, or another) lets Save go."""
    from PySide6.QtWidgets import QDialog

    from vdtracker.ui.dialogs.taken_on import TakenOnDialog
    dialog = taken_on_dialog(qtbot)

    def answer(d):
        press(d, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        type_over(d.day, "31/02/2026")
        press(d.day.lineEdit(), Qt.Key.Key_Return)
        assert d.isVisible()
        type_over(d.day, "20/11/2026")
        press(d.day.lineEdit(), Qt.Key.Key_Return)
    when_shown(TakenOnDialog, answer)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert dialog.answer()[0] == TODAY - timedelta(days=3)
