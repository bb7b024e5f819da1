"""Composition root: decides which store the window opens on and hands it over. No globals."""

from __future__ import annotations

from datetime import date


def run_gui(data_dir: str | None, minimized: bool = False) -> int:
    from . import paths
    from .storage.database import Database
    from .ui.launch import run  # Qt is imported only when the window is wanted

    return run(lambda: Database.open(data_dir), folder=paths.data_dir(data_dir),
               minimized=minimized)


def run_demo() -> int:
    """The window on a throw-away copy of the demo history; the user's data is never opened."""
    import shutil
    import tempfile

    from .services.demo import build_demo
    from .storage.database import Database
    from .ui.launch import run

    folder = tempfile.mkdtemp(prefix="vdtracker-demo-")
    try:
        def open_demo() -> Database:
            db = Database.open(folder)
            build_demo(db, date.today())
            return db

        return run(open_demo, demo=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
