"""Reading needs no free space (issue 24, items 6 and 7): on a full data disk alerts, lists and
exports to another disk work and write nothing there; every refusal is one line; a zero-length
store is damaged, not new; a refused command writes nothing; a killed backup's part-written copy
is gone at the next start.

A full disk is a file-size limit (RLIMIT_FSIZE) in the command's process, with SIGXFSZ ignored
so a write past it fails with EFBIG, as one on a full disk fails with ENOSPC."""

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest
from test_cli import digest, vdt

from damage import make_store
from engines import cli_env

pytestmark = pytest.mark.sqlite_only
DAY = "2026-11-20"


def full_disk_vdt(data, *args, limit=0):
    """The command as a user runs it, no file it writes growing past `limit` bytes."""
    def full():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = cli_env(data, {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")})
    return subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=60, preexec_fn=full)


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    make_store(folder, days=120)  # ~200 kB: larger than the limit of the exports below
    r = vdt(folder, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000",
            "--unit", "IU", "--every", "7", "--start", "2026-10-01", "--weeks", "12")
    assert r.returncode == 0, r.stderr
    shutil.rmtree(folder / "backups")  # today's backup is still to be made
    return folder


@pytest.mark.parametrize("args", [("alerts", "--as-of", DAY), ("regimen", "list"),
                                  ("alerts", "--json", "--as-of", DAY), ("supply", "list")])
def test_reading_works_on_a_full_disk_and_writes_nothing(data, args):
    before = digest(data)
    r = full_disk_vdt(data, *args)
    assert r.returncode == 0, r.stderr
    assert r.stderr == "" and r.stdout
    assert digest(data) == before


@pytest.mark.parametrize("fmt", ["json", "csv", "ics"])
def test_an_export_to_another_disk_works_when_the_data_disk_is_full(data, tmp_path, fmt):
    measured = tmp_path / f"measured.{fmt}"
    assert vdt(data, "export", "--format", fmt, "--out", str(measured)).returncode == 0
    size = max(p.stat().st_size for p in ([measured] if measured.is_file()
                                          else measured.iterdir()))
    limit = size + 4096  # the export fits; a copy of the store (a backup) does not
    assert (data / "vdtracker.sqlite3").stat().st_size > limit
    before = digest(data)
    out = tmp_path / "elsewhere" / f"out.{fmt}"
    out.parent.mkdir()
    r = full_disk_vdt(data, "export", "--format", fmt, "--out", str(out), limit=limit)
    assert r.returncode == 0, r.stderr
    assert out.exists() and r.stderr == ""
    assert digest(data) == before


def test_a_refusal_on_a_full_disk_is_one_line(data):
    (data / "logs").mkdir(exist_ok=True)
    (data / "logs" / "vdtracker.log").write_text("x" * 10)  # the log cannot grow either
    r = full_disk_vdt(data, "log", "pain", "4", "--date", DAY, "--as-of", DAY)
    assert r.returncode == 3
    assert r.stdout == "" and r.stderr.count("\n") == 1 and r.stderr.startswith("vdtracker: ")
    assert "Traceback" not in r.stderr


def test_a_zero_length_store_is_damaged_not_new(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "vdtracker.sqlite3").write_bytes(b"")
    r = vdt(data, "log", "pain", "4", "--date", DAY, "--as-of", DAY)
    assert r.returncode == 3
    assert r.stdout == "" and r.stderr.count("\n") == 1 and "could not be read" in r.stderr
    assert (data / "vdtracker.sqlite3").read_bytes() == b""
    assert sorted(p.name for p in data.iterdir() if p.name != "logs") == ["vdtracker.sqlite3"]


def test_a_new_install_still_makes_its_store(tmp_path):
    data = tmp_path / "new"
    r = vdt(data, "alerts", "--as-of", DAY)
    assert r.returncode == 0, r.stderr
    assert (data / "vdtracker.sqlite3").stat().st_size > 0
    assert vdt(data, "log", "pain", "4", "--date", DAY, "--as-of", DAY).returncode == 0


def test_a_refused_profile_writes_no_setting(tmp_path):
    data = tmp_path / "data"
    make_store(data, days=2)
    before = digest(data)
    r = vdt(data, "alerts", "--profile", "bogus", "--as-of", DAY)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr
    assert digest(data) == before


def test_a_killed_backups_part_copy_is_removed_at_the_next_start(tmp_path):
    data = tmp_path / "data"
    make_store(data, days=2)
    assert vdt(data, "alerts", "--as-of", DAY).returncode == 0  # today's backup: made
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    backups = data / "backups"
    backups.mkdir(mode=0o700, exist_ok=True)
    part = backups / f".vdtracker-2026-11-20_0900.sqlite3.{dead}.abcd.part"
    with sqlite3.connect(part) as con:
        con.execute("CREATE TABLE half (x)")
    Path_journal = backups / f"{part.name}-journal"
    Path_journal.write_bytes(b"j")
    mine = backups / "notes.txt"
    mine.write_text("the user's own")
    r = vdt(data, "alerts", "--as-of", DAY)
    assert r.returncode == 0, r.stderr
    assert not part.exists() and not Path_journal.exists()
    assert mine.read_text() == "the user's own"


def dead_pid() -> str:
    return subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()


def kept_files(folder):
    """Every file but the log (a refusal may note why in it) and SQLite's empty -wal/-shm (a
    reader of a store in WAL mode makes them)."""
    return {k: v for k, v in digest(folder).items()
            if not k.startswith("logs") and not k.endswith(("-wal", "-shm"))}


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_part_copy(data):
    before = kept_files(data)
    r = full_disk_vdt(data, "backup", limit=4096)  # far smaller than a copy of the store
    assert r.returncode == 3, r.stderr
    assert r.stdout == "" and r.stderr.count("\n") == 1 and "disk is full" in r.stderr
    assert kept_files(data) == before  # nothing in backups/, the store as it was


def test_a_backup_elsewhere_on_a_full_disk_leaves_nothing_there(data, tmp_path):
    elsewhere = tmp_path / "stick"
    elsewhere.mkdir()
    r = full_disk_vdt(data, "backup", "--out", str(elsewhere / "copy.sqlite3"), limit=4096)
    assert r.returncode == 3 and "disk is full" in r.stderr, r.stderr
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("fmt", ["json", "ics"])
def test_an_export_on_a_full_disk_keeps_the_earlier_export_whole(data, tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    assert vdt(data, "export", "--format", fmt, "--out", str(out)).returncode == 0
    earlier = out.read_bytes()
    r = full_disk_vdt(data, "export", "--format", fmt, "--out", str(out),
                      limit=len(earlier) // 2)
    assert r.returncode == 3 and r.stderr.count("\n") == 1 and "disk is full" in r.stderr
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_what_a_killed_start_or_export_left_goes_and_a_live_writers_stays(tmp_path):
    data = tmp_path / "data"
    make_store(data, days=2)
    dead = dead_pid()
    new_store = data / f".vdtracker.sqlite3.{dead}.new.part"  # a start killed making the store
    new_store.write_bytes(b"SQLite format 3\x00")
    Path_wal = data / f"{new_store.name}-wal"
    Path_wal.write_bytes(b"w")
    out = tmp_path / "export.json"
    killed = tmp_path / f".export.json.{dead}.k1x2.part"  # an export killed mid-write
    killed.write_bytes(b'{"half": ')
    alive = tmp_path / f".export.json.{os.getpid()}.z9y8.part"  # this test's own: alive
    alive.write_bytes(b"{")
    other = tmp_path / f".notes.txt.{dead}.k1x2.part"  # beside another file: not ours to tidy
    other.write_bytes(b"x")
    assert vdt(data, "export", "--format", "json", "--out", str(out)).returncode == 0
    assert not new_store.exists() and not Path_wal.exists()
    assert not killed.exists() and alive.exists() and other.exists()
    assert out.read_bytes().startswith(b"{")


def test_a_killed_csv_exports_part_folder_goes_at_the_next_export_there(tmp_path):
    data = tmp_path / "data"
    make_store(data, days=2)
    out = tmp_path / "csv"
    stale = tmp_path / f".csv.{dead_pid()}.k1x2.part"  # a csv export killed mid-way
    stale.mkdir()
    (stale / "pain.csv").write_text("day,score\n2026-11-20,4\n")
    assert vdt(data, "export", "--format", "csv", "--out", str(out)).returncode == 0
    assert not stale.exists() and (out / "pain.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
