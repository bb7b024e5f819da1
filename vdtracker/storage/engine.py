"""Engine creation: SQLite pragmas (foreign keys, WAL), private files, a server's timeouts."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from .beside import PART

BUSY_TIMEOUT_S = 3.0
CONNECT_TIMEOUT_S = 10


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before save says so, power cut or OS crash included (NORMAL
    # in WAL mode may lose the last commits then). Measured: 1.3 ms a save (p95 5 ms) against
    # 0.03 ms; the few writes a patient makes a day can afford it (README, Performance).
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _create_private_file(path: Path) -> None:
    """Create the SQLite file mode 0600 before SQLite does; its -wal/-shm copy that mode.

    A new file is made beside and linked into place already holding SQLite's header: a
    zero-length store is a damaged one (a sync tool's truncated copy), never one being made,
    so a start that is killed, or finds the disk full, leaves no empty file behind."""
    if path.exists():
        os.chmod(path, 0o600)
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new{PART}")  # a killed start's: tidied
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_RDWR, 0o600)
        os.close(fd)
        os.chmod(tmp, 0o600)
        try:
            con = sqlite3.connect(tmp)
            try:
                con.execute("PRAGMA journal_mode=WAL")  # writes the header (and its first page)
            finally:
                con.close()
        except sqlite3.Error as err:
            raise OSError(f"cannot create {path.name}: {err}") from err
        if tmp.stat().st_size == 0:
            raise OSError(f"cannot create {path.name}: nothing was written")
        with contextlib.suppress(FileExistsError):  # another copy starting now made it
            os.link(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)


def read_only_url(path: Path) -> str:
    """An address that opens the store without writing a byte: immutable when no -wal is
    beside it (nobody has it open: not even the -shm, which needs free space, is made), else
    read-only through the -wal that holds changes not yet in the file."""
    flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    return f"sqlite:///file:{quote(str(path))}?{flags}&uri=true"


def _sqlite_read_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _server_limits(query: Mapping[str, object], busy_timeout: float) -> dict[str, object]:
    """A server that is down, or a row another desktop holds, is said within seconds like a busy
    SQLite file (the window must not hang); what the URL sets itself is kept."""
    limits: dict[str, object] = {}
    if "connect_timeout" not in query:
        limits["connect_timeout"] = CONNECT_TIMEOUT_S
    if "options" not in query:
        limits["options"] = f"-c lock_timeout={max(1, round(busy_timeout * 1000))}"
    return limits


def make_engine(url: str, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    parsed = make_url(url)
    # Error messages (and so the log) must not quote the notes and values a user typed.
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True,
                             connect_args=_server_limits(parsed.query, busy_timeout))
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    db = parsed.database
    read_only = parsed.query.get("uri") == "true" and "mode=ro" in url
    if db and db != ":memory:" and not read_only:
        _create_private_file(Path(db))
    engine = create_engine(url, connect_args={"timeout": busy_timeout}, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_read_pragmas if read_only else _sqlite_pragmas)
    return engine
