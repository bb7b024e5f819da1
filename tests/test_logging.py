"""The diagnostic log: where it goes, who may read it, and what a storage failure leaves in it."""

import logging
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from filemodes import mode
from vdtracker import logs, paths
from vdtracker.models import PainEntry
from vdtracker.storage.database import Database
from vdtracker.storage.errors import DatabaseLocked


@pytest.fixture
def log_file(tmp_path, umask_022, monkeypatch):
    monkeypatch.delenv("VDTRACKER_DATABASE_URL", raising=False)
    path = logs.configure(tmp_path / "data")
    yield path
    logs.close()


def test_the_log_sits_beside_a_chosen_data_folder_else_in_the_platform_log_folder(
        tmp_path, monkeypatch):
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    assert paths.log_dir(tmp_path / "flag") == tmp_path / "flag" / "logs"
    assert paths.log_dir() == Path(platformdirs.user_log_dir("vdtracker", appauthor=False))
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.log_dir() == tmp_path / "env" / "logs"


def test_the_log_file_is_made_on_the_first_record_readable_by_the_user_only(tmp_path, log_file):
    assert log_file == tmp_path / "data" / "logs" / "vdtracker.log"
    assert logs.current_file() == log_file
    assert not (tmp_path / "data").exists()  # nothing to report yet, nothing written
    logging.getLogger("vdtracker.test").warning("first words")
    assert "WARNING vdtracker.test: first words" in log_file.read_text()
    assert mode(log_file) == 0o600
    assert mode(log_file.parent) == 0o700 and mode(tmp_path / "data") == 0o700


def test_rotated_files_stay_private(log_file):
    [handler] = [h for h in logging.getLogger().handlers
                 if isinstance(h, logs.PrivateRotatingFileHandler)]
    handler.maxBytes = 300
    for i in range(20):
        logging.getLogger("vdtracker.test").warning("line %d of a long story", i)
    names = sorted(p.name for p in log_file.parent.iterdir())
    assert names == ["vdtracker.log", "vdtracker.log.1", "vdtracker.log.2", "vdtracker.log.3"]
    assert all(mode(p) == 0o600 for p in log_file.parent.iterdir())


def test_a_locked_database_is_logged_with_sqlites_error_name(tmp_path, log_file):
    folder = tmp_path / "data"
    db = Database.open(folder, busy_timeout=0.1)
    blocker = sqlite3.connect(folder / "vdtracker.sqlite3")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked), db.transaction() as s:
            s.add(PainEntry(day=date(2025, 1, 1), score=3, note="my private note"))
    finally:
        blocker.rollback()
        blocker.close()
        db.close()
    written = log_file.read_text()
    assert "WARNING vdtracker.storage.database: Database error SQLITE_BUSY" in written
    assert "DatabaseLocked" in written
    assert "my private note" not in written  # SQL parameters are hidden from messages


def test_an_unexpected_database_error_is_logged_with_its_traceback_and_raised(tmp_path,
                                                                               log_file):
    db = Database.open(tmp_path / "data")
    try:
        with pytest.raises(sa_exc.IntegrityError), db.transaction() as s:
            s.execute(text("INSERT INTO pain_entry (day, score, scale, note, created_at) "
                           "VALUES ('2025-01-01', 11, 'vas-0-10', :note, '2025-01-01')"),
                      {"note": "my private note"})
    finally:
        db.close()
    written = log_file.read_text()
    assert "ERROR vdtracker.storage.database: Unexpected database error " \
           "SQLITE_CONSTRAINT_CHECK" in written
    assert "Traceback" in written
    assert "my private note" not in written


def test_the_command_line_logs_a_damaged_database_beside_the_data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "vdtracker.sqlite3").write_bytes(b"this is a letter, not a database" * 200)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    r = subprocess.run([sys.executable, "-m", "vdtracker", "log", "pain", "3", "--data-dir",
                        str(folder)], capture_output=True, text=True, env=env, timeout=60,
                       umask=0o022)
    assert r.returncode == 3, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1  # the log does not leak into the terminal
    log_file = folder / "logs" / "vdtracker.log"
    assert "SQLITE_NOTADB" in log_file.read_text()
    assert mode(log_file) == 0o600 and mode(log_file.parent) == 0o700
