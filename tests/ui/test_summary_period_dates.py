"""The period's dates in the summary dialog: a date that is not one, or one after today, is
refused with a sentence saying which (Enter never prints a period half typed), and nothing is
kept."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import TODAY
from real_event_kit import type_over
from tests_ui_helpers import activate
from vdtracker.services.summary_options import SummaryOptions, stored
from vdtracker.ui.summary import options_dialog
from vdtracker.ui.summary.options_dialog import SummaryOptionsDialog


def press(widget, key):
    QTest.keyClick(widget, key)
    QApplication.processEvents()


def test_an_end_date_that_is_not_a_date_then_enter_is_refused_not_read_half_typed(ctx, qtbot):
    """30 November typed as the 31st: Enter must say it, never print up to 3 November."""
    d = SummaryOptionsDialog(ctx, None, options_dialog.PDF)
    qtbot.addWidget(d)
    d.show()
    activate(d)
    type_over(d.last.lineEdit(), "2026-11-31")
    press(d.last.lineEdit(), Qt.Key.Key_Return)
    assert d.isVisible() and d.choice is None
    assert d.error.text() == "To: “2026-11-31” was not a date: type or choose the date again."
    assert stored(ctx.services.settings) == SummaryOptions()


def test_a_to_date_in_the_future_is_called_a_future_date_and_the_dialog_keeps_its_width(
        ctx, qtbot):
    """Tomorrow reads as a date: the refusal says it is after today (not "not a date"), in a
    line that wraps inside the dialog instead of widening it."""
    d = SummaryOptionsDialog(ctx, None, options_dialog.PDF)
    qtbot.addWidget(d)
    d.show()
    activate(d)
    width = d.width()
    tomorrow = TODAY + timedelta(days=1)
    type_over(d.last.lineEdit(), tomorrow.isoformat())
    press(d.last.lineEdit(), Qt.Key.Key_Return)
    assert d.isVisible() and d.choice is None
    today_words = ctx.words.common.weekday_day(TODAY)
    assert "not a date" not in d.error.text()
    assert d.error.text() == (f"To: “{tomorrow.isoformat()}” is after {today_words}, the last "
                              f"day that can be chosen.")
    assert d.width() == width  # the sentence wraps; the buttons stay where they were
    assert stored(ctx.services.settings) == SummaryOptions()
