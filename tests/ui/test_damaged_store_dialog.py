"""A damaged or too-new store at start: a calm dialog (what happened, nothing changed) offering
the newest good backup by its date, another folder, or Quit (3); other storage failures stay
a plain message."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from builders import log_pain
from damage import DAY, damage, fingerprint, make_store
from real_event_kit import file_typed
from tests_ui_helpers import click, press, when_shown
from vdtracker.app import compose, open_services
from vdtracker.services.entries import HistoryFilter
from vdtracker.storage import backups
from vdtracker.storage.database import Database
from vdtracker.storage.errors import DatabaseLocked, StorageError
from vdtracker.ui.dialogs.damaged_store import Choice, DamagedStoreDialog

NOW = datetime(2026, 11, 30, 9, 0)
MADE = datetime(2026, 11, 23, 9, 0)
ALT = Qt.KeyboardModifier.AltModifier
# Qt's own folder dialog offscreen (no platform dialog): the plugin cannot raise it
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def enter(box: QMessageBox) -> None:
    press(box, Qt.Key.Key_Return)


@pytest.fixture(autouse=True)
def _quiet_desktop(monkeypatch):
    """No tray, no D-Bus, and closing the window asks nothing: the test ends by closing it."""
    import vdtracker.ui.launch as launch
    import vdtracker.ui.leaving as leaving
    from vdtracker.ui.reminders import dbus_notifier

    monkeypatch.setattr(leaving, "may_leave", lambda *_a, **_k: True)
    monkeypatch.setattr(launch, "make_tray", lambda *_a: None)
    monkeypatch.setattr(dbus_notifier.DBusNotifier, "connect", classmethod(lambda cls: None))


def with_backup(folder, days=5):
    """A store with `days` pain ratings and a good backup of it made on MADE."""
    make_store(folder, days)
    out = backups.make_backup(folder, MADE)
    os.utime(out, (MADE.timestamp(), MADE.timestamp()))
    return out


def refusal(folder) -> StorageError:
    with pytest.raises(StorageError) as err:
        Database.open(folder)
    return err.value


def start(folder, **kw):
    from vdtracker.ui.launch import run
    return run(lambda: open_services(folder), now=lambda: NOW, folder=folder, **kw)


def window_entries(seen, locks_of=()):
    """Close the window once it shows, noting how many entries it holds, its folder, and
    which of `locks_of` hold a single-instance lock file meanwhile."""
    def look():
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and hasattr(w, "ctx"):
                services = w.ctx.services
                seen.append((services.entries.count(HistoryFilter()), services.db.where))
                seen.extend((f / "vdtracker.lock").exists() for f in locks_of)
                w.close()
                return
        QTimer.singleShot(50, look)
    QTimer.singleShot(50, look)


def test_the_dialog_names_the_backups_date_and_what_it_holds(qtbot, tmp_path):
    folder = tmp_path / "data"
    with_backup(folder)
    damage(folder, "garbage")
    dialog = DamagedStoreDialog(refusal(folder), folder, backups.newest_good(folder))
    qtbot.addWidget(dialog)
    assert dialog.restore is not None
    assert dialog.restore.text() == "&Restore the newest good backup (23 Nov 2026, 09:00)"
    assert "5 pain ratings" in dialog.about_backup.text()
    assert "damaged" in dialog.what.text() and str(folder) in dialog.folder.text()
    assert "Nothing was changed" in dialog.unchanged.text()
    assert dialog.quit.isDefault()  # Enter changes nothing


@pytest.mark.parametrize("kind", ["too-new", "foreign", "wal"])
def test_the_dialog_says_what_happened_for_each_kind(qtbot, tmp_path, kind):
    folder = tmp_path / "data"
    make_store(folder, 2)
    damage(folder, {"too-new": "newer", "foreign": "foreign", "wal": "garbage-wal"}[kind])
    dialog = DamagedStoreDialog(refusal(folder), folder, None)
    qtbot.addWidget(dialog)
    said = {"too-new": "newer version of VD Tracker (database version 0099)",
            "foreign": "belongs to another program", "wal": "-wal"}[kind]
    assert said in dialog.what.text()


def test_no_restore_button_without_a_good_backup(qtbot, tmp_path):
    folder = tmp_path / "data"
    made = with_backup(folder)
    made.write_bytes(made.read_bytes()[:3000])  # the only backup is damaged too
    damage(folder, "truncated")
    assert backups.newest_good(folder) is None
    dialog = DamagedStoreDialog(refusal(folder), folder, None)
    qtbot.addWidget(dialog)
    assert dialog.restore is None
    assert "no good backup" in dialog.about_backup.text()
    assert [b.text() for b in (dialog.other, dialog.quit)] == ["&Open another folder…", "&Quit"]


def test_quit_exits_3_and_leaves_the_files_as_they_were(qtbot, tmp_path):
    folder = tmp_path / "data"
    with_backup(folder)
    damage(folder, "garbage-wal")
    before = fingerprint(folder)
    asked = []
    when_shown(DamagedStoreDialog, lambda d: (asked.append(d.restore.text()), click(d.quit)))
    assert start(folder) == 3
    assert asked and fingerprint(folder) == before
    assert not list(backups.folder_of(folder).glob("damaged-*"))


def test_restore_puts_the_backup_back_and_the_window_opens_on_it(qtbot, tmp_path):
    folder = tmp_path / "data"
    with_backup(folder, days=5)
    db = Database.open(folder)  # an entry after the backup: in the damaged file only
    log_pain(compose(db), 7.0, day=DAY + timedelta(days=1), today=DAY + timedelta(days=1))
    db.close()
    damage(folder, "truncated")
    before = fingerprint(folder)
    told = []

    def restore(d) -> None:
        when_shown(QMessageBox, lambda box: (told.append(box.text()), enter(box)))
        press(d, Qt.Key.Key_R, ALT)  # Alt+R: Restore the newest good backup

    when_shown(DamagedStoreDialog, restore)
    seen: list = []
    window_entries(seen)
    assert start(folder) == 0
    assert seen == [(5, str(folder))]
    [aside] = backups.folder_of(folder).glob("damaged-*.sqlite3")  # set aside as it was
    assert "Restored the backup of" in told[0] and "5 pain ratings" in told[0]
    assert aside.name in told[0]  # the user is told where the unreadable file is kept
    assert fingerprint(folder) != before
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == before["vdtracker.sqlite3"]


def test_another_folder_opens_there_and_holds_its_lock(qtbot, tmp_path):
    folder, other = tmp_path / "data", tmp_path / "copy"
    make_store(folder, 2)
    make_store(other, 3)
    damage(folder, "foreign")
    before = fingerprint(folder)
    when_shown(DamagedStoreDialog, lambda d: press(d, Qt.Key.Key_O, ALT))  # Open another…
    file_typed(other)  # the folder typed into Qt's folder dialog, then Enter
    seen: list = []
    window_entries(seen, locks_of=(folder, other))
    assert start(folder, open_folder=open_services) == 0
    assert seen == [(3, str(other)), False, True]  # the lock went with the folder
    assert fingerprint(folder) == before
    assert not (other / "vdtracker.lock").exists()  # and was let go at the end


def test_a_damaged_other_folder_asks_again_for_that_folder(qtbot, tmp_path):
    folder, other = tmp_path / "data", tmp_path / "copy"
    make_store(folder, 2)
    make_store(other, 2)
    damage(folder, "garbage")
    damage(other, "newer")
    shown: list[str] = []

    def answer(d):
        shown.append(d.what.text())
        if len(shown) == 1:
            file_typed(other)
            when_shown(DamagedStoreDialog, answer)
            click(d.other)
        else:
            click(d.quit)
    when_shown(DamagedStoreDialog, answer)
    assert start(folder, open_folder=open_services) == 3
    assert "damaged" in shown[0] and "newer version" in shown[1]


def test_a_locked_store_is_still_a_plain_message(qtbot, tmp_path):
    import vdtracker.ui.launch as launch
    told: list[str] = []
    when_shown(QMessageBox, lambda box: (told.append(box.text()), enter(box)))

    def locked():
        raise DatabaseLocked("in use", "locked")
    assert launch.run(locked, now=lambda: NOW) == 3
    assert told and "in use by another program" in told[0]


def test_choice_values_are_what_exec_answers(qtbot, tmp_path):
    folder = tmp_path / "data"
    with_backup(folder)
    damage(folder, "garbage")
    dialog = DamagedStoreDialog(refusal(folder), folder, backups.newest_good(folder))
    qtbot.addWidget(dialog)
    answers = (  # a click, an Alt+letter, Enter (Quit is the default), Escape
        (lambda d: click(d.restore), Choice.RESTORE),
        (lambda d: click(d.other), Choice.OTHER_FOLDER),
        (lambda d: click(d.quit), Choice.QUIT),
        (lambda d: press(d, Qt.Key.Key_R, ALT), Choice.RESTORE),
        (lambda d: press(d, Qt.Key.Key_O, ALT), Choice.OTHER_FOLDER),
        (lambda d: press(d, Qt.Key.Key_Q, ALT), Choice.QUIT),
        (lambda d: press(d, Qt.Key.Key_Return), Choice.QUIT),
        (lambda d: press(d, Qt.Key.Key_Escape), Choice.QUIT))
    for act, choice in answers:
        when_shown(DamagedStoreDialog, act)
        assert dialog.exec() == choice


def test_a_restore_that_fails_says_so_and_asks_again(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    with_backup(folder)
    damage(folder, "garbage")
    before = fingerprint(folder)
    told: list[str] = []

    def full(*_a):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(backups, "restore", full)

    def restore(d):
        when_shown(QMessageBox, lambda box: (told.append(box.text()), enter(box)))
        when_shown(DamagedStoreDialog, lambda d: click(d.quit))  # asked again: Quit
        click(d.restore)
    when_shown(DamagedStoreDialog, restore)
    assert start(folder) == 3
    assert told and "could not be put back" in told[0] and "No space left" in told[0]
    assert fingerprint(folder) == before


def test_a_zero_length_store_is_offered_its_backup_and_leftovers_are_tidied(qtbot, tmp_path):
    """A sync tool's truncated copy (zero bytes) is a damaged diary, not a new empty one: the
    window offers the newest good backup; a killed backup's part copy and a killed start's new
    store (named for a process that is gone) are gone once the window runs."""
    import subprocess
    import sys

    folder = tmp_path / "data"
    with_backup(folder, days=5)
    for name in ("vdtracker.sqlite3-wal", "vdtracker.sqlite3-shm"):
        (folder / name).unlink(missing_ok=True)
    (folder / "vdtracker.sqlite3").write_bytes(b"")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    part = backups.folder_of(folder) / f".vdtracker-2026-11-29-090000.sqlite3.{dead}.x1.part"
    part.write_bytes(b"SQLite format 3\x00half")
    new = folder / f".vdtracker.sqlite3.{dead}.new.part"
    new.write_bytes(b"SQLite format 3\x00")
    offered = []

    def restore(d) -> None:
        offered.append(d.restore.isVisible())
        when_shown(QMessageBox, enter)
        press(d, Qt.Key.Key_R, ALT)

    when_shown(DamagedStoreDialog, restore)
    seen: list = []
    window_entries(seen)
    assert start(folder) == 0
    assert offered == [True] and seen == [(5, str(folder))]
    [aside] = backups.folder_of(folder).glob("damaged-*.sqlite3")
    assert aside.read_bytes() == b""  # the truncated file is kept as it was, never "repaired"
    assert not part.exists() and not new.exists()
