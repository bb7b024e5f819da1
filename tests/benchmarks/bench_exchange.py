"""json export and import of the ten-year history (import into an empty folder, in one
transaction): targets export <= 2 s, import <= 5 s."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


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
    print(f"json export ({sum(held.values())} records, {size:.1f} MB): median "
          f"{statistics.median(exports) * 1000:.0f} ms   target <= 2000 ms")
    print(f"json import into an empty folder: median {statistics.median(imports) * 1000:.0f} ms"
          f"   target <= 5000 ms")
