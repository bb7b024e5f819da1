"""The one way a file the app makes lands: written beside its target (0600, named for the
process writing it), flushed, checked whole, renamed into place; on any failure nothing is
left, and a disk that fills is the full-disk sentence. What a killed writer left is tidied."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import FULL, DiskFull

PART = ".part"  # .<target>.<pid>.<random>.part, and SQLite's -journal/-wal/-shm beside it
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


def full_disk(err: OSError) -> DiskFull | None:
    """The full-disk sentence for a write that failed for want of space (or a file-size
    limit), else None."""
    return DiskFull(FULL, "full") if err.errno in FULL_ERRNOS else None


def no_room(folder: Path, need: int) -> bool:
    """Whether a file of `need` bytes cannot fit in `folder`: too little free space, or a file-
    size limit below it. SQLite says "disk I/O error" for a write the limit refuses, and may
    for one a full disk refuses mid-page."""
    try:
        if shutil.disk_usage(folder).free < need:
            return True
    except OSError:
        return False
    try:
        import resource
    except ImportError:  # Windows: no file-size limits
        return False
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return soft != resource.RLIM_INFINITY and soft < need


@contextlib.contextmanager
def written_beside(path: Path, ends: bytes = b"") -> Iterator[Path]:
    """An empty private file beside `path` for the caller to fill (by name: a Qt writer, SQLite
    or open()); on leaving, checked whole (not empty; ending with `ends` within its last
    kilobyte: Qt's PDF writer cannot report a full disk), flushed to disk and renamed over
    `path`, which is the old file or the whole new one, never half of one. On a failure the
    part-written file (and any SQLite file beside it) is removed, and a full disk raises
    DiskFull. What an earlier, killed write to `path` left beside it goes first."""
    path = Path(path)
    remove_leftovers(path.parent, f".{path.name}.")
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.",
                                suffix=PART)  # mkstemp makes it 0600
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _whole(tmp, ends)
        os.chmod(tmp, 0o600)
        with tmp.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(tmp, path)
        sync_folder(path.parent)  # the rename itself on disk: a power cut cannot undo it
    except OSError as err:
        _remove(tmp)
        raise (full_disk(err) or err) from err
    except BaseException:
        _remove(tmp)
        raise


def write_whole(path: Path, data: bytes) -> None:
    """A small file the app keeps (the window's place): `data` written beside `path` and
    renamed over it, as every file the app makes is."""
    with written_beside(path) as tmp, tmp.open("wb") as f:
        f.write(data)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder so: its renames are flushed by NTFS
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _whole(tmp: Path, ends: bytes) -> None:
    size = tmp.stat().st_size
    with tmp.open("rb") as f:
        f.seek(max(0, size - 1024))
        tail = f.read()
    if size == 0 or (ends and ends not in tail):
        raise DiskFull(FULL, "full")


def _remove(tmp: Path) -> None:
    for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def remove_leftovers(folder: Path, start: str = ".") -> int:
    """Remove the part-written files (names starting with `start`) that a killed writer left
    in `folder`: each may be a copy of the whole diary. Not one a live process is writing.
    Returns how many went."""
    n = 0
    for stale in folder.glob(f"{glob_escape(start)}*{PART}*"):
        if stale.name.startswith(start) and not _writer_alive(stale):
            with contextlib.suppress(FileNotFoundError):
                if stale.is_dir() and not stale.is_symlink():
                    shutil.rmtree(stale)  # a csv export's folder, written beside its place
                else:
                    stale.unlink()
                n += 1
    return n


def glob_escape(text: str) -> str:
    """`text` matched literally by glob (a file name may hold [, * or ?)."""
    return "".join(f"[{c}]" if c in "[]*?" else c for c in text)


def _writer_alive(part: Path) -> bool:
    """Whether the process named in a part-written file's name still runs."""
    try:
        pid = int(part.name.split(PART)[0].rsplit(".", 2)[-2])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError):
        return False
    except PermissionError:
        return True  # alive, another user's
    return pid != os.getpid()  # our own: a write of ours that failed (it tidies itself)


__all__ = ["FULL_ERRNOS", "PART", "full_disk", "no_room", "remove_leftovers", "sync_folder",
           "write_whole", "written_beside"]
