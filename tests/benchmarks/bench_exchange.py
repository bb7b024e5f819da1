"""json export and import of the ten-year history (import into an empty folder, in one
transaction): targets export <= 2 s, import <= 5 s."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from targets import say


def report(folder: Path) -> None:
    from vdtracker.app import compose
    from vdtracker.services.export import load
    from vdtracker.storage.database import Database

    db = Database.open(folder)
    try:
        svc = compose(db)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "all.json"
            exports = []
            for _ in range(5):
                t = time.perf_counter()
                held = svc.export.json(out)
                exports.append(time.perf_counter() - t)
            imports = []
            for i in range(3):
                other = Database.open(Path(tmp) / f"empty{i}")
                try:
                    t = time.perf_counter()
                    compose(other).importing.apply(load(out))
                    imports.append(time.perf_counter() - t)
                finally:
                    other.close()
            size = out.stat().st_size / 1e6
    finally:
        db.close()
    say("json export of the 10-year history", statistics.median(exports) * 1000, target=2000,
        note=f"({sum(held.values())} records, {size:.1f} MB)")
    say("json import of it into an empty folder", statistics.median(imports) * 1000,
        target=5000)
