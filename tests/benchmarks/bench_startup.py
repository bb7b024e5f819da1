"""Start-up as the patient starts it: `vdtracker` (cli.main -> app.run_gui -> ui.launch) to the
Today page painted on a ten-year history, with peak memory, beside the floor (a bare Qt window
plus `import sqlalchemy.orm`), run in pairs in the same run; and the CPU a one-shot command
uses beside the CPU of `python -c 'import sqlalchemy.orm'`, in pairs too."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from targets import say

PAINTED = r"""
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
QUIT_AT_PAINT = True

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            if QUIT_AT_PAINT:
                QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False
"""

# The real entry, in the order `vdtracker` imports it; only the window class and the start of
# the reminders (after the first paint) are wrapped, to watch them. Then the process quits.
APP = r"""
import sys
import vdtracker.cli, vdtracker.app, vdtracker.system_libs
from vdtracker.ui import launch
""" + PAINTED + r"""
QUIT_AT_PAINT = False
Window = launch.MainWindow
def watched(ctx):
    w = Window(ctx)
    w.spy = FirstPaint(w)
    w.page("today").widget().installEventFilter(w.spy)
    return w
launch.MainWindow = watched
start_reminders = launch._start_reminders
def reminders(window, ctx):
    start_reminders(window, ctx)
    print("reminders", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    QTimer.singleShot(0, QApplication.quit)
launch._start_reminders = reminders
vdtracker.cli.main(["--data-dir", sys.argv[1]])
assert "pyqtgraph" not in sys.modules
"""

FLOOR = PAINTED + r"""
import sqlalchemy.orm
from PySide6.QtWidgets import QWidget
app = QApplication(sys.argv)
spy = FirstPaint()
w = QWidget()
w.resize(1280, 800)
w.installEventFilter(spy)
w.show()
app.exec()
"""


def _painted(code: str, folder: Path) -> tuple[float, float, float, float]:
    """Seconds and peak MiB at the first paint, and (the app's) when its reminders have
    started after it (the floor: the same as at the paint)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    took = time.perf_counter() - start
    if not line.startswith("painted"):
        raise RuntimeError(f"no paint reported: {line!r}")
    later = proc.stdout.readline() if proc.stdout else ""
    after = time.perf_counter() - start
    proc.wait(timeout=60)
    peak = int(line.split()[1]) / 1024
    if not later.startswith("reminders"):
        return took, peak, took, peak
    return took, peak, after, int(later.split()[1]) / 1024


def _cpu(cmd: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(folder: Path, as_of: str, runs: int = 7) -> None:
    floor_t, floor_m, app_t, app_m, on_t, on_m = [], [], [], [], [], []
    for _ in range(runs):  # in pairs: a busy moment slows both
        t, m, _, _ = _painted(FLOOR, folder)
        floor_t.append(t)
        floor_m.append(m)
        t, m, t2, m2 = _painted(APP, folder)
        app_t.append(t)
        app_m.append(m)
        on_t.append(t2)
        on_m.append(m2)
    floor_ms = statistics.median(floor_t) * 1000
    say("start-up to Today painted (10 years)", statistics.median(app_t) * 1000, "ms",
        floor=floor_ms, ratio_target=1.2)
    say("start-up peak memory at that paint", max(app_m), "MiB", target=round(max(floor_m) + 10),
        note=f"(floor {max(floor_m):.0f} MiB + 10)")
    say("… and to the reminders started after it", statistics.median(on_t) * 1000, "ms",
        floor=floor_ms, note=f"(peak {max(on_m):.0f} MiB)")

    env = dict(os.environ, VDTRACKER_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen")
    commands = {
        "log": ["log", "pain", "5", "--date", as_of, "--note", "bench"],
        "dose": ["dose", "--supplement", "Vitamin D3", "--date", as_of],
        "alerts": ["alerts", "--as-of", as_of],
    }
    for name, args in commands.items():
        floor_cpu, cmd_cpu = [], []
        for _ in range(runs):
            floor_cpu.append(_cpu([sys.executable, "-c", "import sqlalchemy.orm"], env))
            cmd_cpu.append(_cpu([sys.executable, "-m", "vdtracker", *args], env))
        say(f"`vdtracker {name}` CPU as a new process", statistics.median(cmd_cpu) * 1000, "ms",
            floor=statistics.median(floor_cpu) * 1000, ratio_target=1.2)
