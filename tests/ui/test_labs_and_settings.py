"""Labs in both units against the report's range; settings change how results are flagged."""

from datetime import date

from PySide6.QtCore import QLocale, Qt

from vdtracker.ui import undo_steps
from vdtracker.ui.tables.lab_model import LabModel
from vdtracker.ui.widgets.dates import qdate


def test_lab_model_passes_qt_model_checks(qtmodeltester, demo_ctx):
    model = LabModel(demo_ctx.words)
    model.set_rows(demo_ctx.services.labs.list(), {})
    qtmodeltester.check(model, force_py=True)


def test_add_a_result_as_printed_and_see_both_units(window, ctx, qtbot):
    page = window.page("labs")
    assert not page.save.isEnabled() and "as printed" in page.reason.text()
    page.analyte.setCurrentIndex(page.analyte.findData("vitamin-d"))
    page.unit.setCurrentText("nmol/L")
    qtbot.keyClicks(page.value, "19")
    page.day.setDate(qdate(date(2025, 2, 3)))
    qtbot.keyClicks(page.low, "50")
    qtbot.keyClicks(page.high, "125")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    cells = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert cells[2:6] == ["19 nmol/L", "7.6 ng/mL", "50–125 nmol/L", "below the report's range"]
    undo_steps.undo(ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_a_backwards_range_is_explained_before_saving(window, qtbot):
    page = window.page("labs")
    qtbot.keyClicks(page.value, "30")
    qtbot.keyClicks(page.low, "100")
    qtbot.keyClicks(page.high, "30")
    assert not page.save.isEnabled() and "low end" in page.reason.text()


def test_choosing_a_profile_names_it_next_to_the_flag(demo_window, demo_ctx, qtbot):
    labs = demo_window.page("labs")
    settings = demo_window.page("settings")
    box = settings.boxes["profile.vitamin-d"]
    box.setCurrentIndex(box.findData("iom2011"))
    assert demo_ctx.services.settings.get(__import__("vdtracker.services.settings", fromlist=["x"])
                                 .VITAMIN_D_PROFILE) == "iom2011"
    qtbot.waitUntil(lambda: "IOM" in labs.model.index(0, 5).data())
    assert "“inadequate”" in labs.model.index(0, 5).data()  # 35 nmol/L
    today = demo_window.page("today")
    qtbot.waitUntil(lambda: any("IOM" in r.text.text() for r in today.banner.rows))


def test_retest_date(window, ctx, qtbot):
    page = window.page("labs")
    page.recheck_day.setDate(qdate(date(2027, 1, 15)))
    qtbot.mouseClick(page.recheck_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "15 Jan 2027" in page.recheck_state.text())
    assert ctx.services.labs.rechecks() == {"vitamin-d": date(2027, 1, 15)}
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "15 Jan 2027" not in page.recheck_state.text())
    assert ctx.services.labs.rechecks() == {}


def test_settings_show_the_data_folder_read_only(window, ctx):
    from PySide6.QtWidgets import QLineEdit
    page = window.page("settings")
    folder = next(w for w in page.findChildren(QLineEdit) if w.accessibleName() == "Data folder")
    assert folder.isReadOnly() and folder.text() == ctx.services.db.where


def test_a_german_result_is_read_the_german_way_and_kept_as_printed(window, ctx, qtbot):
    """"1.200" pmol/L under a German locale is twelve hundred, never 1.2; "7,6" is 7.6."""
    page = window.page("labs")
    for edit in (page.value, page.low, page.high):
        edit.setLocale(QLocale("de_DE"))
    page.analyte.setCurrentIndex(page.analyte.findData("b12"))
    page.unit.setCurrentText("pmol/L")
    page.value.setText("1.200")
    page.low.setText("145")
    page.high.setText("569")
    page.save_result()
    page.analyte.setCurrentIndex(page.analyte.findData("vitamin-d"))
    page.unit.setCurrentText("ng/mL")
    page.value.setText("7,6")
    page.low.setText("30")
    page.high.setText("100")
    page.save_result()
    stored = {v.analyte: (v.value, v.value_text, v.flag) for v in ctx.services.labs.list()}
    assert stored == {"b12": (1200.0, "1.200", "above"), "vitamin-d": (7.6, "7,6", "below")}
    page.value.setText("1.5")  # not a German number: refused before saving, never read as 15
    assert not page.save.isEnabled()


def test_number_boxes_have_no_validator_to_rewrite_what_was_typed(window):
    """QDoubleValidator's fix-up turned a refused German "1.5" into "1,50E+01" (15) on leaving
    the box; the pages read numbers with locale_numbers only, and say why until they can."""
    labs = window.page("labs")
    supplements = window.page("supplements")
    boxes = [labs.value, labs.low, labs.high, supplements.form.amount]
    assert [box.validator() for box in boxes] == [None] * 4
    labs.value.setLocale(QLocale("de_DE"))
    labs.value.setText("1.5")
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
