"""The Database: opens (and migrates) the store; its transactions commit whole or not at all."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from .. import paths
from .backups import NotABackup, before_migration
from .engine import BUSY_TIMEOUT_S, make_engine, read_only_url
from .errors import (
    NO_ACCESS,
    SHARED,
    UNREADABLE,
    DatabaseUnreadable,
    StorageError,
    driver_message,
    error_name,
    known_error,
)
from .migrate import HEAD, current_revision, upgrade
from .precheck import check_store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


class Database:
    def __init__(self, url: str, where: str = "", busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.url = url
        self.where = where
        self.read_only = False  # opened by open_read_only: nothing is written through it
        self.engine = make_engine(url, busy_timeout)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        """Made when the ORM is first used: a pain score logged, the alert rules' reading and
        Today's first paint go through `connect` alone and never load it."""
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, folder: Path | str | None = None, busy_timeout: float = BUSY_TIMEOUT_S
             ) -> Database:
        """Open the user's store in `folder` (see paths.data_dir), creating and migrating it.
        A damaged, foreign or too-new file is refused before anything writes to it."""
        where = paths.data_dir(folder)
        url = paths.database_url(where)
        if not url.startswith("sqlite"):
            _own_database(url)
        with _folder_in_use(where):
            paths.ensure_private_dir(where)
            if url.startswith("sqlite"):
                check_store(paths.database_file(where), str(where))
            db = cls(url, str(where), busy_timeout)
        try:
            with db.translate():
                if db.url.startswith("sqlite"):
                    _copy_before_migration(where)
                upgrade(db.engine)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def open_read_only(cls, folder: Path | str | None = None,
                       busy_timeout: float = BUSY_TIMEOUT_S) -> Database:
        """Open the store to read it without writing a byte (a full data disk still reads):
        no file created, no migration, nothing copied. A store that needs writing first (none
        yet, or one to migrate) is opened as `open` does."""
        where = paths.data_dir(folder)
        url = paths.database_url(where)
        live = paths.database_file(where)
        sqlite = url.startswith("sqlite")
        if sqlite and not live.exists():
            return cls.open(folder, busy_timeout)
        if not sqlite:
            _own_database(url)
        with _folder_in_use(where):
            if sqlite:
                check_store(live, str(where))
                url = read_only_url(live)
            db = cls(url, str(where), busy_timeout)
        try:
            with db.translate(), db.engine.connect() as conn:
                found = current_revision(conn)
        except BaseException:
            db.close()
            raise
        if found != HEAD:  # to migrate (or too new: `open` says so)
            db.close()
            return cls.open(folder, busy_timeout)
        db.read_only = True
        return db

    @contextmanager
    def translate(self) -> Iterator[None]:
        """Turn driver errors a user can act on into StorageError; let bugs through."""
        try:
            yield
        except (sa_exc.DBAPIError, sqlite3.Error) as err:
            known = known_error(err, self.where)
            if known is None:
                log.exception("Unexpected database error %s in %s", error_name(err), self.where)
                raise
            log.warning("Database error %s in %s (%s), told the user: %s", error_name(err),
                        self.where, driver_message(err), type(known).__name__)
            raise known from err

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together, or nothing does."""
        with self.translate(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.translate(), self._sessions() as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """One unit of work in SQLAlchemy Core (the tables of models.tables, plain rows):
        everything inside commits together, or nothing does."""
        with self.translate(), self.engine.begin() as conn:
            yield conn

    def reopen(self) -> None:
        """After the file was replaced in place (a restore): every connection is dropped and the
        store is brought to this version's schema (an older backup is migrated, copied first)."""
        self.engine.dispose()
        with self.translate():
            if self.url.startswith("sqlite"):
                where = Path(self.where)
                check_store(paths.database_file(where), self.where)
                _copy_before_migration(where)
            upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _folder_in_use(where: Path) -> Iterator[None]:
    """A data folder that cannot be made, read or written: the no-access sentence."""
    try:
        yield
    except OSError as err:
        log.warning("Cannot use the data folder %s: %s", where, err)
        raise DatabaseUnreadable(NO_ACCESS.format(where=f"{where} "), "no-access",
                                 str(where)) from err


# Every role on a PostgreSQL server may connect to these: never one person's diary.
SHARED_DATABASES = frozenset({"postgres", "template0", "template1"})


def _own_database(url: str) -> None:
    """One database per person (README, "A clinic server"): refuse an address that names no
    database, or the server's shared one, before anything connects."""
    name = make_url(url).database
    if not name or name in SHARED_DATABASES:
        what = f'the shared database "{name}"' if name else "no database"
        raise DatabaseUnreadable(SHARED.format(what=what), "shared-database", name or "")


def _copy_before_migration(where: Path) -> None:
    """The copy a migration needs first; a store that cannot be copied is not migrated."""
    loc = f"{where} "
    try:
        before_migration(where, datetime.now())
    except NotABackup as err:  # its integrity check failed: damaged
        log.warning("Not migrated: the copy before the migration failed (%s)", err.why)
        raise DatabaseUnreadable(UNREADABLE.format(where=loc), "unreadable", str(where)) from err
    except OSError as err:
        log.warning("Not migrated: the copy before the migration failed (%s)", err)
        raise DatabaseUnreadable(NO_ACCESS.format(where=loc), "no-access", str(where)) from err


__all__ = ["Database", "StorageError"]
