"""File ▸ Export all my data, Import…, Back up now and Restore… as a patient uses them: a
preview before anything changes, an import that one Undo takes back, a restore the window goes
on with, and a damaged backup that is never offered."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from builders import log_pain
from conftest import TODAY
from tests_ui_helpers import when_shown
from vdtracker.app import compose
from vdtracker.services.demo import build_demo
from vdtracker.services.export import json_bytes
from vdtracker.storage import backups
from vdtracker.storage.database import Database
from vdtracker.ui import undo_steps
from vdtracker.ui.dialogs.import_preview import ImportPreview
from vdtracker.ui.dialogs.restore_dialog import RestoreDialog


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


def test_import_shows_what_is_new_then_one_undo_takes_it_all_back(qtbot, window, ctx,
                                                                  tmp_path, shots):
    path = demo_export(tmp_path)
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY, at=time(8, 0))
    seen = {}

    def answer(d: ImportPreview) -> None:
        d.resize(640, d.sizeHint().height())
        d.grab().save(str(shots / "import-preview.png"))
        seen["new"], seen["dups"] = d.new.text(), d.duplicates.text()
        d.import_button.click()

    when_shown(ImportPreview, answer)
    assert window.data.import_file(str(path))
    assert "388 pain ratings" in seen["new"] and "2 supplements" in seen["new"]
    assert seen["dups"] == "Already here, skipped: none."
    assert pain_count(ctx) == 389
    assert "Imported" in window.statusBar().currentMessage()
    assert ctx.undo.count() == 1
    assert undo_steps.undo(ctx)
    assert pain_count(ctx) == 1 and not ctx.services.export.document()["labs"]
    assert undo_steps.redo(ctx) and pain_count(ctx) == 389


def test_a_file_with_a_bad_record_offers_no_import_and_names_the_row(qtbot, window, ctx,
                                                                     tmp_path):
    path = demo_export(tmp_path)
    doc = json.loads(path.read_text())
    doc["labs"][1]["value"] = -3
    path.write_bytes(json_bytes(doc))
    seen = {}

    def answer(d: ImportPreview) -> None:
        seen["button"] = d.import_button
        seen["problems"] = [d.problems.item(i).text() for i in range(d.problems.count())]
        d.reject()

    when_shown(ImportPreview, answer)
    assert not window.data.import_file(str(path))
    assert seen["button"] is None
    assert seen["problems"] == ["labs, row 2: value -3 — use a number of 0 or more"]
    assert pain_count(ctx) == 0


def test_export_writes_the_file_chosen_and_says_it_holds_health_data(qtbot, window, ctx,
                                                                    tmp_path):
    log_pain(ctx.services, 5, day=date(2026, 11, 20), today=TODAY)
    out = tmp_path / "mine.json"

    def choose(d: QFileDialog) -> None:  # typed into the dialog's name box, as a user does
        d.findChild(QLineEdit, "fileNameEdit").setText(str(out))
        d.accept()

    when_shown(QFileDialog, choose)
    assert window.data.export_all("json") == out
    assert json.loads(out.read_text())["pain"][0]["score"] == 5.0
    said = window.statusBar().currentMessage()
    assert "1 pain rating" in said and "health data" in said


def test_back_up_then_restore_and_the_window_goes_on_with_the_restored_data(
        qtbot, window, ctx, tmp_path, shots):
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    daily = backups.daily_backup(Path(ctx.services.db.where), datetime(2026, 11, 23, 8, 0))
    first = window.data.back_up_now()
    made = window.data.back_up_now()  # twice in the same minute: both kept
    assert made is not None and "Backed up (checked)" in window.statusBar().currentMessage()
    assert daily.exists() and first.exists() and first != made  # never rotated away
    log_pain(ctx.services, 7, day=date(2026, 11, 21), today=TODAY)
    told = []

    def pick(d: RestoreDialog) -> None:
        d.grab().save(str(shots / "restore-dialog.png"))
        assert d.chosen is not None and d.chosen.path == made
        when_shown(QMessageBox, lambda box: (told.append(box.text()), box.accept()))
        d.restore_button.click()

    when_shown(RestoreDialog, pick)
    assert window.data.restore()
    assert [p["score"] for p in ctx.services.export.document()["pain"]] == [4.0]
    assert "set aside" in told[0] and "1 pain rating" in told[0]
    assert ctx.undo.count() == 0
    # restoring the copy set aside undoes the restore
    [aside] = Path(ctx.services.db.where, "backups").glob("set-aside-before-restore-*")
    when_shown(QMessageBox, lambda box: box.accept())
    assert window.data.restore_from(backups.holdings(aside))
    assert [p["score"] for p in ctx.services.export.document()["pain"]] == [4.0, 7.0]


def test_a_damaged_newest_backup_is_shown_but_the_next_good_one_is_chosen(
        qtbot, window, ctx, tmp_path):
    from datetime import datetime

    where = Path(ctx.services.db.where)
    log_pain(ctx.services, 4, day=date(2026, 11, 20), today=TODAY)
    good = backups.make_backup(where, datetime(2026, 11, 21, 9, 0))
    newest = backups.make_backup(where, datetime(2026, 11, 22, 9, 0))
    data = bytearray(newest.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a damaged page
    newest.write_bytes(bytes(data))
    import os

    os.utime(good, (1_700_000_000, 1_700_000_000))
    dialog = RestoreDialog(ctx, backups.folder_of(where), window)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "cannot be restored" in texts[0]
    assert dialog.chosen is not None and dialog.chosen.path == good
