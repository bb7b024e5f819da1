"""Revision 0005 (why a schedule was stopped): a 0004 store with a stopped schedule, doses,
a break and a decision comes up with every row and link kept and no reason made up; the
store refuses a reason that is not one of the words; down and up again keeps the data."""

import sqlite3
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from vdtracker.app import compose
from vdtracker.storage import migrate
from vdtracker.storage.database import Database


def at_0004_with_history(folder):
    db = Database.open(folder)
    migrate.downgrade(db.engine, "0004")
    db.close()
    raw = sqlite3.connect(folder / "vdtracker.sqlite3")
    with raw:
        raw.execute("INSERT INTO supplement (id, name, name_key, substance, created_at) "
                    "VALUES (1, 'Vitamin D3', 'vitamin d3', 'vitamin-d', '2025-01-01')")
        raw.execute("INSERT INTO regimen (id, supplement_id, dose_amount, dose_unit, every_days, "
                    "start, phase, stopped_on, note, created_at) VALUES (1, 1, 2000, 'IU', 1, "
                    "'2025-01-05', 'maintenance', '2025-03-01', 'as prescribed', '2025-01-01')")
        raw.executemany("INSERT INTO dose (id, supplement_id, regimen_id, day, amount, unit, "
                        "skipped, created_at) VALUES (?, 1, 1, ?, 2000, 'IU', 0, '2025-01-06')",
                        [(1, "2025-01-05"), (2, "2025-01-06")])
        raw.execute("INSERT INTO taking_break (regimen_id, first, last, why, created_at) "
                    "VALUES (1, '2025-02-01', '2025-02-10', 'ran-out', '2025-02-11')")
    raw.close()


def test_a_0004_store_comes_up_with_every_row_and_no_reason_made_up(tmp_path):
    folder = tmp_path / "old"
    at_0004_with_history(folder)
    db = Database.open(folder)  # upgrades: the regimen table is rebuilt for its CHECK
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
            assert conn.exec_driver_sql("SELECT id, regimen_id FROM dose ORDER BY id").all() == [
                (1, 1), (2, 1)]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        svc = compose(db)
        (view,) = svc.regimens.list(date(2025, 4, 1))
        assert (view.stopped_on, view.stop_why, view.stop_note, view.note) == (
            date(2025, 3, 1), None, None, "as prescribed")
        assert [b.why for b in svc.regimens.breaks()] == ["ran-out"]
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE regimen SET stop_why = 'bored' WHERE id = 1")
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE regimen SET stop_why = 'side-effects', "
                                 "stop_note = 'worried' WHERE id = 1")
    finally:
        db.close()


def test_0005_goes_down_and_up_again_keeping_the_schedules(tmp_path):
    folder = tmp_path / "data"
    at_0004_with_history(folder)
    db = Database.open(folder)
    try:
        migrate.downgrade(db.engine, "0004")
        with db.engine.connect() as conn:
            cols = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(regimen)")]
            assert "stop_why" not in cols and "stop_note" not in cols
        migrate.upgrade(db.engine)
        (view,) = compose(db).regimens.list(date(2025, 4, 1))
        assert view.stopped_on == date(2025, 3, 1) and view.stop_why is None
    finally:
        db.close()
