"""Where data and logs live: --data-dir, then VDTRACKER_DATA_DIR, then platformdirs."""

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
    return default_data_dir()


def default_data_dir() -> Path:
    """The folder used when neither --data-dir nor VDTRACKER_DATA_DIR names one."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Logs sit in `<data dir>/logs` when a data folder is chosen (so tests and portable setups
    never write to the real home), else in the platform's user log folder."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return data_dir(chosen) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create the folder, and any missing folder above it, readable by the user only.

    An existing folder keeps its mode: `--data-dir ~` must not chmod the user's home. Missing
    parents get 0700 too (as the XDG spec asks), because mkdir(parents=True) would give them the
    umask's mode. A folder made by a second copy starting at the same moment is fine.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)  # an unusual umask (e.g. 0o277) would strip bits we need
    return path


def database_file(folder: Path) -> Path:
    return folder / DB_FILE


def database_url(folder: Path) -> str:
    """VDTRACKER_DATABASE_URL (e.g. a clinic's PostgreSQL) wins over the SQLite file."""
    return os.environ.get(ENV_DATABASE_URL) or f"sqlite:///{database_file(folder)}"
