"""What matters is said where it can be read in full: a backup, an export and a restore in the
window's message bar (the whole path, selectable, until dismissed), the restore list by each
backup's own date and kind, and default file names in the user's language."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from builders import log_pain
from conftest import TODAY
from real_event_helpers import click_seen
from real_event_kit import OFFSCREEN_MENU, by_keys, file_typed
from tests_ui_helpers import activate, button, click, press, shown, when_shown
from vdtracker.storage import backups
from vdtracker.ui.dialogs.restore_dialog import RestoreDialog
from vdtracker.ui.main_window import MainWindow

pytestmark = OFFSCREEN_MENU
CATALOGUE = Path(__file__).parents[2] / "vdtracker" / "i18n" / "vdtracker_de.qm"


@pytest.fixture
def german(qapp):
    """The German catalogue installed while the window is built (as under LANG=de_DE)."""
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def german_window(qtbot, ctx, size=(1024, 640)):
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "quitting", True))
    window.resize(*size)
    window.show()
    activate(window)
    return window


def letters(window, *path: str) -> list[str]:
    """The underlined letters of a menu path, read from the menus as shown (any language)."""
    from test_keys_and_dates import mnemonic

    out, actions = [], window.menuBar().actions()
    for text in path:
        found = next(a for a in actions if a.text().replace("&", "").startswith(text))
        out.append(mnemonic(found.text()))
        actions = found.menu().actions() if found.menu() else []
    return out


def whole_in_sight(edit) -> bool:
    """A line box shows its whole text (nothing scrolled out of it)."""
    fm = QFontMetrics(edit.font())
    return fm.horizontalAdvance(edit.text()) <= edit.contentsRect().width() - 4


def test_back_up_now_shows_the_whole_path_until_dismissed_in_german(qtbot, ctx, german,
                                                                   shots):
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    window = german_window(qtbot, ctx)
    by_keys(window, *letters(window, "Datei", "Jetzt sichern"))
    folder = backups.folder_of(Path(ctx.services.db.where))
    [made] = folder.glob(f"{backups.KEPT}*.sqlite3")
    bar = window.message_bar
    assert bar.isVisible()
    assert bar.path.text() == str(made)  # the whole path, in a box it can be copied from
    assert whole_in_sight(bar.path), (str(made), bar.path.width())
    assert bar.text.text().startswith("Gesichert")  # in German, and whole: wrapped, not cut
    assert bar.text.height() >= bar.text.heightForWidth(bar.text.width())
    assert made.name in window.statusBar().currentMessage()  # the short form
    window.grab().save(str(shots / "message-bar-de-1024.png"))
    qtbot.wait(100)
    assert bar.isVisible()  # it stays: no timeout takes it away
    click_seen(bar.close_button)
    assert not bar.isVisible()


def test_an_export_says_where_in_full_and_a_failure_says_why(qtbot, window, ctx, tmp_path):
    log_pain(ctx.services, 5, day=date(2026, 11, 20), today=TODAY)
    out = tmp_path / ("a-long-folder-name-" * 3) / "mine.json"
    out.parent.mkdir()
    file_typed(out)
    by_keys(window, "f", "x", "j")  # File ▸ Export all my data ▸ As a VD Tracker file
    bar = window.message_bar
    assert bar.path.text() == str(out) and out.exists()
    assert "1 pain rating" in bar.text.text() and "health data" in bar.text.text()
    missing = tmp_path / "gone" / "mine.json"  # a folder that is not there
    file_typed(missing)
    by_keys(window, "f", "x", "j")
    assert bar.text.text().startswith("Not exported"), bar.text.text()
    assert bar.kind == "warning"


def test_the_restore_list_dates_each_backup_by_its_own_stamp(qtbot, window, ctx):
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    where = Path(ctx.services.db.where)
    older = backups.make_backup(where, datetime(2026, 10, 5, 8, 15), kept=True)
    newer = backups.make_backup(where, datetime(2026, 11, 30, 9, 30))
    # copied back from a stick: the older file now has the newer file time
    os.utime(newer, (datetime(2026, 6, 1, 12, 0).timestamp(),) * 2)
    os.utime(older, (datetime(2026, 12, 1, 12, 0).timestamp(),) * 2)
    w = ctx.words
    seen = {}

    def read(d: RestoreDialog) -> None:
        seen["rows"] = [d.list.item(i).text() for i in range(d.list.count())]
        seen["tips"] = [d.list.item(i).toolTip() for i in range(d.list.count())]
        click(button(d, "Cancel"))

    when_shown(RestoreDialog, read)
    by_keys(window, "f", "e")  # File ▸ Restore a backup…
    assert seen["tips"] == [str(newer), str(older)]  # newest first, by when each was made
    first, second = seen["rows"]
    assert first.startswith(f"{w.weekday_day(date(2026, 11, 30))}, 09:30 · automatic backup")
    assert second.startswith(f"{w.weekday_day(date(2026, 10, 5))}, 08:15 · backup you made")
    assert "Jun" not in first and "Dec" not in second  # never the file's time


def test_a_restore_is_said_in_a_dialog_and_stays_in_the_bar(qtbot, window, ctx):
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    where = Path(ctx.services.db.where)
    made = backups.make_backup(where, datetime(2026, 11, 22, 18, 0), kept=True)
    told = []

    def pick(d: RestoreDialog) -> None:
        when_shown(QMessageBox, lambda box: (told.append(box.text()),
                                             press(box, Qt.Key.Key_Return)))
        click(button(d, "Restore"))

    when_shown(RestoreDialog, pick)
    by_keys(window, "f", "e")
    [aside] = backups.folder_of(where).glob("set-aside-before-restore-*.sqlite3")
    day = ctx.words.day(date(2026, 11, 22))
    assert told and told[0].startswith(f"Restored the backup of {day}")
    assert window.message_bar.text.text() == told[0]
    assert window.message_bar.path.text() == str(aside)
    assert made.exists()


@pytest.mark.parametrize(("what", "path", "starts"), [
    ("chart", None, "vdtracker-Diagramm-2026-11-23.png"),
    ("summary", ("Datei", "Zusammenfassung als PDF"), "vdtracker-Zusammenfassung-2026-11-23.pdf"),
])
def test_default_file_names_are_german_in_german(qtbot, ctx, german, what, path, starts):
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    window = german_window(qtbot, ctx, (1280, 800))
    proposed = []

    def read(d: QFileDialog) -> None:
        proposed.append(QApplication.focusWidget().text())
        d.reject()

    when_shown(QFileDialog, read)
    if what == "chart":
        click_seen(shown(window, "trends").png)
    else:
        from vdtracker.ui.summary.options_dialog import SummaryOptionsDialog

        when_shown(SummaryOptionsDialog, lambda d: click(d.pdf_button))
        by_keys(window, *letters(window, *path))
    assert proposed == [starts]

