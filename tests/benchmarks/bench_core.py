"""`make bench`: ten years of history in a temporary folder; open, save and alert timings."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_backup import report as backup_report  # noqa: E402
from bench_exchange import report as exchange_report  # noqa: E402
from bench_startup import report as startup_report  # noqa: E402
from bench_summary import report as summary_report  # noqa: E402
from bench_trends import report as trends_report  # noqa: E402
from history import build  # noqa: E402
from targets import say, summary  # noqa: E402

from vdtracker.app import compose  # noqa: E402
from vdtracker.domain.day_entry import DayEntry, PainPart  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402

LAST = date(2026, 11, 1)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        db = Database.open(folder)
        t = time.perf_counter()
        counts = build(db, LAST)
        built = time.perf_counter() - t
        db.close()

        opens = []
        for _ in range(20):
            t = time.perf_counter()
            db = Database.open(folder)
            opens.append(time.perf_counter() - t)
            db.close()
        db = Database.open(folder)

        diary = compose(db).diary
        saves = []
        for i in range(200):
            t = time.perf_counter()
            diary.save_day(DayEntry(LAST - timedelta(days=i % 30), pain=PainPart(3.5, "neck")),
                           today=LAST)
            saves.append(time.perf_counter() - t)

        svc = compose(db)  # supplies counted a month ago, with packs bought since
        counted = datetime.combine(LAST - timedelta(days=30), datetime.min.time())
        svc.supplies.set("Vitamin D3", 90, counted, "tablet", 2000, "IU")
        svc.supplies.add("Vitamin D3", 60, counted + timedelta(days=10))
        svc.supplies.set("Vitamin B12", 12, counted, "tablet", 1000, "mcg")
        alerts = svc.alerts
        runs, found = [], []
        for _ in range(30):
            t = time.perf_counter()
            found = alerts.alerts(LAST)
            runs.append(time.perf_counter() - t)
        db.close()

        cli = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(folder),
                            "alerts", "--as-of", LAST.isoformat()], check=True,
                           capture_output=True)
            cli.append(time.perf_counter() - t)
        print(f"history: {counts['pain']} pain entries, {counts['doses']} doses, "
              f"{counts['labs']} labs, {counts['episodes']} cramp/spasm episodes, "
              f"{counts['regimens']} schedules (built in {built:.1f} s); medians below\n")
        say("open + migrate-check (in process)", statistics.median(opens) * 1000)
        say("save one entry", statistics.median(saves) * 1000, target=10,
            note=f"(p95 {ms(sorted(saves)[189])})")
        say("all alerts over 10 years", statistics.median(runs) * 1000, target=50,
            note=f"({len(found)} alerts: {', '.join(sorted({a.kind for a in found}))})")
        say("`vdtracker alerts` as a new process (wall)", statistics.median(cli) * 1000)
        startup_report(folder, LAST.isoformat())
        trends_report(folder, LAST)
        summary_report(folder, LAST)
        backup_report(folder)
        exchange_report(folder)
    summary()
    return 0


if __name__ == "__main__":
    sys.exit(main())
