"""Trends chart on ten years: computing the series, the first draw, and a range change."""

from __future__ import annotations

import os
import statistics
import time
from datetime import date
from pathlib import Path

from targets import say

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def report(folder: Path, as_of: date) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from vdtracker.services.trends import TrendsService
    from vdtracker.storage.database import Database
    from vdtracker.ui.charts.trend_chart import TrendChart

    db = Database.open(folder)
    service = TrendsService(db)
    computes = []
    for _ in range(5):
        t = time.perf_counter()
        data = service.data(as_of)
        computes.append(time.perf_counter() - t)
    db.close()
    firsts, changes = [], []
    for _ in range(5):
        chart = TrendChart()
        chart.resize(1100, 600)
        chart.show()
        app.processEvents()
        t = time.perf_counter()
        chart.set_data(data)
        chart.grab()  # paints every row
        firsts.append(time.perf_counter() - t)
        for days in (28, 91, 365, None, 91):
            t = time.perf_counter()
            chart.show_range(days)
            chart.grab()
            changes.append(time.perf_counter() - t)
        chart.close()
        chart.deleteLater()
        app.processEvents()
    say("trends series computed (10 years)", statistics.median(computes) * 1000)
    say("trends first draw (10 years)", statistics.median(firsts) * 1000, target=50)
    say("trends range change + repaint", statistics.median(changes) * 1000, target=16)
