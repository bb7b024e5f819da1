"""Every question the window asks has each Alt+letter once, in English and in German (a letter
used twice only moves the focus on the first press: "Als eingenommen" and "Einzeln…" shared
E), and so has each page with its "put back" line shown."""

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from builders import log_pain
from conftest import TODAY
from test_keys_and_dates import controls_keys, keys_on
from tests_ui_helpers import shown
from vdtracker.services import settings as opts
from vdtracker.services.entries import HistoryFilter
from vdtracker.ui import drafts
from vdtracker.ui.context import Context
from vdtracker.ui.dialogs.no_maintenance import NoMaintenanceDialog
from vdtracker.ui.dialogs.past_doses import OneByOneDialog, PastDosesQuestion
from vdtracker.ui.dialogs.stop_early import StopEarlyDialog
from vdtracker.ui.dialogs.stopped_taking import StoppedTakingDialog
from vdtracker.ui.dialogs.taken_on import TakenOnDialog
from vdtracker.ui.leaving import UnsavedQuestion
from vdtracker.ui.main_window import MainWindow
from vdtracker.ui.widgets.day_entries import AddOrReplace

CATALOGUE = Path(__file__).parents[2] / "vdtracker" / "i18n" / "vdtracker_de.qm"


@pytest.fixture(params=["en", "de"])
def language(request):
    """The German catalogue installed while the dialogs are built (as under LANG=de_DE)."""
    if request.param == "en":
        yield "en"
        return
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        yield "de"
    finally:
        app.removeTranslator(translator)


def questions(ctx, parent):
    rows = ctx.services.entries.page(HistoryFilter(), 0, 5)
    return [
        PastDosesQuestion(parent, ctx.words, date(2026, 11, 2), 3),
        OneByOneDialog(parent, ctx.words, "Vitamin D3 50,000 IU weekly",
                       [date(2026, 11, 2), date(2026, 11, 9)]),
        AddOrReplace(parent, ctx.words, rows[:1]),
        UnsavedQuestion(parent, "The entry typed on Today is not saved yet."),
        TakenOnDialog(parent, "When?", TODAY, lambda: datetime(2026, 11, 23, 10, 0)),
        NoMaintenanceDialog(parent, "Vitamin D3 50,000 IU weekly", date(2026, 9, 1), TODAY),
        StopEarlyDialog(parent, "Vitamin D3 2,000 IU daily", "1 Jan 2026", "1 Oct 2026"),
        StoppedTakingDialog(parent, "Vitamin D3 2,000 IU daily", date(2026, 9, 1),
                            date(2026, 10, 1), date(2026, 10, 20), TODAY),
    ]


def test_every_question_has_each_alt_letter_once(window, ctx, qtbot, language):
    log_pain(ctx.services, 5, day=TODAY, today=TODAY)
    asked = questions(ctx, window)
    # the German run really is German (a catalogue not built would pass it in English)
    assert asked[0].windowTitle() == {"en": "Doses before today",
                                      "de": "Dosen vor heute"}[language]
    for dialog in asked:
        qtbot.addWidget(dialog)
        dialog.show()
        clashes = {k: names for k, names in controls_keys(dialog, dialog, {}).items()
                   if len(names) > 1}
        assert not clashes, (f"Alt+letter used twice in {dialog.metaObject().className()} "
                             f"({language}): {clashes}")
        dialog.close()


@pytest.mark.parametrize(("key", "option"), [("today", opts.DRAFT_TODAY),
                                             ("labs", opts.DRAFT_LAB),
                                             ("supplements", opts.DRAFT_SCHEDULE)])
def test_a_page_with_its_put_back_line_has_each_alt_letter_once(qtbot, svc, clock, language,
                                                                key, option):
    values = {"today": {"pain": 6.0}, "labs": {"value": "22", "analyte": "vitamin-d"},
              "supplements": {"supplement": "Vitamin D3", "amount": "50000"}}[key]
    svc.settings.set(option, drafts.encode(drafts.Draft(TODAY if key == "today" else None,
                                                        values)))
    window = MainWindow(Context(svc, now=clock))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "quitting", True))
    window.show()
    page = shown(window, key)
    assert page.put_back.isVisible()
    clashes = {k: names for k, names in keys_on(window, page).items() if len(names) > 1}
    assert not clashes, f"Alt+letter used twice on {key} ({language}): {clashes}"
