"""Refuse a damaged, foreign or too-new SQLite store before anything opens it for writing."""

from __future__ import annotations

import logging
import sqlite3
import struct
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from .backups import COUNTED
from .errors import (
    NO_ACCESS,
    UNREADABLE,
    DatabaseTooNew,
    DatabaseUnreadable,
    StorageError,
    error_name,
    known_error,
)
from .migrate import FOREIGN, KNOWN_REVISIONS, TOO_NEW

MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)  # the low bit: the checksums' byte order (1: big-endian)
WAL_VERSION = 3007000
WAL_HEADER = 32
log = logging.getLogger(__name__)
OURS = frozenset(COUNTED)  # a store at an unknown revision with none of these is not ours
WAL_BROKEN = ("The file of recent changes beside the database {where}({name}) is damaged, so the "
              "latest entries cannot be read. Put back a copy you kept, or choose another data "
              "folder; nothing was changed.")


class WalUnreadable(DatabaseUnreadable):
    """The -wal file beside the store is not one SQLite wrote (its kind stays "unreadable")."""


def check_store(live: Path, where: str, known: Sequence[str] = KNOWN_REVISIONS) -> None:
    """Raise the StorageError that opening `live` would end in, reading it only: SQLite itself
    would silently drop a garbage -wal, and turning a foreign file to WAL mode (or creating our
    tables in it) would change it. A missing file is a new store, and passes; an empty one is
    damaged (a new store is made holding its header, see engine.py)."""
    loc = f"{where} " if where else ""
    unreadable = DatabaseUnreadable(UNREADABLE.format(where=loc), "unreadable", where)
    wal = Path(f"{live}-wal")
    try:
        size = live.stat().st_size
        pending = _wal_frames(wal)
        with open(live, "rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        return
    except OSError as err:
        raise DatabaseUnreadable(NO_ACCESS.format(where=loc), "no-access", where) from err
    if pending is None:
        raise _refused(WalUnreadable(WAL_BROKEN.format(where=loc, name=wal.name), "unreadable",
                                     where), live, "SQLITE_CORRUPT: the -wal has no WAL header")
    if size == 0:  # a new store is never empty (engine.py): a sync tool's truncated copy
        raise _refused(unreadable, live, "SQLITE_NOTADB: zero-length file")
    if len(header) < 100 or not header.startswith(MAGIC):
        raise _refused(unreadable, live, "SQLITE_NOTADB: no SQLite header")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    pages, changed, valid_for = (struct.unpack(">I", header[at:at + 4])[0] for at in (28, 24, 92))
    if page_size < 512 or page_size & (page_size - 1):
        raise _refused(unreadable, live, f"SQLITE_NOTADB: page size {page_size}")
    if not pending and pages and changed == valid_for and size < pages * page_size:
        # cut short: the header counts pages the file no longer holds
        raise _refused(unreadable, live, f"SQLITE_CORRUPT: {size} bytes for {pages} pages "
                                         f"of {page_size}")
    _check_tables(live, pending, where, known)


def _refused(err: StorageError, live: Path, why: str) -> StorageError:
    log.warning("Refused to open %s before writing to it (%s): %s", live, why, err.kind)
    return err


def _check_tables(live: Path, pending: bool, where: str, known: Sequence[str]) -> None:
    """Our tables and a revision this version knows, or none at all (a store to create)."""
    loc = f"{where} " if where else ""
    # immutable: no lock, no -wal or -shm created; with changes in the -wal, read through it
    flags = "mode=ro" if pending else "mode=ro&immutable=1"
    try:
        con = sqlite3.connect(f"file:{quote(str(live))}?{flags}", uri=True)
        try:
            names = {name for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}
            if not names:
                return
            revision = None
            if "alembic_version" in names:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None else str(row[0])
        finally:
            con.close()
    except sqlite3.Error as err:
        known_err: StorageError | None = known_error(err, where)
        if known_err is None:
            raise
        raise _refused(known_err, live, f"{error_name(err)}: {err}") from err
    others = names - {"alembic_version"}
    if revision is None and others or revision is not None and revision not in known \
            and not names & OURS:
        raise _refused(DatabaseUnreadable(FOREIGN.format(where=loc), "foreign", where), live,
                       f"tables {sorted(names)[:8]}, revision {revision}")
    if revision is not None and revision not in known:
        raise _refused(DatabaseTooNew(TOO_NEW.format(rev=revision), "too-new", revision), live,
                       f"revision {revision}")


def _wal_frames(wal: Path) -> bool | None:
    """Whether the -wal holds changes (False: none, or no file); None when its header is not
    one SQLite wrote. Frames torn by a crash are SQLite's to skip; a broken header is not."""
    try:
        with open(wal, "rb") as f:
            header = f.read(WAL_HEADER)
            size = f.seek(0, 2)
    except FileNotFoundError:
        return False
    if not header:
        return False
    if len(header) < WAL_HEADER:
        return None
    magic, version = struct.unpack(">II", header[:8])
    if magic not in WAL_MAGIC or version != WAL_VERSION:
        return None
    words = struct.unpack((">" if magic & 1 else "<") + "6I", header[:24])
    s0 = s1 = 0
    for i in range(0, 6, 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    if (s0, s1) != struct.unpack(">II", header[24:32]):
        return None
    return size > WAL_HEADER
