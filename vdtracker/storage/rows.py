"""Rows in SQLAlchemy Core: what the hot paths read and write through (a Core connection, or a
session's own), without loading the ORM."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, Table, insert, select

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    Reads = Session | Connection  # what a read goes through


def inserted(conn: Connection, table: Table, values: Mapping[str, Any]) -> Row[Any]:
    """A row inserted and read back whole, with the defaults the store filled in (what undo
    keeps of it)."""
    key = conn.execute(insert(table).values(**values)).inserted_primary_key
    if key is None:
        raise RuntimeError(f"no key for the row inserted into {table.name}")
    return conn.execute(select(table).where(table.c.id == key[0])).one()


def core(session: Reads) -> Connection:
    """Plain rows (the ORM's row loading costs more than the query); a session's changes not
    yet written are flushed first, as its own queries would."""
    if isinstance(session, Connection):
        return session
    session.flush()
    return session.connection()
