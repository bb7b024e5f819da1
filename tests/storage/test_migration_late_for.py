"""Revision 0007 (a dose taken late, counted for its due date): a ten-year store at 0006 comes
up with every row it held and no dose counted late that the patient did not say was; down and
up again keeps the doses."""

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from vdtracker.storage import migrate
from vdtracker.storage.database import Database

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from history import build  # noqa: E402 - the benchmarks' ten-year diary
from test_migration_supplies import counts  # noqa: E402


@pytest.mark.sqlite_only
def test_a_ten_year_store_at_0006_keeps_every_row_and_counts_nothing_late(tmp_path):
    db = Database.open(tmp_path)
    made = build(db, date(2026, 11, 30))
    migrate.downgrade(db.engine, "0006")
    db.close()
    store = tmp_path / "vdtracker.sqlite3"
    columns, before = counts(store)
    assert len(before["dose"]) == made["doses"] > 1000
    db = Database.open(tmp_path)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD == "0007"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM dose WHERE late_for IS NOT NULL").scalar() == 0
        assert counts(store, columns)[1] == before
        migrate.downgrade(db.engine, "0006")
        migrate.upgrade(db.engine)
        assert counts(store, columns)[1] == before
    finally:
        db.close()
    assert list((tmp_path / "backups").glob("before-migration-from-0006-*.sqlite3"))
    raw = sqlite3.connect(store)
    try:
        assert "late_for" in [r[1] for r in raw.execute("PRAGMA table_info(dose)")]
    finally:
        raw.close()
