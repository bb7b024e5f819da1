"""Start-up: process start to the Today page painted on a ten-year history, and peak memory,
beside the floor (a bare Qt window plus `import sqlalchemy.orm`, in the same run)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAINTED = r"""
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
spy = FirstPaint()
"""

APP = PAINTED + r"""
from datetime import datetime
from vdtracker.app import open_services
from vdtracker.ui.context import Context
from vdtracker.ui.main_window import MainWindow
w = MainWindow(Context(open_services(sys.argv[1]), now=datetime.now))
w.page("today").widget().installEventFilter(spy)
w.show()
app.exec()
assert "pyqtgraph" not in sys.modules
"""

FLOOR = PAINTED + r"""
import sqlalchemy.orm
from PySide6.QtWidgets import QWidget
w = QWidget()
w.resize(1280, 800)
w.installEventFilter(spy)
w.show()
app.exec()
"""


def measure(code: str, folder: Path, runs: int = 7) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env)
        line = proc.stdout.readline() if proc.stdout else ""
        times.append(time.perf_counter() - start)
        proc.wait(timeout=60)
        if not line.startswith("painted"):
            raise RuntimeError(f"no paint reported: {line!r}")
        peaks.append(int(line.split()[1]) / 1024)
    return statistics.median(times), max(peaks)


def report(folder: Path) -> None:
    floor_t, floor_m = measure(FLOOR, folder)
    app_t, app_m = measure(APP, folder)
    print(f"floor (bare Qt window + sqlalchemy.orm): {floor_t * 1000:.0f} ms, {floor_m:.0f} MiB")
    print(f"start-up to Today painted (10 years):    {app_t * 1000:.0f} ms "
          f"({app_t / floor_t:.2f}× the floor; target ≤ 1.5×), peak {app_m:.0f} MiB "
          f"(target ≤ 110 MiB)")
