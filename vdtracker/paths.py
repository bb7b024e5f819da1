"""Where the user's data lives: --data-dir, then VDTRACKER_DATA_DIR, then platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "vdtracker"
DB_FILE = "vdtracker.sqlite3"
ENV_DATA_DIR = "VDTRACKER_DATA_DIR"
ENV_DATABASE_URL = "VDTRACKER_DATABASE_URL"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder; never the working directory unless the user names it."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create the folder readable by the user only (an existing folder keeps its mode)."""
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        os.chmod(path, 0o700)
    return path


def database_file(folder: Path) -> Path:
    return folder / DB_FILE


def database_url(folder: Path) -> str:
    """VDTRACKER_DATABASE_URL (e.g. a clinic's PostgreSQL) wins over the SQLite file."""
    return os.environ.get(ENV_DATABASE_URL) or f"sqlite:///{database_file(folder)}"
