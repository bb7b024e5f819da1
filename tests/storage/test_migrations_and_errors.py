"""The store: migrations from empty to head, refusal of newer data, privacy, and known errors."""

import os
import sqlite3
import stat
from datetime import date

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from builders import log_pain
from vdtracker.app import compose
from vdtracker.models import Base
from vdtracker.storage import migrate
from vdtracker.storage.database import Database
from vdtracker.storage.errors import DatabaseLocked, DatabaseTooNew, DatabaseUnreadable


def test_known_revisions_match_the_migration_scripts(db):
    with db.engine.connect() as conn:
        script = ScriptDirectory.from_config(migrate.alembic_config(conn))
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.HEAD


def test_empty_database_is_upgraded_to_head_with_every_table(db):
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_migrations_go_down_and_up_again(db):
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) is None
    migrate.upgrade(db.engine)
    log_pain(compose(db), 3, day=date(2025, 1, 1), today=date(2025, 1, 1))


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "data"
    Database.open(folder).close()
    path = folder / "vdtracker.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        Database.open(folder)
    assert "newer version of VD Tracker" in str(err.value)
    assert path.read_bytes() == before


def test_data_folder_and_files_are_readable_by_the_user_only(tmp_path):
    folder = tmp_path / "fresh"
    db = Database.open(folder)
    log_pain(compose(db), 3, day=date(2025, 1, 1), today=date(2025, 1, 1))
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    for f in folder.iterdir():
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600, f
    db.close()


def test_a_file_that_is_not_a_database_gives_a_sentence(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "vdtracker.sqlite3").write_bytes(b"this is a letter, not a database" * 200)
    with pytest.raises(DatabaseUnreadable) as err:
        Database.open(folder)
    assert "could not be read" in str(err.value) and "a copy you kept" in str(err.value)
    assert err.value.kind == "unreadable"  # worded in the user's language by wording


def test_a_locked_database_is_a_known_error_and_saves_nothing(tmp_path):
    folder = tmp_path / "data"
    db = Database.open(folder, busy_timeout=0.1)
    blocker = sqlite3.connect(folder / "vdtracker.sqlite3")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as err:
            log_pain(compose(db), 3, day=date(2025, 1, 1), today=date(2025, 1, 1))
        assert "in use by another program" in str(err.value)
    finally:
        blocker.rollback()
        blocker.close()
    with db.reading() as s:
        assert s.execute(Base.metadata.tables["pain_entry"].select()).all() == []
    db.close()


def test_a_killed_write_loses_nothing_saved_before(tmp_path):
    """A process killed mid-transaction leaves the earlier entries intact."""
    import subprocess
    import sys
    folder = tmp_path / "data"
    db = Database.open(folder)
    log_pain(compose(db), 4, day=date(2025, 1, 1), today=date(2025, 1, 1))
    db.close()
    code = (
        "import os, sys\n"
        "from datetime import date\n"
        "from vdtracker.models import PainEntry\n"
        "from vdtracker.storage.database import Database\n"
        f"db = Database.open({str(folder)!r})\n"
        "with db.transaction() as s:\n"
        "    for i in range(500):\n"
        "        s.add(PainEntry(day=date(2025, 1, 2), score=5))\n"
        "    s.flush()\n"
        "    os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    db = Database.open(folder)
    with db.reading() as s:
        rows = s.execute(Base.metadata.tables["pain_entry"].select()).all()
    assert [(r.day, r.score) for r in rows] == [(date(2025, 1, 1), 4.0)]
    db.close()


def test_data_dir_comes_from_the_environment_when_no_flag(tmp_path, monkeypatch):
    from vdtracker import paths
    monkeypatch.setenv("VDTRACKER_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv("VDTRACKER_DATA_DIR")
    assert paths.data_dir() != __import__("pathlib").Path.cwd()


@pytest.mark.sqlite_only  # SQLite's own page limit stands in for the full disk
def test_a_full_disk_is_a_known_error_and_keeps_what_was_saved(db):
    from sqlalchemy import event

    from vdtracker.storage.errors import DiskFull
    svc = compose(db)
    log_pain(svc, 4, day=date(2025, 1, 1), today=date(2025, 1, 1))
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_conn, _record):  # SQLite's own "disk is full" once the file may not grow
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", cap)
    db.engine.dispose()
    with pytest.raises(DiskFull) as err:
        for _ in range(2000):
            log_pain(svc, 5, day=date(2025, 1, 2), today=date(2025, 1, 2), note="x" * 1500)
    assert "disk is full" in str(err.value)
    event.remove(db.engine, "connect", cap)
    db.engine.dispose()
    with db.reading() as s:
        rows = s.execute(Base.metadata.tables["pain_entry"].select()).all()
    assert rows[0].score == 4.0 and all(r.day <= date(2025, 1, 2) for r in rows)


def test_a_version_1_database_is_upgraded_keeping_its_data(tmp_path):
    """A store written before reminder times existed opens, upgrades, and keeps every row."""
    folder = tmp_path / "old"
    db = Database.open(folder)
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO supplement (name, name_key, substance, created_at) "
            "VALUES ('Vitamin D3', 'vitamin d3', 'vitamin-d', '2025-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO regimen (supplement_id, dose_amount, dose_unit, every_days, start, phase, "
            "created_at) VALUES (1, 50000, 'IU', 7, '2025-01-05', 'loading', '2025-01-01')")
    db.close()
    db = Database.open(folder)
    [view] = compose(db).regimens.list(date(2025, 2, 1))
    assert (view.supplement, view.amount, view.remind_at) == ("Vitamin D3", 50000, None)
    db.close()
