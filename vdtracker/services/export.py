"""Exports a user asks for: the saved schedules as iCalendar (more formats later)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..exchange import ics
from ..storage import repositories as repo
from ..storage.database import Database
from ..wording import Wording
from . import settings as opts


class ExportService:
    def __init__(self, db: Database, settings: opts.SettingsService) -> None:
        self.db = db
        self.settings = settings

    def ics(self, path: Path, words: Wording) -> int:
        """Write the calendar file in `words`' language (all at once: a failed write leaves
        no half file)."""
        with self.db.reading() as s:
            regimens = repo.regimens(s)
        hide = self.settings.get(opts.HIDE_NAMES)
        write_private(path, ics.calendar(regimens, self.settings.store_id(), hide,
                                         words.calendar))
        return len(ics.exportable(regimens))


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
