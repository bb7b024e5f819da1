"""Where a file the user asked for may go: never over the diary, its -wal/-shm, the backups
folder, a database, or a file of another kind. How it is written is storage.beside's one
writer (beside, whole, renamed; the full-disk sentence and nothing left when it fails)."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import InvalidInput, reason
from ..storage import backups

# The first bytes of each kind the app writes: an existing file is replaced only when it is
# of the same kind (most likely the app's own earlier output), never a user's other document
MAGIC = {"pdf": (b"%PDF",), "png": (b"\x89PNG",), "svg": (b"<?xml", b"<svg"),
         "json": (b"{",), "ics": (b"BEGIN:VCALENDAR",)}


def check_target(path: Path, kind: str, store: Path | None = None, asked: bool = False
                 ) -> Path:
    """`path` if a `kind` file may be written there; InvalidInput saying why not. `store`: the
    data folder (None on a server database); `asked`: the window's save dialog asked the user
    to replace an existing file (a database or the diary's own files are refused even then)."""
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        raise InvalidInput("out", str(path), reason("out-folder"))
    if store is not None:
        if backups.overwrites_store(path, store):
            raise InvalidInput("out", str(path), reason("out-is-database"))
        kept = backups.folder_of(store).resolve()
        if path.resolve().parent == kept or kept in path.resolve().parents:
            raise InvalidInput("out", str(path), reason("out-in-backups"))
    if path.is_dir():
        raise InvalidInput("out", str(path), reason("out-not-backup"))
    if path.exists():
        if backups.is_sqlite_file(path):
            raise InvalidInput("out", str(path), reason("out-is-database"))
        if not asked and not _same_kind(path, kind):
            raise InvalidInput("out", str(path), reason("out-other-file"))
    return path


def _same_kind(path: Path, kind: str) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(64).lstrip()
    except OSError:
        return False
    return path.stat().st_size == 0 or head.startswith(MAGIC.get(kind, ()))


def store_folder(where: str, url: str) -> Path | None:
    """The data folder when the diary is a SQLite file there (a server database has none)."""
    return Path(where) if url.startswith("sqlite") else None


__all__ = ["check_target", "store_folder"]
