"""Stores damaged on purpose, each the way a real file goes wrong, and their fingerprints."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from builders import log_pain
from vdtracker.app import compose
from vdtracker.storage.database import Database

DAY = date(2026, 11, 20)
# what each damage is called by the storage layer (StorageError.kind)
KINDS = {
    "truncated": "unreadable",  # cut in half
    "cut-tail": "unreadable",  # only the last pages gone: the schema still reads
    "garbage": "unreadable",
    "not-sqlite": "unreadable",  # a photo saved under the database's name
    "foreign": "foreign",  # another program's SQLite file
    "foreign-alembic": "foreign",  # another program's, that uses Alembic too
    "newer": "too-new",
    "garbage-wal": "unreadable",
}


def make_store(folder: Path, days: int = 30) -> None:
    """A closed store with a pain rating a day from DAY back, each with a long note (so the
    rows fill many pages)."""
    db = Database.open(folder)
    svc = compose(db)
    for i in range(days):
        day = DAY - timedelta(days=i)
        log_pain(svc, 4.0, day=day, today=DAY, note="n" * 1500)
    db.close()


def damage(folder: Path, kind: str) -> None:
    live = folder / "vdtracker.sqlite3"
    size = live.stat().st_size
    if kind == "truncated":
        live.write_bytes(live.read_bytes()[: size // 2])
    elif kind == "cut-tail":
        live.write_bytes(live.read_bytes()[: size - 2 * 4096])
    elif kind == "garbage":
        live.write_bytes(os.urandom(size))
    elif kind == "not-sqlite":
        live.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 5000)
    elif kind in ("foreign", "foreign-alembic"):
        live.unlink()
        con = sqlite3.connect(live)
        con.execute("CREATE TABLE recipe (name TEXT, steps TEXT)")
        con.execute("INSERT INTO recipe VALUES ('bread', 'knead')")
        if kind == "foreign-alembic":
            con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
            con.execute("INSERT INTO alembic_version VALUES ('4a1f9c2e7b3d')")
        con.commit()
        con.close()
    elif kind == "newer":
        con = sqlite3.connect(live)
        con.execute("UPDATE alembic_version SET version_num = '0099'")
        con.commit()
        con.close()
    elif kind == "garbage-wal":
        Path(f"{live}-wal").write_bytes(os.urandom(8 * 4096 + 32))
    else:
        raise ValueError(kind)


def fingerprint(folder: Path) -> dict[str, str]:
    """The store's files (the database, its -wal and -shm) by content."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("vdtracker.sqlite3*"))}


def damaged_store(folder: Path, kind: str, days: int = 30) -> dict[str, str]:
    make_store(folder, days)
    damage(folder, kind)
    return fingerprint(folder)
