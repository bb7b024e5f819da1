"""'What I have' on Supplements: a count typed in the dialog with keys, a pack added, Ctrl+Z
taking it back, a logged dose taken off, running low said in words beside a warning sign, German
numbers and units, and bad counts refused beside the box. Real clicks and keys, the real modal
exec; the dates are recomputed here by plain arithmetic."""

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import WIDE, alt, click_seen, opened, undo_key
from test_keys_and_dates import controls_keys, keys_on
from tests_ui_helpers import activate, button, click, press, shown, when_shown
from vdtracker.ui.context import Context
from vdtracker.ui.dialogs.supply_dialog import COUNT, PACK, SupplyDialog
from vdtracker.ui.main_window import MainWindow
from vdtracker.ui.window_words import window_wording

CATALOGUE = Path(__file__).parents[2] / "vdtracker" / "i18n" / "vdtracker_de.qm"
START = date(2026, 11, 2)  # a Monday, as TODAY: a dose of 50,000 IU each Monday


def weekly(ctx):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, phase="maintenance")


def day_text(d: date) -> str:
    """'Mon 8 Feb 2027', written out here without the app's wording."""
    return f"{d:%a} {d.day} {d:%b %Y}"


def until(capsules: int, first: date) -> date:
    """One capsule a Monday from `first`: the last Monday the capsules cover."""
    return first + timedelta(weeks=capsules - 1)


def count_by_keys(count: str, holds: str, seen: dict | None = None, letters: str = "fh"):
    """The dialog answered with keys only: the count (the box has the keyboard), capsules
    chosen in Form with Alt+F, what one unit holds with Alt+H (`letters`: the language's),
    Enter saves."""
    def act(dialog):
        if seen is not None:
            seen["units"] = [dialog.unit.itemText(i) for i in range(dialog.unit.count())]
            seen["title"] = dialog.windowTitle()
        QTest.keyClicks(QApplication.focusWidget(), count)
        alt(letters[0], dialog)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)  # capsules, the first
        alt(letters[1], dialog)
        QTest.keyClicks(QApplication.focusWidget(), holds)
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert not dialog.isVisible(), f"Enter did not save: {dialog.reason.text()!r}"
    return act


def test_a_count_a_pack_an_undo_and_a_logged_dose_show_in_the_panel(request, ctx, qtbot):
    weekly(ctx)
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    panel = page.supplies
    assert panel.texts() == [] and panel.empty.isVisible()
    when_shown(SupplyDialog, count_by_keys("12", "50,000"))
    click_seen(panel.count_button)
    [view] = ctx.services.supplies.status(TODAY)
    assert (view.left, view.form, view.holds_amount, view.holds_unit) == (
        12, "capsule", 50000, "IU")
    # today's Monday dose is not logged yet: 12 capsules go from today to 11 Mondays on
    qtbot.waitUntil(lambda: panel.texts() == [
        f"Vitamin D3: 12 capsules of 50,000 IU each, enough until "
        f"{day_text(until(12, TODAY))}"])
    assert "Counted: Vitamin D3, 12 capsules of 50,000 IU each." in panel.saved_note.text()
    assert not panel.low_marks

    def pack(dialog):
        assert dialog.form_shown.text() == "capsules"
        QTest.keyClicks(QApplication.focusWidget(), "60")
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
    when_shown(SupplyDialog, pack)
    click_seen(panel.pack_button)
    qtbot.waitUntil(lambda: panel.texts() == [
        f"Vitamin D3: 72 capsules of 50,000 IU each, enough until "
        f"{day_text(until(72, TODAY))}"])
    assert "Added: 60 capsules of Vitamin D3." in panel.saved_note.text()

    activate(window)
    undo_key()
    qtbot.waitUntil(lambda: panel.texts()[0].startswith("Vitamin D3: 12 capsules"))
    assert window.statusBar().currentMessage() == \
        "Undone: the pack of 60 capsules of Vitamin D3"
    assert ctx.services.supplies.status(TODAY)[0].left == 12

    ctx.services.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY,
                                      at=time(11, 0))  # after the count at 10:00
    ctx.signals.changed.emit()
    # 11 left, today's dose taken: they cover the 11 Mondays from next week on
    qtbot.waitUntil(lambda: panel.texts() == [
        f"Vitamin D3: 11 capsules of 50,000 IU each, enough until "
        f"{day_text(until(11, TODAY + timedelta(weeks=1)))}"])


def test_two_capsules_left_of_a_weekly_dose_are_said_to_run_low(request, ctx, qtbot):
    weekly(ctx)
    window = opened(request, WIDE)
    page = shown(window, "supplements")
    panel = page.supplies
    when_shown(SupplyDialog, count_by_keys("2", "50,000"))
    click_seen(panel.count_button)
    qtbot.waitUntil(lambda: len(panel.low_marks) == 1)
    assert panel.low_marks[0].text() == "Running low"
    qtbot.waitUntil(panel.low_marks[0].isVisible)
    assert panel.texts() == [f"Running low: Vitamin D3: 2 capsules of 50,000 IU each, enough "
                             f"until {day_text(until(2, TODAY))}"]
    sign = panel.grid.itemAtPosition(0, 0).widget()
    assert sign.isVisible() and not sign.pixmap().isNull()  # a sign, not a colour alone


def test_running_low_on_today_has_a_title_of_its_own_and_its_figures_below(request, ctx,
                                                                           qtbot):
    """The card's line says what it is about; opened, it says how many are left and until
    when (it said the same sentence twice)."""
    weekly(ctx)
    window = opened(request, WIDE)
    when_shown(SupplyDialog, count_by_keys("2", "50,000"))
    click_seen(shown(window, "supplements").supplies.count_button)
    activate(window)  # the dialog has closed: the window has the keyboard again
    today = shown(window, "today")
    qtbot.waitUntil(lambda: any(r.alert.kind == "supply-low" for r in today.banner.rows))
    [card] = [r for r in today.banner.rows if r.alert.kind == "supply-low"]
    assert card.title.text() == "Vitamin D3: running low"
    assert card.text.text() == (f"Vitamin D3: 2 capsules left — enough until "
                                f"{day_text(until(2, TODAY))}.")
    assert card.text.text() != card.title.text()


@pytest.mark.parametrize("typed", ["-1", "abc"])
def test_a_count_that_is_not_one_is_refused_beside_the_box_and_nothing_saved(
        request, ctx, qtbot, typed):
    weekly(ctx)
    window = opened(request, WIDE)
    panel = shown(window, "supplements").supplies
    seen = {}

    def act(dialog):
        QTest.keyClicks(QApplication.focusWidget(), typed)
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["reason"] = dialog.reason.text() if dialog.reason.isVisible() else ""
        seen["marked"] = bool(dialog.count.property("invalid"))
        seen["focus"] = QApplication.focusWidget() is not None and \
            QApplication.focusWidget().accessibleName() == "Number of units"
        press(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), "Escape did not cancel"
    when_shown(SupplyDialog, act)
    click_seen(panel.count_button)
    assert seen["open"] and seen["marked"] and seen["focus"]
    assert seen["reason"].startswith("Not saved. Count: ")
    said = {"-1": "use a count from 0 to 100,000", "abc": "type a number, e.g. 12"}[typed]
    assert said in seen["reason"]
    assert ctx.services.supplies.status(TODAY) == []
    assert panel.texts() == [] and ctx.undo.count() == 0


@pytest.fixture
def german(qtbot, svc, clock):
    """The window in German: the catalogue installed and numbers written as in Germany."""
    before = QLocale()
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    app = QApplication.instance()
    app.installTranslator(translator)
    QLocale.setDefault(QLocale("de_DE"))
    try:
        ctx = Context(svc, now=clock, words=window_wording(QLocale("de_DE")))
        weekly(ctx)
        w = MainWindow(ctx)
        qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "quitting", True))
        w.resize(*WIDE)
        w.show()
        activate(w)
        yield w
    finally:
        QLocale.setDefault(before)
        app.removeTranslator(translator)


def test_in_german_50_000_is_fifty_thousand_and_the_unit_box_shows_ie(german, qtbot):
    ctx = german.ctx
    panel = shown(german, "supplements").supplies
    assert panel.count_button.text() == "Vorrat &zählen…"
    seen: dict = {}
    when_shown(SupplyDialog, count_by_keys("12", "50.000", seen, "de"))
    click_seen(panel.count_button)
    assert seen["units"] == ["I.E.", "µg", "mg"]
    [view] = ctx.services.supplies.status(TODAY)
    assert (view.left, view.holds_amount, view.holds_unit) == (12, 50000, "IU")
    last = until(12, TODAY)
    german_day = QLocale("de_DE").toString(last, "ddd, d. MMM yyyy")
    qtbot.waitUntil(lambda: panel.texts() == [
        f"Vitamin D3: 12 Kapseln zu je 50.000 I.E., reicht bis {german_day}"])
    assert "Gezählt: Vitamin D3, 12 Kapseln zu je 50.000 I.E." in panel.saved_note.text()


def test_with_no_schedule_the_panel_says_to_save_one_first(window, qtbot):
    activate(window)
    panel = shown(window, "supplements").supplies
    assert panel.empty.isVisible() and "Once a schedule is saved below" in panel.empty.text()
    assert not panel.count_button.isEnabled() and not panel.pack_button.isEnabled()
    assert panel.pack_button.toolTip() == "Count what you have first."


@pytest.mark.parametrize("kind", [COUNT, PACK])
@pytest.mark.parametrize("language", ["en", "de"])
def test_each_alt_letter_once_on_the_page_and_in_the_dialog(request, qtbot, kind, language):
    """In English and German, on Supplements with the panel, and in the count and pack
    dialogs (Save and Cancel included)."""
    window = request.getfixturevalue("window" if language == "en" else "german")
    ctx = window.ctx
    activate(window)
    if language == "en":
        weekly(ctx)
    ctx.services.supplies.set("Vitamin D3", 12, ctx.now(), "capsule", 50000, "IU")
    ctx.signals.changed.emit()
    page = shown(window, "supplements")
    clashes = {k: n for k, n in keys_on(window, page).items() if len(n) > 1}
    assert not clashes, f"Alt+letter used twice on Supplements ({language}): {clashes}"
    dialog = SupplyDialog(window, ctx, kind, ["Vitamin D3"],
                          ctx.services.supplies.status(TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save.text() == {"en": "&Save", "de": "&Speichern"}[language]
    clashes = {k: n for k, n in controls_keys(dialog, dialog, {}).items() if len(n) > 1}
    assert not clashes, f"Alt+letter used twice in the {kind} dialog ({language}): {clashes}"


def test_a_holding_that_reads_two_ways_is_asked_about_before_it_is_saved(request, ctx, qtbot):
    """'50.000' in English: 50 or fifty thousand? The patient picks it; nothing is guessed."""
    weekly(ctx)
    window = opened(request, WIDE)
    panel = shown(window, "supplements").supplies
    asked = {}

    def pick(box):
        asked["text"] = box.text()
        click(button(box, "50,000 IU"))

    def act(dialog):
        QTest.keyClicks(QApplication.focusWidget(), "12")
        alt("h", dialog)
        QTest.keyClicks(QApplication.focusWidget(), "50.000")
        when_shown(QMessageBox, pick)
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert not dialog.isVisible(), dialog.reason.text()
    when_shown(SupplyDialog, act)
    click_seen(panel.count_button)
    assert "“50.000” can be read two ways" in asked["text"]
    [view] = ctx.services.supplies.status(TODAY)
    assert (view.left, view.holds_amount, view.holds_unit) == (12, 50000, "IU")
