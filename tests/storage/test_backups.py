"""Backups and restore on real SQLite files: consistent copies of a store in WAL mode, checked
and private, rotated 7 daily / 4 weekly / 12 monthly, put back with the current store set aside,
refused (with nothing changed) when the file is not a backup, and made before a migration."""

import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta

import pytest
from alembic import command

from builders import log_pain
from filemodes import mode
from vdtracker.app import compose
from vdtracker.storage import backups, migrate
from vdtracker.storage.database import Database

NOW = datetime(2026, 11, 30, 9, 0)
DAY = date(2026, 11, 20)


def pains(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return sorted(con.execute("SELECT day, score FROM pain_entry").fetchall())


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "data"
    db = Database.open(folder)
    svc = compose(db)
    log_pain(svc, 4.0, day=DAY, today=DAY)
    yield folder, svc
    db.close()


def test_a_backup_holds_what_is_still_in_the_wal_and_is_private(store):
    folder, svc = store
    log_pain(svc, 6.0, day=DAY + timedelta(days=1), today=DAY + timedelta(days=1))
    assert (folder / "vdtracker.sqlite3-wal").stat().st_size > 0  # not yet checkpointed
    out = backups.make_backup(folder, NOW)
    assert pains(out) == [("2026-11-20", 4.0), ("2026-11-21", 6.0)]
    assert mode(out) == 0o600 and mode(out.parent) == 0o700
    assert backups.holdings(out).counts["pain"] == 2
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no -wal, -shm, .part


def test_the_first_start_of_a_day_backs_up_once(store):
    folder, _ = store
    first = backups.daily_backup(folder, NOW)
    assert first is not None and first.exists()
    assert backups.daily_backup(folder, NOW + timedelta(hours=3)) is None
    assert backups.daily_backup(folder, NOW + timedelta(days=1)) is not None


def test_rotation_keeps_7_days_4_weeks_12_months(store, tmp_path):
    folder, _ = store
    made = [NOW - timedelta(days=i) for i in range(400)]  # a backup a day for 400 days
    kept = backups.keep(made)
    days = {d.date() for d in kept if d >= NOW - timedelta(days=6)}
    assert len(days) == 7
    weeks = {tuple(d.isocalendar())[:2] for d in kept}
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12 and min(kept) >= NOW - timedelta(days=366)
    # rotate() removes the rest from disk, and never a file of the user's own
    target = backups.folder_of(folder)
    target.mkdir(mode=0o700)
    for d in made[:40]:
        (target / f"vdtracker-{d.strftime(backups.STAMP)}.sqlite3").write_bytes(b"x")
    (target / "my-own-copy.sqlite3").write_bytes(b"x")
    backups.rotate(target)
    left = {p.name for p in target.iterdir()}
    assert "my-own-copy.sqlite3" in left and len(left) == 1 + len(backups.keep(made[:40]))


def test_restore_sets_the_current_store_aside_and_can_be_undone(store):
    folder, svc = store
    saved = backups.make_backup(folder, NOW)
    log_pain(svc, 8.0, day=DAY + timedelta(days=2), today=DAY + timedelta(days=2))
    svc.db.close()
    held, aside = backups.restore(folder, saved, NOW + timedelta(minutes=1))
    live = folder / "vdtracker.sqlite3"
    assert held.counts["pain"] == 1 and pains(live) == [("2026-11-20", 4.0)]
    assert pains(aside) == [("2026-11-20", 4.0), ("2026-11-22", 8.0)]  # nothing lost
    assert mode(aside) == 0o600 and mode(live) == 0o600
    backups.restore(folder, aside, NOW + timedelta(minutes=2))  # the undo
    assert pains(live) == [("2026-11-20", 4.0), ("2026-11-22", 8.0)]
    db = Database.open(folder)  # and the app opens it as ever
    assert compose(db).entries.count(__import__("vdtracker.services.entries",
                                                fromlist=["HistoryFilter"]).HistoryFilter()) == 2
    db.close()


@pytest.mark.parametrize("kind", ["garbage", "empty", "other-sqlite", "newer", "truncated"])
def test_what_is_not_a_backup_is_refused_and_nothing_changes(store, tmp_path, kind):
    folder, svc = store
    svc.db.close()
    bad = tmp_path / "bad.sqlite3"
    if kind == "garbage":
        bad.write_bytes(b"not a database at all" * 100)
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "other-sqlite":
        with sqlite3.connect(bad) as con:
            con.execute("CREATE TABLE notes (text)")
    else:
        good = backups.make_backup(folder, NOW)
        bad.write_bytes(good.read_bytes())
        if kind == "newer":
            with sqlite3.connect(bad) as con:
                con.execute("UPDATE alembic_version SET version_num = '9999'")
        else:
            bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    live = folder / "vdtracker.sqlite3"
    before = pains(live)
    with pytest.raises(backups.NotABackup):
        backups.restore(folder, bad, NOW)
    assert pains(live) == before
    assert not list(backups.folder_of(folder).glob("set-aside-*"))  # nothing set aside either


def test_a_store_is_copied_before_it_is_migrated(tmp_path):
    folder = tmp_path / "old"
    db = Database.open(folder)
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002")
    db.close()
    Database.open(folder).close()  # migrates to the newest version
    [copy] = backups.folder_of(folder).glob("before-migration-from-0002-*.sqlite3")
    with sqlite3.connect(f"file:{copy}?mode=ro", uri=True) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    Database.open(folder).close()  # up to date now: no second copy
    assert len(list(backups.folder_of(folder).glob("before-migration-*"))) == 1


def test_a_backup_killed_halfway_leaves_no_backup_and_the_store_intact(store, tmp_path):
    folder, svc = store
    for i in range(300):  # a store big enough that the copy takes a moment
        log_pain(svc, 5.0, day=DAY - timedelta(days=i % 200), today=DAY,
                 note="x" * 2000)
    svc.db.close()
    before = pains(folder / "vdtracker.sqlite3")
    code = ("import sys, time\n"
            "from datetime import datetime\n"
            "from pathlib import Path\n"
            "import sqlite3\n"
            "from vdtracker.storage import backups\n"
            "import types\n"
            "class Slow(sqlite3.Connection):\n"  # page by page, slowly: killed in the middle
            "    def backup(self, target, **kw):\n"
            "        return super().backup(target, pages=1,\n"
            "                              progress=lambda *a: time.sleep(0.01))\n"
            "shim = types.SimpleNamespace(**vars(sqlite3))\n"
            "shim.connect = lambda *a, **k: sqlite3.connect(*a, factory=Slow, **k)\n"
            "backups.sqlite3 = shim\n"
            "print('go', flush=True)\n"
            f"backups.make_backup(Path({str(folder)!r}), datetime.now())\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "go"
    time.sleep(0.8)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    target = backups.folder_of(folder)
    assert not list(target.glob("vdtracker-*.sqlite3"))  # no half backup under a real name
    assert pains(folder / "vdtracker.sqlite3") == before
    fresh = backups.make_backup(folder, NOW)  # the next one works, and tidies the leftover
    assert sorted(p.name for p in target.iterdir()) == [fresh.name]


def test_a_full_disk_during_a_backup_is_a_clear_error_and_leaves_nothing(store, monkeypatch):
    """SQLite's own "database or disk is full", as when the backup folder's disk fills up:
    the full-disk sentence, as any write that finds the disk full says, no file left behind,
    the store untouched."""
    import types

    from vdtracker.storage.errors import DiskFull

    folder, svc = store
    svc.db.close()
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        con = real_connect(target, *args, **kwargs)
        if str(target).endswith(".part"):  # the copy being written: room for 2 pages only
            con.execute("PRAGMA max_page_count = 2")
        return con

    monkeypatch.setattr(backups, "sqlite3", types.SimpleNamespace(
        **{**vars(sqlite3), "connect": connect}))
    before = pains(folder / "vdtracker.sqlite3")
    with pytest.raises(DiskFull) as err:
        backups.make_backup(folder, NOW)
    assert "disk is full" in str(err.value)
    assert list(backups.folder_of(folder).iterdir()) == []
    assert pains(folder / "vdtracker.sqlite3") == before


def test_every_save_is_on_disk_before_it_is_called_saved(db):
    """synchronous=FULL in WAL mode: a power cut right after "Saved" loses nothing (NORMAL may
    lose the last commits); README, Durability."""
    if not db.url.startswith("sqlite"):
        pytest.skip("a PostgreSQL server keeps its own durability settings")
    with db.reading() as s:
        mode = s.connection().exec_driver_sql("PRAGMA synchronous").scalar()
        journal = s.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    assert (mode, journal) == (2, "wal")  # 2: FULL
