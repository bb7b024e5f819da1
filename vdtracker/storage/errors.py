"""Storage failures split into ones a user can act on (with a sentence) and bugs."""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc


class StorageError(Exception):
    """A failure the user can act on; str() is the sentence in English, and `kind` with
    `where` lets the wording layer say it in the user's language."""

    def __init__(self, text: str, kind: str = "", where: str = "") -> None:
        super().__init__(text)
        self.kind = kind or type(self).__name__
        self.where = where


class DatabaseLocked(StorageError):
    pass


class DiskFull(StorageError):
    pass


class DatabaseUnreadable(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class LinksBroken(StorageError):
    pass


# lock_not_available (our lock_timeout ran out), deadlock, serialization failure: busy.
SERVER_LOCKED = frozenset({"55P03", "40P01", "40001"})
SHARED = ("The database address (VDTRACKER_DATABASE_URL) names {what}, but each diary needs a "
          "database of its own on the server. Ask whoever runs the server for the address of "
          "yours; nothing was changed.")
LOCKED = ("The database is in use by another program (is VD Tracker open in another window?). "
          "Close it and try again; nothing was changed.")
FULL = ("The disk is full, so nothing was saved. Free some space and try again; "
        "what was saved before is unharmed.")
UNREADABLE = ("The database file {where}could not be read: it may be damaged or not a VD Tracker "
              "database. Put back a copy you kept, or choose another data folder; nothing was "
              "changed.")
NO_ACCESS = ("The data folder {where}cannot be written (check its permissions or free space); "
             "nothing was changed.")
LINKS = ("The database {where}could not be brought up to date for this version of VD Tracker: "
         "some records point at records that are missing, so the update was stopped. Keep using "
         "the version you had, or put back a copy you kept; nothing was changed.")


def error_name(err: BaseException) -> str:
    """SQLite's own name for a failure (SQLITE_BUSY, SQLITE_FULL, ...), else the class name."""
    orig = err.orig if isinstance(err, sa_exc.DBAPIError) else err
    name = getattr(orig, "sqlite_errorname", None)  # Python 3.11+ on sqlite3.Error
    return name if isinstance(name, str) and name else type(orig).__name__


def driver_message(err: BaseException) -> str:
    """The driver's words without SQLAlchemy's SQL text, which may quote what the user typed."""
    return " ".join(str(err.orig if isinstance(err, sa_exc.DBAPIError) else err).split())


def known_error(err: BaseException, where: str = "") -> StorageError | None:
    """Translate a driver error into a StorageError, or None if it is a bug."""
    orig = err.orig if isinstance(err, sa_exc.DBAPIError) else err
    if not isinstance(orig, sqlite3.Error):
        state = getattr(orig, "sqlstate", None) or ""  # a server's SQLSTATE (psycopg)
        if state in SERVER_LOCKED:
            return DatabaseLocked(LOCKED, "locked")
        if state == "53100":  # disk_full
            return DiskFull(FULL, "full")
        if isinstance(err, sa_exc.OperationalError) or state == "42501" or state[:2] == "28":
            # down, unknown database, wrong password, no privilege: the server's own words
            said = " ".join(str(orig).split())  # the server's words on one line
            return DatabaseUnreadable(f"The database could not be reached ({said}). "
                                      "Check the database settings and try again.",
                                      "unreachable")
        return None
    name = getattr(orig, "sqlite_errorname", "") or ""
    text = str(orig).lower()
    loc = f"{where} " if where else ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return DatabaseLocked(LOCKED, "locked")
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFull(FULL, "full")
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text \
            or "malformed" in text:
        return DatabaseUnreadable(UNREADABLE.format(where=loc), "unreadable", where)
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_PERM")) \
            or "unable to open" in text or "readonly" in text or "disk i/o" in text:
        return DatabaseUnreadable(NO_ACCESS.format(where=loc), "no-access", where)
    return None
