"""'What I have' when a dose is not whole units of the count: 50,000 IU capsules counted for a
weekly schedule, then a 2,000 IU daily schedule and a 2,000 IU dose under the same name. The
panel says how far is known and why not further, beside a sign and 'Check this'; the count
dialog refuses such a holding beside the box and saves nothing. Real clicks and keys, the real
modal exec; every date and share recomputed here by plain arithmetic."""

import os
from datetime import time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import WIDE, alt, click_seen, opened
from test_supply_panel import count_by_keys, day_text, weekly
from tests_ui_helpers import press, shown, when_shown
from vdtracker.ui.dialogs.supply_dialog import SupplyDialog

DAILY_FROM = TODAY + timedelta(weeks=2)  # a Monday, two weeks on
SHARE = f"{2000 / 50000:g}"  # 2,000 IU of one 50,000 IU capsule


def daily(ctx):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=DAILY_FROM, phase="maintenance")


def test_the_panel_says_how_far_is_known_and_what_was_not_taken_off(request, ctx, qtbot,
                                                                      tmp_path):
    weekly(ctx)
    window = opened(request, WIDE)
    panel = shown(window, "supplements").supplies
    when_shown(SupplyDialog, count_by_keys("12", "50,000"))
    click_seen(panel.count_button)
    qtbot.waitUntil(lambda: len(panel.texts()) == 1)
    daily(ctx)
    svc = ctx.services.doses
    svc.record(supplement="Vitamin D3", day=TODAY, today=TODAY, at=time(11, 0))
    svc.record(supplement="Vitamin D3", day=TODAY, today=TODAY, at=time(12, 0),
               amount=2000, unit="IU", confirmed=True)
    ctx.signals.changed.emit()
    # 12 − today's capsule = 11; the 2,000 IU dose is not taken off. Next Monday is covered,
    # the Monday after is the daily schedule's first day: nothing is counted from there on
    assert SHARE == "0.04"
    said = (f"Vitamin D3: {12 - 1} capsules of 50,000 IU each, enough for the doses due until "
            f"{day_text(TODAY + timedelta(weeks=1))}; from {day_text(DAILY_FROM)} not known: a "
            f"dose of 2,000 IU (your saved schedule) is {SHARE} of one 50,000 IU capsule; count "
            f"each product under its own supplement name; 1 logged dose not taken off (not "
            f"whole capsules)")
    qtbot.waitUntil(lambda: panel.texts() == [f"Check this: {said}"])
    assert panel.lines[0].text() == said and not panel.low_marks
    [mark] = panel.check_marks
    qtbot.waitUntil(mark.isVisible)
    assert mark.text() == "Check this" and mark.font().bold()
    sign = panel.grid.itemAtPosition(0, 0).widget()
    assert sign.isVisible() and not sign.pixmap().isNull()
    [view] = ctx.services.supplies.status(TODAY)
    assert (view.runs_out, view.low) == (None, False)  # no date made up, no warning claimed
    out = Path(os.environ.get("VDTRACKER_SHOTS") or tmp_path)
    assert panel.grab().save(str(out / "supplies-not-whole-units-en.png"))


def test_a_holding_a_saved_schedule_does_not_fit_is_refused_beside_the_box(request, ctx,
                                                                          qtbot):
    weekly(ctx)
    daily(ctx)
    window = opened(request, WIDE)
    panel = shown(window, "supplements").supplies
    seen = {}

    def act(dialog):
        QTest.keyClicks(QApplication.focusWidget(), "12")
        alt("f", dialog)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)  # capsules
        alt("h", dialog)
        QTest.keyClicks(QApplication.focusWidget(), "50,000")
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["reason"] = dialog.reason.text() if dialog.reason.isVisible() else ""
        seen["marked"] = bool(dialog.holds.property("invalid"))
        seen["focus"] = QApplication.focusWidget() == dialog.holds
        seen["kept"] = (dialog.count.text(), dialog.holds.text())
        press(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), "Escape did not cancel"
    when_shown(SupplyDialog, act)
    click_seen(panel.count_button)
    assert seen["open"] and seen["marked"] and seen["focus"]
    assert seen["kept"] == ("12", "50,000")  # what was typed stays
    assert seen["reason"] == (
        f'Not saved. One unit holds: a dose of 2,000 IU (your saved schedule) is {SHARE} of one '
        f'50,000 IU capsule: count each product under its own supplement name (for example '
        f'"Vitamin D3 2,000 IU").')
    assert ctx.services.supplies.status(TODAY) == []
    assert panel.texts() == [] and ctx.undo.count() == 0
