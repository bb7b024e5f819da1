"""Labs in the window: "<10" and ">150" as printed, the range beside its unit, implausible
values asked about, a number that reads two ways asked about, all under a German locale too."""

from PySide6.QtCore import QLocale

from conftest import TODAY
from test_typed_amounts import pick_reading
from tests_ui_helpers import answer_typo_check
from vdtracker.services import settings as opts


def typed(page, qtbot, value, low="", high="", unit=None):
    if unit:
        page.unit.setCurrentText(unit)
    page.value.clear()
    qtbot.keyClicks(page.value, value)
    page.low.clear()
    page.high.clear()
    qtbot.keyClicks(page.low, low)
    qtbot.keyClicks(page.high, high)


def test_a_value_beyond_the_limit_is_saved_as_printed_and_flagged_high(window, ctx, qtbot):
    page = window.page("labs")
    typed(page, qtbot, ">150", "30", "100", unit="ng/mL")
    assert page.save.isEnabled(), page.reason.text()
    page.save_result()
    [r] = ctx.services.labs.list()
    assert (r.value_text, r.value, r.flag) == (">150", 150, "above")
    high = [a for a in ctx.services.alerts.alerts(TODAY) if a.kind == "level-high"]
    assert high and "nausea" in ctx.words.alert(high[0])


def test_german_numbers_with_a_qualifier(window, ctx, qtbot):
    page = window.page("labs")
    for w in (page.value, page.low, page.high):
        w.setLocale(QLocale("de_DE"))
    typed(page, qtbot, "<7,5", "7,5", "37,5", unit="nmol/L")
    page.save_result()
    [r] = ctx.services.labs.list()
    assert (r.value_text, r.value, r.low, r.high, r.flag) == ("<7,5", 7.5, 7.5, 37.5, "below")


def test_the_range_shows_its_unit_and_clears_when_the_unit_or_lab_changes(window, qtbot):
    page = window.page("labs")
    page.unit.setCurrentText("nmol/L")
    typed(page, qtbot, "50", "75", "250")
    assert page.range_unit.text() == "nmol/L"
    page.unit.setCurrentText("ng/mL")
    assert page.range_unit.text() == "ng/mL" and page.low.text() == page.high.text() == ""
    typed(page, qtbot, "20", "30", "100")
    qtbot.keyClicks(page.lab, "Other lab")
    assert page.low.text() == "" and page.value.text() == "20"  # the result stays


def test_an_implausible_range_for_the_unit_asks_with_no_as_default(window, ctx, qtbot):
    page = window.page("labs")
    typed(page, qtbot, "30", "75", "250", unit="ng/mL")
    asked = []
    answer_typo_check(False, asked)
    page.save_result()
    assert "75–250 ng/mL" in asked[0][0] and asked[0][1]
    assert ctx.services.labs.list() == [] and page.high.text() == "250"  # kept to correct
    answer_typo_check(True, asked)
    page.save_result()
    assert len(ctx.services.labs.list()) == 1


def test_a_result_that_reads_two_ways_is_asked_about(window, ctx, qtbot):
    page = window.page("labs")
    page.analyte.setCurrentIndex(page.analyte.findData("b12"))
    page.value.setLocale(QLocale("en_GB"))
    typed(page, qtbot, "1.200", unit="pg/mL")
    asked = []
    pick_reading("1,200", asked)
    page.save_result()
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
    page = window.page("labs")
    typed(page, qtbot, "20", unit="ng/mL")
    page.day.lineEdit().setText("31/02/2026")
    assert not page.save.isEnabled() and "31/02/2026" in page.reason.text()
    page.save_result()
    assert ctx.services.labs.list() == []


def test_editing_a_loaded_result_keeps_its_digits_and_range(window, ctx, qtbot):
    from datetime import timedelta

    from builders import add_lab
    add_lab(ctx.services, "calcium", "2.345", "mmol/L", day=TODAY - timedelta(days=3),
            today=TODAY, low=2.15, high=2.55, lab_name="City Lab")
    ctx.signals.changed.emit()
    page = window.page("labs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.edit_result(ctx.services.labs.list()[0])
    assert (page.value.text(), page.low.text(), page.high.text()) == ("2.345", "2.15", "2.55")
    assert page.unsaved_work() is None  # loaded, not changed
    qtbot.keyClicks(page.lab, " North")  # the lab's name corrected: its range stays
    assert page.low.text() == "2.15" and page.unsaved_work() is not None


def test_the_other_unit_and_history_keep_the_qualifier(window, ctx, qtbot):
    page = window.page("labs")
    typed(page, qtbot, "<10", "30", "100", unit="ng/mL")
    page.save_result()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 3).data() == "<25 nmol/L"
    history = window.page("history")
    history._refresh()
    assert history.model.index(0, 4).data() == "<10"
    assert "(<25 nmol/L)" in history.model.index(0, 3).data()


def test_a_dialog_never_saves_a_date_it_could_not_read(qtbot):
    from datetime import timedelta

    from PySide6.QtWidgets import QDialog

    from vdtracker.ui.dialogs.taken_on import TakenOnDialog
    dialog = TakenOnDialog(None, "When?", TODAY - timedelta(days=2), TODAY)
    qtbot.addWidget(dialog)
    dialog.day.lineEdit().setText("31/02/2026")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.day.unread()
    dialog.day.lineEdit().clear()
    qtbot.keyClicks(dialog.day.lineEdit(), "2026-11-20")  # typed as a patient types it
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answer()[0].isoformat() == "2026-11-20"
