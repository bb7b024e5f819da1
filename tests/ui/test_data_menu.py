"""File ▸ Export all my data, Import…, Back up now and Restore… as a patient uses them, through
the File menu (Alt+F and the underlined letters), Qt's own file dialog typed into, and a click or
Enter in each dialog: a preview before anything changes, an import that one Ctrl+Z takes back,
a restore the window goes on with, and a damaged backup that is never offered."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from builders import log_pain
from conftest import TODAY
from real_event_kit import OFFSCREEN_MENU, by_keys, click_row, file_typed
from tests_ui_helpers import activate, button, click, press, role_button, when_shown
from vdtracker.app import compose
from vdtracker.services.demo import build_demo
from vdtracker.services.export import json_bytes
from vdtracker.storage import backups
from vdtracker.storage.database import Database
from vdtracker.ui.dialogs.import_preview import ImportPreview
from vdtracker.ui.dialogs.restore_dialog import RestoreDialog

pytestmark = OFFSCREEN_MENU

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def demo_export(tmp_path: Path) -> Path:
    db = Database.open(tmp_path / "elsewhere")
    try:
        svc = compose(db)
        build_demo(db, TODAY)
        out = tmp_path / "export.json"
        svc.export.json(out)
    finally:
        db.close()
    return out


def pain_count(ctx) -> int:
    return len(ctx.services.export.document()["pain"])


def pains(ctx) -> list[float]:
    return [p["score"] for p in ctx.services.export.document()["pain"]]


def row_of(d: RestoreDialog, path: Path) -> int:
    """The list's row for that file (its tooltip names it)."""
    rows = [d.list.item(i).toolTip() for i in range(d.list.count())]
    assert str(path) in rows, f"{path.name} is not offered: {rows}"
    return rows.index(str(path))


def test_import_shows_what_is_new_then_one_undo_takes_it_all_back(qtbot, window, ctx,
                                                                  tmp_path, shots):
    path = demo_export(tmp_path)
    in_file = len(json.loads(path.read_text())["pain"])  # 388 in the demo
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY, at=time(8, 0))
    seen = {}

    def answer(d: ImportPreview) -> None:
        d.resize(640, d.sizeHint().height())
        d.grab().save(str(shots / "import-preview.png"))
        seen["new"], seen["dups"] = d.new.text(), d.duplicates.text()
        click(button(d, "Import"))

    file_typed(path)
    when_shown(ImportPreview, answer)
    by_keys(window, "f", "i")  # File ▸ Import from an export…
    assert f"{in_file} pain ratings" in seen["new"] and "2 supplements" in seen["new"]
    assert seen["dups"] == "Already here, skipped: none."
    assert pain_count(ctx) == in_file + 1
    assert "Imported" in window.statusBar().currentMessage()
    assert ctx.undo.count() == 1
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)  # Edit ▸ Undo
    assert pain_count(ctx) == 1 and not ctx.services.export.document()["labs"]
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)  # Edit ▸ Redo
    assert pain_count(ctx) == in_file + 1


def test_cancel_in_the_preview_or_in_the_file_dialog_imports_nothing(qtbot, window, ctx,
                                                                    tmp_path):
    path = demo_export(tmp_path)
    seen = []
    file_typed(path)
    when_shown(ImportPreview, lambda d: (seen.append(d.new.text()),
                                         press(d, Qt.Key.Key_Escape)))
    by_keys(window, "f", "i")
    assert seen and "pain ratings" in seen[0]  # the preview was shown, then Escape
    file_typed(path)
    when_shown(ImportPreview, lambda d: click(button(d, "Cancel")))
    by_keys(window, "f", "i")
    when_shown(QFileDialog, lambda d: press(d, Qt.Key.Key_Escape))  # no file chosen
    by_keys(window, "f", "i")
    assert pain_count(ctx) == 0 and ctx.undo.count() == 0
    assert "Imported" not in window.statusBar().currentMessage()


def test_a_file_with_a_bad_record_offers_no_import_and_names_the_row(qtbot, window, ctx,
                                                                     tmp_path):
    path = demo_export(tmp_path)
    doc = json.loads(path.read_text())
    doc["labs"][1]["value"] = -3
    path.write_bytes(json_bytes(doc))
    seen = {}

    def answer(d: ImportPreview) -> None:
        seen["button"] = d.import_button
        seen["shown"] = [b.text() for b in d.buttons.buttons() if b.isVisible()]
        seen["problems"] = [d.problems.item(i).text() for i in range(d.problems.count())]
        press(d, Qt.Key.Key_Return)  # Enter presses the only button there is: Cancel

    file_typed(path)
    when_shown(ImportPreview, answer)
    by_keys(window, "f", "i")
    assert seen["button"] is None and seen["shown"] == ["Cancel"]
    assert seen["problems"] == ["labs, row 2: value -3 — use a number of 0 or more"]
    assert pain_count(ctx) == 0


def test_export_writes_the_file_chosen_and_says_it_holds_health_data(qtbot, window, ctx,
                                                                    tmp_path):
    log_pain(ctx.services, 5, day=date(2026, 11, 20), today=TODAY)
    out = tmp_path / "mine.json"
    file_typed(out)  # typed into the dialog's name box, as a user does
    by_keys(window, "f", "x", "j")  # File ▸ Export all my data ▸ As a VD Tracker file (.json)
    assert json.loads(out.read_text())["pain"][0]["score"] == 5.0
    said = window.message_bar.shown_text()  # in full, until dismissed
    assert "1 pain rating" in said and "health data" in said and str(out) in said
    assert window.statusBar().currentMessage() == "Exported to mine.json."


def test_back_up_then_restore_and_the_window_goes_on_with_the_restored_data(
        qtbot, window, ctx, tmp_path, shots):
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    where = Path(ctx.services.db.where)
    daily = backups.daily_backup(where, datetime(2026, 11, 23, 8, 0))
    folder = backups.folder_of(where)
    by_keys(window, "f", "b")  # File ▸ Back up now
    [first] = folder.glob(f"{backups.KEPT}*")
    by_keys(window, "f", "b")  # twice in the same minute: both kept
    [made] = set(folder.glob(f"{backups.KEPT}*")) - {first}
    assert "Backed up, and the copy checked" in window.message_bar.shown_text()
    assert window.message_bar.path.text() == str(made)
    assert window.statusBar().currentMessage() == f"Backed up to {made.name}."
    assert daily.exists() and first.exists()  # never rotated away
    log_pain(ctx.services, 7, day=date(2026, 11, 21), today=TODAY)
    told = []

    def pick(d: RestoreDialog) -> None:
        d.grab().save(str(shots / "restore-dialog.png"))
        assert d.chosen is not None and d.chosen.path == made  # the newest is offered first
        click_row(d.list, row_of(d, first))  # the user picks the first one instead ...
        click_row(d.list, row_of(d, made))  # ... and comes back to the newest
        when_shown(QMessageBox, lambda box: (told.append(box.text()),
                                             press(box, Qt.Key.Key_Return)))
        click(button(d, "Restore"))

    when_shown(RestoreDialog, pick)
    by_keys(window, "f", "e")  # File ▸ Restore a backup…
    assert pains(ctx) == [4.0]
    assert "set aside" in told[0] and "1 pain rating" in told[0]
    assert ctx.undo.count() == 0
    # the window goes on with the restored store: what is logged now is saved there
    log_pain(ctx.services, 6, day=date(2026, 11, 22), today=TODAY)
    assert pains(ctx) == [4.0, 6.0]
    assert not QApplication.activeModalWidget()


def test_restoring_the_copy_set_aside_undoes_a_restore(request, ctx):
    where = Path(ctx.services.db.where)
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    made = backups.make_backup(where, datetime(2026, 11, 23, 9, 0), kept=True)
    log_pain(ctx.services, 7, day=date(2026, 11, 21), today=TODAY)
    ctx.services.db.close()  # a restore made before (the test above makes one in the window)
    try:
        _, aside = backups.restore(where, made, datetime(2026, 11, 23, 9, 30))
    finally:
        ctx.services.db.reopen()
    assert pains(ctx) == [4.0]
    window = request.getfixturevalue("window")
    told = []

    def undo(d: RestoreDialog) -> None:
        click_row(d.list, d.list.count() - 1)  # the keyboard in the list, on the last row
        press(d.list, Qt.Key.Key_Home)  # then Home and Down to the copy set aside
        for _ in range(row_of(d, aside)):
            press(d.list, Qt.Key.Key_Down)
        assert d.chosen is not None and d.chosen.path == aside
        when_shown(QMessageBox, lambda box: (told.append(box.text()), click(role_button(
            box, QMessageBox.ButtonRole.AcceptRole))))
        press(d, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Alt+R: Restore

    when_shown(RestoreDialog, undo)
    by_keys(window, "f", "e")  # File ▸ Restore a backup…
    assert pains(ctx) == [4.0, 7.0]
    assert "2 pain ratings" in told[0]
    assert not QApplication.activeModalWidget()


def test_a_damaged_newest_backup_is_shown_but_the_next_good_one_is_chosen(
        qtbot, window, ctx, tmp_path):
    import os

    where = Path(ctx.services.db.where)
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    good = backups.make_backup(where, datetime(2026, 11, 21, 9, 0))
    newest = backups.make_backup(where, datetime(2026, 11, 22, 9, 0))
    data = bytearray(newest.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a damaged page
    newest.write_bytes(bytes(data))
    os.utime(good, (1_700_000_000, 1_700_000_000))
    seen = {}

    def look(d: RestoreDialog) -> None:
        seen["texts"] = [d.list.item(i).text() for i in range(d.list.count())]
        seen["chosen"] = d.chosen.path if d.chosen is not None else None
        click_row(d.list, row_of(d, newest))  # a click on the damaged one does not choose it
        seen["after click"] = d.chosen.path if d.chosen is not None else None
        seen["restore enabled"] = button(d, "Restore").isEnabled()
        press(d, Qt.Key.Key_Escape)

    when_shown(RestoreDialog, look)
    by_keys(window, "f", "e")
    assert "cannot be restored" in seen["texts"][0]
    assert seen["chosen"] == good and seen["after click"] == good and seen["restore enabled"]
    assert pains(ctx) == [4.0]  # Escape: nothing restored


def a_full_disk(monkeypatch) -> None:
    """Every file the app makes finds the disk full as it is flushed (as a file system that
    allocates late reports it); the diary's own writes are untouched."""
    import errno
    import os
    import types

    from vdtracker.storage import beside

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(beside, "os", types.SimpleNamespace(**{**vars(os), "fsync": fsync}))


def test_export_and_back_up_on_a_full_disk_say_so_and_leave_nothing(
        qtbot, window, ctx, tmp_path, monkeypatch):
    """(That an earlier export is kept whole is the command line's test: the same writer.)"""
    log_pain(ctx.services, 5, day=date(2026, 11, 20), today=TODAY)
    folder = backups.folder_of(Path(ctx.services.db.where))
    before = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    a_full_disk(monkeypatch)
    out = tmp_path / "stick"
    out.mkdir()
    file_typed(out / "mine.json")
    by_keys(window, "f", "x", "j")  # File ▸ Export all my data ▸ As a VD Tracker file
    said = window.statusBar().currentMessage()
    assert said.startswith("Not exported") and "disk is full" in said, said
    assert list(out.iterdir()) == []  # no export, and no part of one
    by_keys(window, "f", "b")  # File ▸ Back up now
    said = window.statusBar().currentMessage()
    assert said.startswith("Not backed up") and "disk is full" in said, said
    assert sorted(p.name for p in folder.iterdir()) == before
