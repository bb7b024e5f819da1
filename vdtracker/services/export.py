"""Exports a user asks for: the saved schedules as iCalendar (more formats later)."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from ..exchange import ics
from ..models import Setting
from ..storage import repositories as repo
from ..storage.database import Database
from . import settings as opts

STORE_ID = "store.id"


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def store_id(self) -> str:
        """A random id for this store, made once: part of every exported UID."""
        with self.db.transaction() as s:
            row = s.get(Setting, STORE_ID)
            if row is None:
                row = Setting(key=STORE_ID, value=secrets.token_hex(8))
                s.add(row)
            return row.value

    def ics(self, path: Path) -> int:
        """Write the calendar file (all at once: a failed write leaves no half file)."""
        with self.db.reading() as s:
            regimens = repo.regimens(s)
        hide = opts.SettingsService(self.db).get(opts.HIDE_NAMES) == "on"
        write_private(path, ics.calendar(regimens, self.store_id(), hide))
        return len(regimens)


def write_private(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, readable by the user only, then rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
