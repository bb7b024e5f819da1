"""The diagnostic log: one private rotating file, set up once by the entry point (no Qt here)."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO, Any

from . import paths

LOG_FILE = "vdtracker.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file made 0600 in a 0700 folder, on the first record only.

    Opening lazily means a run with nothing to report writes nothing (a rejected command must
    leave the data folder as it was); the permissions are set by os.open because logging's own
    open() would use the umask's mode, and a log may name the user's folders.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                         delay=True)
        self._told = False

    def _open(self) -> Any:  # typeshed says TextIOWrapper; open() with a str mode says IO[Any]
        folder = Path(self.baseFilename).parent
        paths.ensure_private_dir(folder)

        def private(name: str, flags: int) -> int:
            fd = os.open(name, flags, 0o600)
            os.fchmod(fd, 0o600)  # a file left by an older version may be wider
            return fd

        # Not a with-block: the handler keeps the stream open and closes it in close().
        stream: IO[Any] = open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115
                               errors=self.errors, opener=private)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        """One line, once: a log that cannot be written must not bury the user's terminal.
        Held back while `hold_notice` is set (a command's refusal stays its one line; the
        command line says it after a success, see notice())."""
        if not self._told:
            self._told = True
            err = sys.exc_info()[1]
            said = (f"the log file {self.baseFilename} cannot be written ({err}); carrying on "
                    f"without it.")
            if _held is None:
                sys.stderr.write(f"vdtracker: {said}\n")
            else:
                _held.append(said)


_held: list[str] | None = None


def hold_notice() -> None:
    """Keep the log's "cannot be written" line for notice() instead of printing it at once."""
    global _held
    _held = []


def notice() -> str | None:
    """The held "cannot be written" line, if the log could not be written (once)."""
    if not _held:
        return None
    return _held.pop()


def configure(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Send warnings (and vdtracker's own notes) to the log file; calling again moves it."""
    close()
    path = paths.log_dir(data_dir) / LOG_FILE
    handler = PrivateRotatingFileHandler(path)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    # The root keeps its WARNING level, so libraries (alembic's notes) reach the file only when
    # something is wrong; our own modules may also leave an occasional INFO line.
    logging.getLogger("vdtracker").setLevel(logging.INFO)
    return path


def current_file() -> Path | None:
    """The file the log goes to, or None when no entry point configured one (e.g. in tests)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def close() -> None:
    """Detach and close the log file (tests, and configure() moving it)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
