"""A backup of the ten-year history (SQLite's backup API, integrity check, fsync, rename):
target <= 1 s."""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path

from targets import say


def report(folder: Path) -> None:
    from vdtracker.storage import backups

    runs = []
    for i in range(5):
        t = time.perf_counter()
        out = backups.make_backup(folder, datetime(2026, 1, 1) + timedelta(days=i))
        runs.append(time.perf_counter() - t)
    size = out.stat().st_size / 1e6
    say("backup of the 10-year history", statistics.median(runs) * 1000, target=1000,
        note=f"({size:.1f} MB)")
