"""The appointment summary of the last year of a ten-year history: the document laid out (chart
included) and the PDF written, in this process (target <= 0.5 s), and `vdtracker report` as a
new process (Qt's start-up included). Its page 1 is kept as a PNG to look at."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from targets import say

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def report(folder: Path, as_of: date) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    from vdtracker.app import compose
    from vdtracker.storage.database import Database
    from vdtracker.ui.summary.document import summary_document
    from vdtracker.ui.summary.pdf import write_pdf
    from vdtracker.wording import Wording

    db = Database.open(folder)
    services = compose(db)
    first = as_of - timedelta(days=364)
    out = Path(tempfile.mkdtemp(prefix="vdtracker-bench-")) / "summary.pdf"
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        pages = summary_document(services, Wording(), as_of, first, as_of)
        write_pdf(pages, out, "Summary", QLocale())
        runs.append(time.perf_counter() - t)
    count = pages.doc.pageCount()
    db.close()
    cli = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(folder), "report",
                        "--from", first.isoformat(), "--as-of", as_of.isoformat(),
                        "--out", str(out)], check=True, capture_output=True)
        cli.append(time.perf_counter() - t)
    say("summary of the last year, laid out + PDF", statistics.median(runs) * 1000,
        target=500, note=f"({count} page(s), {out})")
    say("`vdtracker report` as a new process (wall)", statistics.median(cli) * 1000,
        target=1000)
