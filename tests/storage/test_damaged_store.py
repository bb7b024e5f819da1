"""A damaged, foreign or too-new store is refused with a kind the window can tell apart, and is
left byte for byte as it was; the newest good backup is found past a damaged one; a restore
over a damaged store sets its files aside untouched."""

import hashlib
import os
import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from damage import DAY, KINDS, damage, damaged_store, fingerprint, make_store
from vdtracker.app import compose
from vdtracker.services.entries import HistoryFilter
from vdtracker.storage import backups
from vdtracker.storage.database import Database
from vdtracker.storage.errors import StorageError
from vdtracker.storage.precheck import WalUnreadable

NOW = datetime(2026, 11, 30, 9, 0)


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def entries(folder):
    db = Database.open(folder)
    try:
        return compose(db).entries.count(HistoryFilter())
    finally:
        db.close()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_damage_is_refused_and_the_files_stay_as_they_were(tmp_path, kind):
    folder = tmp_path / "data"
    before = damaged_store(folder, kind)
    listing = sorted(p.name for p in folder.iterdir())
    with pytest.raises(StorageError) as err:
        Database.open(folder)
    assert err.value.kind == KINDS[kind]
    assert isinstance(err.value, WalUnreadable) == (kind == "garbage-wal")
    assert "nothing was changed" in str(err.value)
    assert fingerprint(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == listing  # no -wal, -shm, backups made


def test_a_foreign_database_gets_none_of_our_tables(tmp_path):
    folder = tmp_path / "data"
    damaged_store(folder, "foreign")
    with pytest.raises(StorageError):
        Database.open(folder)
    with sqlite3.connect(f"file:{folder / 'vdtracker.sqlite3'}?mode=ro", uri=True) as con:
        tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master")}
        mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    assert tables == {"recipe"} and mode == "delete"


def test_a_newer_store_left_open_by_a_crash_keeps_its_wal(tmp_path):
    """Its changes still in the -wal: not checkpointed into the file by this older version."""
    folder = tmp_path / "data"
    make_store(folder, days=2)
    copy = tmp_path / "copy"
    con = sqlite3.connect(folder / "vdtracker.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    shutil.copytree(folder, copy)  # as a power cut leaves it: the -wal not yet checkpointed
    con.close()
    before = {k: v for k, v in fingerprint(copy).items() if not k.endswith("-shm")}
    assert "vdtracker.sqlite3-wal" in before
    with pytest.raises(StorageError) as err:
        Database.open(copy)
    assert err.value.kind == "too-new" and err.value.where == "0099"
    after = {k: v for k, v in fingerprint(copy).items() if not k.endswith("-shm")}
    assert after == before  # the -shm is SQLite's index of the -wal, rebuilt when read


def test_what_sqlite_recovers_by_itself_still_opens(tmp_path):
    """No false alarm: a -wal a crash left behind, and one whose last frame was torn."""
    folder = tmp_path / "data"
    make_store(folder, days=3)
    db = Database.open(folder)
    from builders import log_pain
    log_pain(compose(db), 6.0, day=DAY + timedelta(days=1), today=DAY + timedelta(days=1))
    crashed = tmp_path / "crashed"
    shutil.copytree(folder, crashed)
    db.close()
    assert (crashed / "vdtracker.sqlite3-wal").stat().st_size > 32
    torn = tmp_path / "torn"
    shutil.copytree(crashed, torn)
    with open(torn / "vdtracker.sqlite3-wal", "ab") as wal:
        wal.write(os.urandom(1000))  # half a frame, as a write cut short leaves it
    assert entries(crashed) == 4 and entries(torn) == 4


def test_a_file_without_tables_becomes_a_new_store_but_an_empty_one_is_damaged(tmp_path):
    folder = tmp_path / "bare"
    folder.mkdir()
    sqlite3.connect(folder / "vdtracker.sqlite3").execute("PRAGMA user_version=7") \
        .connection.commit()
    assert entries(folder) == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "vdtracker.sqlite3").write_bytes(b"")  # a sync tool's truncated copy
    with pytest.raises(StorageError):
        Database.open(empty)
    assert (empty / "vdtracker.sqlite3").read_bytes() == b""


def test_copy_store_cannot_copy_a_damaged_store_so_it_is_moved_aside_instead(tmp_path):
    folder = tmp_path / "data"
    damaged_store(folder, "garbage")
    with pytest.raises(backups.NotABackup) as refused:  # the store is damaged, not the folder
        backups.copy_store(folder / "vdtracker.sqlite3", tmp_path / "copy.sqlite3")
    assert refused.value.kind == "damaged"
    assert not (tmp_path / "copy.sqlite3").exists()


def backups_of(folder, days):
    """A backup a day for `days` days before NOW, oldest first, each with one more entry."""
    made = []
    db = Database.open(folder)
    svc = compose(db)
    from builders import log_pain
    for i in range(days):
        log_pain(svc, 5.0, day=DAY + timedelta(days=i + 1), today=DAY + timedelta(days=i + 1))
        when = NOW - timedelta(days=days - i)
        out = backups.make_backup(folder, when)
        os.utime(out, (when.timestamp(), when.timestamp()))
        made.append(out)
    db.close()
    return made


@pytest.mark.parametrize("how", ["truncated", "garbage", "empty"])
def test_the_newest_good_backup_passes_over_a_damaged_newest_one(tmp_path, how):
    folder = tmp_path / "data"
    make_store(folder, days=2)
    older, newest = backups_of(folder, 2)
    size = newest.stat().st_size
    newest.write_bytes({"truncated": newest.read_bytes()[: size // 2],
                        "garbage": os.urandom(size), "empty": b""}[how])
    good = backups.newest_good(folder)
    assert good is not None and good.path == older
    assert good.made == NOW - timedelta(days=2) and good.counts["pain"] == 3


def test_no_good_backup_is_none_and_set_aside_files_are_never_offered(tmp_path):
    folder = tmp_path / "data"
    assert backups.newest_good(folder) is None  # no backups folder at all
    make_store(folder, days=1)
    [only] = backups_of(folder, 1)
    keep = only.read_bytes()
    only.write_bytes(b"x" * 100)
    aside = backups.folder_of(folder)
    (aside / "damaged-2026-12-01-090000.sqlite3").write_bytes(keep)
    (aside / "set-aside-before-restore-2026-12-01-090000.sqlite3").write_bytes(keep)
    assert backups.newest_good(folder) is None


def test_a_copy_made_before_a_migration_counts_as_a_backup(tmp_path):
    folder = tmp_path / "data"
    make_store(folder, days=1)
    [rotating] = backups_of(folder, 1)
    before = backups.folder_of(folder) / "before-migration-from-0002-2026-11-29-120000.sqlite3"
    shutil.copyfile(rotating, before)
    rotating.write_bytes(b"")
    good = backups.newest_good(folder)
    assert good is not None and good.path == before


@pytest.mark.parametrize("kind", ["garbage", "garbage-wal", "newer", "foreign"])
def test_restoring_over_a_damaged_store_keeps_its_files_byte_for_byte(tmp_path, kind):
    folder = tmp_path / "data"
    make_store(folder, days=1)
    backups_of(folder, 2)
    damage(folder, kind)
    before = fingerprint(folder)
    good = backups.newest_good(folder)
    assert good is not None
    held, aside = backups.restore_damaged(folder, good.path, NOW)
    assert aside.name == "damaged-2026-11-30-090000.sqlite3"
    moved = {p.name.replace(aside.name, "vdtracker.sqlite3"): sha(p)
             for p in aside.parent.glob(f"{aside.name}*")}
    assert moved == before
    assert held.counts["pain"] == 3 and entries(folder) == 3
    assert oct(os.stat(folder / "vdtracker.sqlite3").st_mode & 0o777) == "0o600"
    with pytest.raises(StorageError):  # the damaged copy is still as damaged as it was
        Database.open(_alone(tmp_path, aside))


def _alone(tmp_path, aside):
    """The set-aside files in a folder of their own, under the store's name."""
    out = tmp_path / "aside"
    out.mkdir()
    for part in aside.parent.glob(f"{aside.name}*"):
        shutil.copyfile(part, out / part.name.replace(aside.name, "vdtracker.sqlite3"))
    return out


def test_a_restore_that_fails_puts_the_damaged_files_back(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    make_store(folder, days=1)
    [made] = backups_of(folder, 1)
    damage(folder, "garbage-wal")
    before = fingerprint(folder)

    def broken(*_a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "restore", broken)
    with pytest.raises(OSError):
        backups.restore_damaged(folder, made, NOW)
    assert fingerprint(folder) == before
    assert not list(backups.folder_of(folder).glob("damaged-*"))
    with pytest.raises(backups.NotABackup):  # a backup that is no good: nothing is moved
        backups.restore_damaged(folder, folder / "vdtracker.sqlite3-wal", NOW)
    assert fingerprint(folder) == before
