"""German as a German reader writes it (issue 25), in the window and on paper: a lab value kept
as printed ("2.38") is shown with a decimal comma (2,38) in Labs, History and the PDF summary
while the stored text stays as typed; a place chosen in English reads in German; the schedule
form says "täglich", never "Alle 1 Tag"; and every menu takes each Alt+letter once in German."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QMenu

from builders import add_lab, log_pain
from conftest import TODAY
from real_event_helpers import click_seen, type_over
from test_keys_and_dates import mnemonic
from tests_ui_helpers import activate, shown
from vdtracker.ui.summary.headless import write_report
from vdtracker.ui.window_words import window_wording
from vdtracker.wording import Wording
from vdtracker.wording.formats import Formats
from vdtracker.wording.translate import catalogue_translate

CATALOGUE = Path(__file__).parents[2] / "vdtracker" / "i18n" / "vdtracker_de.qm"


@pytest.fixture
def german(qapp):
    """The German catalogue and the de_DE locale, as under LANG=de_DE."""
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    qapp.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)
    qapp.removeTranslator(translator)


@pytest.fixture
def german_window(qtbot, ctx, german):
    from vdtracker.ui.main_window import MainWindow

    ctx.words = window_wording(QLocale("de_DE"))
    w = MainWindow(ctx)
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "quitting", True))
    w.show()
    activate(w)
    return w


def calcium(ctx):
    """A calcium result as an English lab report prints it (the command line keeps "2.38")."""
    add_lab(ctx.services, "calcium", "2.38", "mmol/L", day=TODAY, today=TODAY, low=2.2, high=2.6)


def test_labs_shows_an_as_printed_calcium_with_a_german_comma(ctx, german_window):
    calcium(ctx)
    page = shown(german_window, "labs")
    model = page.results.table.model()
    assert model.headerData(2, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.DisplayRole) == "Ergebnis laut Befund"
    shown_value = model.index(0, 2).data()
    assert shown_value == "2,38 mmol/L", shown_value
    [r] = ctx.services.labs.list()
    assert r.value_text == "2.38"  # the stored text stays as typed


def test_history_says_an_as_printed_calcium_with_a_german_comma(ctx, german_window):
    calcium(ctx)
    page = shown(german_window, "history")
    model = page.table.model()
    row = next(r for r in range(model.rowCount()) if "Calcium" in model.index(r, 3).data())
    entry = model.index(row, 3).data()
    assert "2,38 mmol/L" in entry and "2.38" not in entry, entry
    assert model.index(row, 4).data() == "2,38"


def test_history_names_a_place_chosen_in_english_in_german(ctx, german_window):
    """The demo and `vdtracker log pain --region "mid back"` keep the English name; a German
    reader sees "mittlerer Rücken" (a place typed in other words is shown as typed)."""
    log_pain(ctx.services, 6, day=TODAY, today=TODAY, region="mid back")
    log_pain(ctx.services, 4, day=TODAY, today=TODAY, region="linke Hüfte")
    page = shown(german_window, "history")
    model = page.table.model()
    lines = sorted(model.index(r, 3).data() for r in range(model.rowCount()))
    assert lines == ["Schmerz 4/10 — linke Hüfte", "Schmerz 6/10 — mittlerer Rücken"], lines


@pytest.mark.parametrize("formats", ["window", "command line"])
def test_the_german_pdf_prints_an_as_printed_calcium_with_a_comma(qapp, ctx, tmp_path, formats):
    calcium(ctx)
    words = (window_wording(QLocale("de_DE")) if formats == "window"
             else Wording(catalogue_translate("de"), Formats("de")))
    if formats == "window":  # the window's wording translates through the installed catalogue
        translator = QTranslator()
        assert translator.load(str(CATALOGUE))
        qapp.installTranslator(translator)
    try:
        out = write_report(ctx.services, words, None, None, TODAY, tmp_path / "s.pdf")
    finally:
        if formats == "window":
            qapp.removeTranslator(translator)
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "Wie im Befund" in text and "2,38 mmol/L" in text, text
    assert "2.38" not in text


def test_the_schedule_form_says_taeglich_for_one_day_apart(ctx, german_window, qtbot):
    form = shown(german_window, "supplements").form
    click_seen(form.by_interval)
    type_over(form.every, "1")
    said = f"{form.by_interval.text().replace('&', '')} {form.every.text()}"
    assert said == "Im Abstand von 1 Tag (täglich)", said
    assert form.in_words.text().startswith("täglich ab "), form.in_words.text()
    type_over(form.every, "3")
    said = f"{form.by_interval.text().replace('&', '')} {form.every.text()}"
    assert said == "Im Abstand von 3 Tagen", said
    assert form.in_words.text().startswith("alle 3 Tage ab "), form.in_words.text()


def menus(menu: QMenu, path: str = "") -> list[tuple[str, QMenu]]:
    found = [(path + menu.title().replace("&", ""), menu)]
    for action in menu.actions():
        if action.menu() is not None:
            found += menus(action.menu(), path + menu.title().replace("&", "") + " ▸ ")
    return found


def test_every_german_menu_takes_each_alt_letter_once(german_window):
    bar = german_window.menuBar()
    letters = [mnemonic(a.text()) for a in bar.actions() if mnemonic(a.text())]
    assert len(letters) == len(set(letters)), [a.text() for a in bar.actions()]
    checked = 0
    for action in bar.actions():
        for name, menu in menus(action.menu()):
            seen: dict[str, list[str]] = {}
            for a in menu.actions():
                if (key := mnemonic(a.text())) is not None:
                    seen.setdefault(key, []).append(a.text())
            clashes = {k: v for k, v in seen.items() if len(v) > 1}
            assert not clashes, f"Alt+letter used twice in the menu {name}: {clashes}"
            checked += 1
    assert bar.actions()[0].text() == "&Datei" and checked >= 4


def test_the_german_restore_and_damaged_store_dialogs_take_each_alt_letter_once(
        qtbot, ctx, tmp_path, german):
    """The two dialogs test_dialog_keys does not build: restoring a backup, and a diary that
    could not be opened (with a good backup to offer)."""
    from damage import damage
    from test_damaged_store_dialog import refusal, with_backup
    from test_keys_and_dates import controls_keys
    from vdtracker.storage import backups
    from vdtracker.ui.dialogs.damaged_store import DamagedStoreDialog
    from vdtracker.ui.dialogs.restore_dialog import RestoreDialog

    folder = tmp_path / "data"
    with_backup(folder)
    damage(folder, "garbage")
    damaged = DamagedStoreDialog(refusal(folder), folder, backups.newest_good(folder))
    restore = RestoreDialog(ctx, backups.folder_of(folder))
    for dialog in (damaged, restore):
        qtbot.addWidget(dialog)
        dialog.show()
        clashes = {k: v for k, v in controls_keys(dialog, dialog, {}).items() if len(v) > 1}
        assert not clashes, f"{dialog.metaObject().className()} in German: {clashes}"
        dialog.close()
    assert damaged.restore is not None and damaged.restore.text().startswith(
        "Die neueste intakte Sicherung &wiederherstellen")
