"""Bring a database to the schema this code knows, and refuse one written by a newer version."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from .errors import DatabaseTooNew, DatabaseUnreadable

MIGRATIONS = Path(__file__).with_name("migrations")
# Every revision this code can read, oldest first; tests check it matches the scripts.
KNOWN_REVISIONS = ("0001", "0002")
HEAD = KNOWN_REVISIONS[-1]

TOO_NEW = ("This data was written by a newer version of VD Tracker (database version {rev}). "
           "Install that version or newer to open it; nothing was changed.")
FOREIGN = ("The database {where}holds tables that are not VD Tracker's. Choose another data "
           "folder; nothing was changed.")


def alembic_config(connection: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # imported only when a migration must run

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(connection: Connection) -> str | None:
    names = inspect(connection).get_table_names()
    if "alembic_version" not in names:
        if names:
            raise DatabaseUnreadable(FOREIGN.format(where=""))
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> str | None:
    """Apply pending migrations; return the revision found before (None for a new database)."""
    with engine.connect() as conn:
        found = current_revision(conn)
    if found == HEAD:
        return found  # fast path: no Alembic import at start-up
    if found is not None and found not in KNOWN_REVISIONS:
        raise DatabaseTooNew(TOO_NEW.format(rev=found))
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return found
