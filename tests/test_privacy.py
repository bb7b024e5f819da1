"""Whatever starts first, the data folder is 0700 and every file the app writes is 0600."""

import os
import subprocess
import sys

import pytest

from filemodes import mode
from vdtracker import paths
from vdtracker.services.export import write_private
from vdtracker.storage.database import Database


def test_the_command_lines_first_start_makes_everything_private(tmp_path):
    fresh = tmp_path / "new" / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    r = subprocess.run([sys.executable, "-m", "vdtracker", "log", "pain", "3", "--data-dir",
                        str(fresh)], capture_output=True, text=True, env=env, timeout=60,
                       umask=0o022)
    assert r.returncode == 0, r.stderr
    assert mode(tmp_path / "new") == 0o700 and mode(fresh) == 0o700
    assert [p.name for p in fresh.iterdir()] == ["vdtracker.sqlite3"]  # no log: nothing to tell
    assert mode(fresh / "vdtracker.sqlite3") == 0o600


def test_an_open_store_and_its_wal_and_shm_are_private(tmp_path, umask_022, monkeypatch):
    monkeypatch.delenv("VDTRACKER_DATABASE_URL", raising=False)
    fresh = tmp_path / "new" / "data"
    db = Database.open(fresh)
    try:
        with db.transaction() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO setting (key, value) VALUES ('privacy.test', 'x')")
        names = {p.name: mode(p) for p in fresh.iterdir()}
    finally:
        db.close()
    assert set(names) == {"vdtracker.sqlite3", "vdtracker.sqlite3-wal", "vdtracker.sqlite3-shm"}
    assert set(names.values()) == {0o600}
    assert mode(fresh) == 0o700 and mode(tmp_path / "new") == 0o700


def test_an_existing_folder_keeps_its_mode(tmp_path, umask_022):
    mine = tmp_path / "chosen"
    mine.mkdir(mode=0o750)
    assert paths.ensure_private_dir(mine) == mine
    assert mode(mine) == 0o750  # `--data-dir ~` must never chmod the user's home


def test_exports_are_written_private(tmp_path, umask_022):
    out = tmp_path / "schedules.ics"
    write_private(out, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["schedules.ics"]  # no temporary left


def test_the_run_refuses_network_sockets_and_allows_local_ones():
    """The guard (tests/no_network, installed by tests/conftest.py) that makes every other
    test prove the app stays off the network: it must refuse an internet socket, and let
    D-Bus's local socket through."""
    import socket

    with pytest.raises(AssertionError, match="network socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(AssertionError, match="network socket"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    local.close()
    _attempts_seen()  # both were recorded (and are cleared, so this test passes)


def _attempts_seen() -> str:
    """What the guard recorded, then emptied: even an attempt code swallows is on record."""
    path = os.environ["NO_NETWORK_LOG"]
    with open(path, encoding="utf-8") as f:
        tried = f.read()
    open(path, "w").close()
    assert tried.count("a network socket") >= 1, tried
    return tried


def test_an_attempt_the_code_swallows_is_still_on_record():
    import socket

    try:  # noqa: SIM105  (written as careless app code might be)
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    except Exception:
        pass
    assert "a network socket" in _attempts_seen()


def test_the_processes_the_tests_start_are_held_to_the_same_rule():
    """The command line and the window run as subprocesses in many tests: they inherit the
    guard (tests/no_network/sitecustomize.py on PYTHONPATH), so a socket there fails too."""
    code = ("import socket; socket.socket(socket.AF_UNIX).close(); print('local ok'); "
            "socket.socket(socket.AF_INET)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60)
    assert "local ok" in r.stdout
    assert r.returncode != 0 and "a network socket" in r.stderr
    assert "pid" in _attempts_seen()  # recorded by the subprocess too
