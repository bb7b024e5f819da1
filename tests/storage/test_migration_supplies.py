"""Revision 0006 (supplies): a ten-year store at 0005 comes up with the supply tables and every
row it held, and the tables refuse what the patient could not have meant."""

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from vdtracker.storage import migrate
from vdtracker.storage.database import Database

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from history import build  # noqa: E402 - the benchmarks' ten-year diary

TABLES = ("supplement", "regimen", "dose", "lab_result", "pain_entry", "cramp_night",
          "spasm_episode", "setting")


def counts(path, columns=None):
    """Each table's rows (the columns it had at 0005: a new one added is not a row changed)."""
    con = sqlite3.connect(path)
    try:
        columns = columns or {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
                              for t in TABLES}
        return columns, {t: con.execute(f"SELECT {', '.join(columns[t])} FROM {t} "
                                        "ORDER BY rowid").fetchall() for t in TABLES}
    finally:
        con.close()


@pytest.mark.sqlite_only
def test_a_ten_year_store_at_0005_gains_the_supply_tables_and_keeps_every_row(tmp_path):
    db = Database.open(tmp_path)
    made = build(db, date(2026, 11, 30))
    migrate.downgrade(db.engine, "0005")
    db.close()
    store = tmp_path / "vdtracker.sqlite3"
    columns, before = counts(store)
    assert len(before["dose"]) == made["doses"] > 1000 and len(before["pain_entry"]) > 3650
    db = Database.open(tmp_path)  # brings it to this version (a copy is made first)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD  # 0006, and any after it
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert counts(store, columns)[1] == before
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO supply (supplement_id, form, holds_amount, "
                                 "holds_unit, counted, counted_at, created_at) VALUES "
                                 "(1, 'capsule', 50000, 'IU', 12, '2026-11-30 09:00', "
                                 "'2026-11-30 09:00')")
        for bad in ("(2, 'pill', NULL, NULL, 3)", "(2, 'tablet', 1000, NULL, 3)",
                    "(2, 'tablet', NULL, NULL, -1)", "(1, 'tablet', NULL, NULL, 3)"):
            with pytest.raises(IntegrityError), db.engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO supply (supplement_id, form, holds_amount, "
                                     f"holds_unit, counted, counted_at, created_at) VALUES "
                                     f"{bad[:-1]}, '2026-11-30', '2026-11-30')")
    finally:
        db.close()
    assert list((tmp_path / "backups").glob("before-migration-from-0005-*.sqlite3"))
