"""Composition root: decides which store the window opens on and hands it over. No globals."""

from __future__ import annotations

from datetime import date


def run_gui(data_dir: str | None) -> int:
    from .storage.database import Database
    from .ui.launch import run  # Qt is imported only when the window is wanted

    return run(lambda: Database.open(data_dir), date.today())
