"""Composition root: opens the store, composes the services once, hands them over. No globals."""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from .domain.personal import Personal
from .services.bundle import Services
from .storage import backups
from .storage.database import Database
from .storage.errors import StorageError
from .wording import Wording

log = logging.getLogger(__name__)


def compose(db: Database) -> Services:
    """The one place the services are composed (the window, the CLI and the tests all come
    here); the bundle makes each of them when it is first asked for (services/bundle.py)."""
    return Services(db)


def open_services(data_dir: str | Path | None, backup: bool = True,
                  read_only: bool = False) -> Services:
    """The services on the user's store; the first start of a day backs it up (a store this
    start has just created holds nothing to back up). `read_only`: for a command that only
    reads (it works on a full data disk): nothing is written, no backup made."""
    existed = store_exists(data_dir)
    db = Database.open_read_only(data_dir) if read_only else Database.open(data_dir)
    services = compose(db)
    _tidy_backups(db)
    if backup and existed and not db.read_only:
        daily_backup(services)
    return services


def _tidy_backups(db: Database) -> None:
    """A killed backup's part-written copy of the whole diary goes at the next start."""
    if not db.url.startswith("sqlite"):
        return
    try:
        gone = backups.remove_stale_parts(Path(db.where))
    except OSError as err:
        log.warning("A part-written backup could not be removed: %s", err)
        return
    if gone:
        log.info("Removed %d part-written backup file(s) a stopped backup left", gone)


def store_exists(data_dir: str | Path | None) -> bool:
    """Whether the data folder already holds a store (one this start makes needs no backup)."""
    from . import paths

    return paths.database_file(paths.data_dir(data_dir)).exists()


def daily_backup(services: Services) -> None:
    """The day's backup of an SQLite store, if none was made today; a failure is logged and
    never in the user's way."""
    if not services.db.url.startswith("sqlite"):
        return
    try:
        backups.daily_backup(Path(services.db.where), datetime.now())
    except (OSError, sqlite3.Error, StorageError, backups.NotABackup) as err:
        log.warning("The daily backup was not made: %s", err)


def run_gui(data_dir: str | None, minimized: bool = False,
            qt_options: Sequence[str] = ()) -> int:
    from . import paths

    if (cannot := _window_cannot_open(qt_options)) is not None:
        return cannot
    from .ui.launch import run  # Qt is imported only when the window is wanted

    _repair_login_entry()
    return run(lambda: open_services(data_dir), now=datetime.now,
               folder=paths.data_dir(data_dir), minimized=minimized, qt_options=qt_options,
               open_folder=open_services)  # another folder, when this one's store is damaged


def _window_cannot_open(qt_options: Sequence[str]) -> int | None:
    """Before Qt is imported (its libraries load) or loads its display plugin (which aborts,
    blaming xcb-cursor whatever is missing): no display, or a system library the plugin
    needs, is one sentence and the install line on stderr, and exit 4."""
    from . import system_libs

    said = system_libs.window_problem(qt_options)
    if said is None:
        return None
    sys.stderr.write(said + "\n")
    return system_libs.CANNOT_OPEN


def _repair_login_entry() -> None:
    """A login entry left by a removed install (or an older line of this one) starts this copy
    from now on: the user had asked to start at login (autostart.repair). Never in the way."""
    from . import autostart

    try:
        autostart.repair()
    except (OSError, StorageError) as err:  # Settings shows the box off, ticking it says why
        log.warning("The login entry could not be written again: %s", err)


def run_demo(qt_options: Sequence[str] = ()) -> int:
    """The window on a throw-away copy of the demo history; the user's data is never opened."""
    import shutil
    import tempfile

    from .services.demo import build_demo

    if (cannot := _window_cannot_open(qt_options)) is not None:
        return cannot
    from .ui.launch import run

    folder = tempfile.mkdtemp(prefix="vdtracker-demo-")
    try:
        def open_demo() -> Services:
            services = open_services(folder, backup=False)  # thrown away anyway
            build_demo(services.db, date.today())
            return services

        return run(open_demo, now=datetime.now, demo=True, qt_options=qt_options)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_report(services: Services, words: Wording, first: date | None, last: date | None,
                 as_of: date, out: Path, paper: str | None = None,
                 personal: Personal | None = None) -> Path:
    """The appointment summary as a PDF, headless: the layout the window prints (`paper`:
    "auto", "a4" or "letter" for this document; None: the stored summary setting; `personal`:
    name, birth date and questions for this document; None: the stored ones)."""
    from .ui.summary.headless import write_report as write  # Qt only when a PDF is wanted

    return write(services, words, first, last, as_of, out, paper, personal)
