"""The command line on a clinic's PostgreSQL server: SQLite's file tools refuse in one line,
and an address that names no database of the user's own is refused before it connects."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from test_cli import one_course, vdt

SQLITE_ONLY = "backups and restores are for the SQLite file in your data folder"


@pytest.mark.postgres_only
def test_backup_and_restore_refuse_on_a_server_and_change_nothing(tmp_path, store_engine):
    data = one_course(tmp_path / "data")
    kept = tmp_path / "kept.sqlite3"
    kept.write_bytes(b"")
    for args in (["backup"], ["backup", "--out", str(tmp_path / "copy.sqlite3")],
                 ["restore", str(kept)]):
        r = vdt(data, *args)
        assert r.returncode == 2, (args, r.stderr)
        [line] = r.stderr.strip().splitlines()
        assert SQLITE_ONLY in line and "server's own tools" in line, line
        assert r.stdout == ""
    assert not (data / "backups").exists() and not (tmp_path / "copy.sqlite3").exists()
    listed = vdt(data, "regimen", "list", "--json")  # the store is as it was
    assert listed.returncode == 0 and '"Vitamin D3"' in listed.stdout


def test_a_server_address_without_a_database_of_ones_own_exits_3(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    env["VDTRACKER_DATABASE_URL"] = "postgresql+psycopg://anna@/postgres?host=/nowhere"
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(tmp_path / "d"),
                        "log", "pain", "3"], capture_output=True, text=True, env=env,
                       timeout=60)
    assert r.returncode == 3
    [line] = r.stderr.strip().splitlines()
    assert 'the shared database "postgres"' in line and "a database of its own" in line
