"""Labs in both units against the report's range; settings change how results are flagged.
Typed, chosen and clicked as a patient does (Ctrl+Z on the window undoes)."""

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from real_event_kit import OFFSCREEN_MENU, choose_by_keys, pick_with_mouse, type_over
from tests_ui_helpers import activate, click, shown
from vdtracker.services import settings as opts
from vdtracker.ui.tables.lab_model import LabModel

pytestmark = OFFSCREEN_MENU  # a combo box's list is a popup


def undo(window) -> None:
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo


def choose(combo, data) -> None:
    choose_by_keys(combo, combo.itemText(combo.findData(data)))


def test_lab_model_passes_qt_model_checks(qtmodeltester, demo_ctx):
    model = LabModel(demo_ctx.words)
    model.set_rows(demo_ctx.services.labs.list(), {})
    qtmodeltester.check(model, force_py=True)


def test_add_a_result_as_printed_and_see_both_units(window, ctx, qtbot):
    page = shown(window, "labs")
    activate(window)
    assert not page.save.isEnabled() and "as printed" in page.reason.text()
    choose(page.analyte, "vitamin-d")
    choose_by_keys(page.unit, "nmol/L")
    type_over(page.value, "19")
    type_over(page.day.lineEdit(), "2025-02-03")
    type_over(page.low, "50")
    type_over(page.high, "125")
    click(page.save)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert [r.day for r in ctx.services.labs.list()] == [date(2025, 2, 3)]
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    ng = round(19 / 2.496, 1)  # nmol/L to ng/mL: 7.6
    assert cells[2:6] == ["19 nmol/L", f"{ng} ng/mL", "50–125 nmol/L", "below the report's range"]
    undo(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_a_backwards_range_is_explained_before_saving(window, qtbot):
    page = shown(window, "labs")
    type_over(page.value, "30")
    type_over(page.low, "100")
    type_over(page.high, "30")
    assert not page.save.isEnabled() and "low end" in page.reason.text()


def test_choosing_a_profile_names_it_next_to_the_flag(demo_window, demo_ctx, qtbot):
    labs = demo_window.page("labs")
    settings = shown(demo_window, "settings")
    box = settings.boxes["profile.vitamin-d"]
    pick_with_mouse(box, box.itemText(box.findData("iom2011")))
    assert demo_ctx.services.settings.get(opts.VITAMIN_D_PROFILE) == "iom2011"
    qtbot.waitUntil(lambda: "IOM" in labs.model.index(0, 5).data())
    assert "“inadequate”" in labs.model.index(0, 5).data()  # 35 nmol/L
    today = demo_window.page("today")
    qtbot.waitUntil(lambda: any("IOM" in r.text.text() for r in today.banner.rows))


def test_retest_date(window, ctx, qtbot):
    page = shown(window, "labs")
    type_over(page.retest.recheck_day.lineEdit(), "2027-01-15")
    click(page.retest.recheck_save)
    qtbot.waitUntil(lambda: "15 Jan 2027" in page.retest.recheck_state.text())
    assert ctx.services.labs.rechecks() == {"vitamin-d": date(2027, 1, 15)}
    undo(window)
    qtbot.waitUntil(lambda: "15 Jan 2027" not in page.retest.recheck_state.text())
    assert ctx.services.labs.rechecks() == {}


def test_settings_show_the_data_folder_read_only(window, ctx):
    from PySide6.QtWidgets import QLineEdit
    page = window.page("settings")
    folder = next(w for w in page.findChildren(QLineEdit) if w.accessibleName() == "Data folder")
    assert folder.isReadOnly() and folder.text() == ctx.services.db.where


def test_a_german_result_is_read_the_german_way_and_kept_as_printed(window, ctx, qtbot):
    """"1.200" pmol/L under a German locale is twelve hundred, never 1.2; "7,6" is 7.6."""
    page = shown(window, "labs")
    activate(window)
    for edit in (page.value, page.low, page.high):
        edit.setLocale(QLocale("de_DE"))
    for analyte, unit, value, low, high in (("b12", "pmol/L", "1.200", "145", "569"),
                                            ("vitamin-d", "ng/mL", "7,6", "30", "100")):
        choose(page.analyte, analyte)
        choose_by_keys(page.unit, unit)
        type_over(page.value, value)
        type_over(page.low, low)
        type_over(page.high, high)
        click(page.save)
        qtbot.waitUntil(lambda: not page.value.text())  # saved: the form is emptied
    stored = {v.analyte: (v.value, v.value_text, v.flag) for v in ctx.services.labs.list()}
    assert stored == {"b12": (1200.0, "1.200", "above"), "vitamin-d": (7.6, "7,6", "below")}
    type_over(page.value, "1.5")  # not a German number: refused before saving, never read as 15
    assert not page.save.isEnabled()


def test_number_boxes_have_no_validator_to_rewrite_what_was_typed(window):
    """QDoubleValidator's fix-up turned a refused German "1.5" into "1,50E+01" (15) on leaving
    the box; the pages read numbers with locale_numbers only, and say why until they can."""
    supplements = window.page("supplements")
    labs = shown(window, "labs")
    boxes = [labs.value, labs.low, labs.high, supplements.form.amount]
    assert [box.validator() for box in boxes] == [None] * 4
    labs.value.setLocale(QLocale("de_DE"))
    type_over(labs.value, "1.5")
    QTest.keyClick(labs.value, Qt.Key.Key_Tab)  # leaving the box: nothing rewrites it
    assert not labs.save.isEnabled() and "7,6" in labs.reason.text()
    assert labs.value.text() == "1.5"


def test_the_settings_page_never_widens_a_small_window(window):
    """Guideline names are long, the German ones more so (one widened the window past a
    1024-pixel screen): the boxes do not grow with their longest entry."""
    page = window.page("settings")
    for box in page.boxes.values():
        box.addItem("Der Leitlinie der Endocrine Society von 2011 (2024 durch eine Leitlinie "
                    "ersetzt, die keine Grenzwerte festlegt), sehr lang" * 2)
    assert page.minimumSizeHint().width() <= 900 and page.sizeHint().width() <= 900
