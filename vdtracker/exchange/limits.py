"""Reading an import with limits: regular files only, a size cap, a nesting cap, Unicode."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from ..domain.errors import reason
from .document import NotAnExport

MAX_BYTES = 64 * 1024 * 1024  # one json file or one csv file; a 20-year diary is a few MB
MAX_DEPTH = 16  # the document nests 3 deep (document, list, record); a value is never nested
MAX_LINE = 100_000  # characters in one csv line (a note is at most 2,000)


def kind_of(path: Path) -> str:
    """'dir', 'file', or refuse (NotAnExport) a device, pipe or socket without opening it."""
    st = os.stat(path)  # FileNotFoundError and PermissionError go to the caller
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    if not stat.S_ISREG(st.st_mode):
        raise NotAnExport(reason("import-not-regular", name=path.name))
    return "file"


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, at most MAX_BYTES (NotAnExport beyond, or when it is not one).
    Opened without blocking: a pipe swapped in after the check cannot hang the read."""
    if kind_of(path) == "dir":  # a folder where one csv file of an export folder should be
        raise NotAnExport(reason("import-folder-inside", name=path.name))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAnExport(reason("import-not-regular", name=path.name))
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > MAX_BYTES:
        raise NotAnExport(reason("import-too-big", name=path.name, mb=MAX_BYTES // 2**20))
    return b"".join(chunks)


def check_parsed(data: Any) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH or holding text that is not Unicode (a lone
    surrogate from an escape like \\ud800), which nothing could store or print."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise NotAnExport(reason("json-too-deep", levels=MAX_DEPTH))
        if isinstance(value, str):
            _unicode(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                _unicode(key)
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _unicode(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise NotAnExport(reason("json-unicode")) from None


def inside(folder: Path, path: Path) -> bool:
    """Whether `path` (a link resolved) is in `folder` itself: links out of it are not read."""
    try:
        return path.resolve().parent == folder.resolve()
    except (OSError, RuntimeError):
        return False


__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_LINE", "check_parsed", "inside", "kind_of",
           "read_bytes"]
