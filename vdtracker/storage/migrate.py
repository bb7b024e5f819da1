"""Bring a database to the schema this code knows, and refuse one written by a newer version."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import Connection, Engine, inspect, text

from .errors import LINKS, DatabaseTooNew, DatabaseUnreadable, LinksBroken

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# Every revision this code can read, oldest first; tests check it matches the scripts.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = KNOWN_REVISIONS[-1]
# A PostgreSQL advisory lock key of our own ("vdtrack" in ASCII) held while a migration runs.
MIGRATION_LOCK = 0x7664747261636B

TOO_NEW = ("This data was written by a newer version of VD Tracker (database version {rev}). "
           "Install that version or newer to open it; nothing was changed.")
FOREIGN = ("The database {where}holds tables that are not VD Tracker's. Choose another data "
           "folder; nothing was changed.")


def alembic_config(connection: Connection, scripts: Path = MIGRATIONS) -> Config:
    from alembic.config import Config  # imported only when a migration must run

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    names = inspect(connection).get_table_names()
    if "alembic_version" not in names:
        if names:
            raise DatabaseUnreadable(FOREIGN.format(where=""), "foreign")
        return None
    found: str | None = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return found


def upgrade(engine: Engine, scripts: Path = MIGRATIONS,
            known: Sequence[str] = KNOWN_REVISIONS) -> str | None:
    """Apply pending migrations; return the revision found before (None for a new database).

    `scripts` and `known` exist so tests can add a throw-away revision; the app never passes them.
    """
    with engine.connect() as conn:
        found = current_revision(conn)
    if found == known[-1]:
        return found  # fast path: no Alembic import at start-up
    if found is not None and found not in known:
        raise DatabaseTooNew(TOO_NEW.format(rev=found), "too-new", str(found))
    _migrate(engine, scripts, "head")
    if found is not None:
        log.info("Database upgraded from version %s to %s", found, known[-1])
    return found


def downgrade(engine: Engine, target: str, scripts: Path = MIGRATIONS) -> None:
    """Take the schema back to `target` ("base": no tables), as safely as an upgrade. The app
    never does this; the tests prove with it that every migration can be undone."""
    _migrate(engine, scripts, target, down=True)


def _migrate(engine: Engine, scripts: Path, target: str, down: bool = False) -> None:
    if engine.dialect.name == "sqlite":
        _migrate_sqlite(engine, scripts, target, down)
        return
    from alembic import command

    step = command.downgrade if down else command.upgrade
    with engine.begin() as conn:  # PostgreSQL's DDL is transactional: all of it, or nothing
        if engine.dialect.name == "postgresql":
            # Two desktops starting at once on a new database: the second waits here, then
            # Alembic finds the schema already at head (SQLite: BEGIN IMMEDIATE, below).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        step(alembic_config(conn, scripts), target)


def _migrate_sqlite(engine: Engine, scripts: Path, target: str, down: bool) -> None:
    """Migrate with foreign keys off, commit only if every link still holds, then turn them on.

    SQLite rebuilds a table to alter it (copy, DROP, rename); with foreign keys on, the DROP
    deletes the parent rows and ON DELETE SET NULL silently unlinks every dose from its schedule.
    The pragma is ignored inside a transaction, so it is set first. The migration then runs in
    one explicit transaction with the driver's own transaction handling off: Python's sqlite3
    would otherwise run DDL outside any transaction, and a rollback could not undo a CREATE or
    DROP. So when `PRAGMA foreign_key_check` finds a broken link, the rollback leaves the file
    exactly as it was (chosen over migrating a backup-API copy: no second file to swap or clean
    up, and no double-size disk use on a nearly full disk).
    """
    from alembic import command

    with engine.connect() as conn:
        raw = cast(sqlite3.Connection, conn.connection.driver_connection)  # pysqlite's
        previous = raw.isolation_level
        raw.isolation_level = None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                conn.exec_driver_sql("BEGIN IMMEDIATE")  # a second copy waits, then sees head
                step = command.downgrade if down else command.upgrade
                step(alembic_config(conn, scripts), target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    log.error("Migration rolled back: %d broken links (table, row, parent): %s",
                              len(broken), [tuple(r[:3]) for r in broken[:20]])
                    raise LinksBroken(LINKS.format(where=""), "links")
        finally:
            raw.isolation_level = previous
            try:
                raw.execute("PRAGMA foreign_keys=ON")
            except sqlite3.Error:
                conn.invalidate()  # never hand the pool a connection that ignores links
