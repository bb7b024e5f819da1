"""Engine creation: SQLite pragmas (foreign keys, WAL) and private file permissions."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_S = 3.0


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _create_private_file(path: Path) -> None:
    """Create the SQLite file mode 0600 before SQLite does; its -wal/-shm copy that mode."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def make_engine(url: str, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    parsed = make_url(url)
    # Error messages (and so the log) must not quote the notes and values a user typed.
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    db = parsed.database
    if db and db != ":memory:":
        _create_private_file(Path(db))
    engine = create_engine(url, connect_args={"timeout": busy_timeout}, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine
