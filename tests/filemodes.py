"""Reading a file's permission bits, for the privacy tests."""

import os
import stat
from pathlib import Path


def mode(path: Path) -> int:
    """A file's permission bits (0o600 ...)."""
    return stat.S_IMODE(os.stat(path).st_mode)
