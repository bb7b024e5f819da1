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

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False
"""

# The real entry, in the order `vdtracker` imports it; only the window class is wrapped, to
# watch Today's first paint. After the paint the process quits.
APP = r"""
import sys
import vdtracker.cli, vdtracker.app, vdtracker.system_libs
from vdtracker.ui import launch
""" + PAINTED + r"""
Window = launch.MainWindow
def watched(ctx):
    w = Window(ctx)
    w.spy = FirstPaint(w)
    w.page("today").widget().installEventFilter(w.spy)
    return w
launch.MainWindow = watched
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


def _painted(code: str, folder: Path) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    line = proc.stdout.readline() if proc.stdout else ""
    took = time.perf_counter() - start
    proc.wait(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError(f"no paint reported: {line!r}")
    return took, int(line.split()[1]) / 1024


def _cpu(cmd: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(folder: Path, as_of: str, runs: int = 7) -> None:
    floor_t, floor_m, app_t, app_m = [], [], [], []
    for _ in range(runs):  # in pairs: a busy moment slows both
        t, m = _painted(FLOOR, folder)
        floor_t.append(t)
        floor_m.append(m)
        t, m = _painted(APP, folder)
        app_t.append(t)
        app_m.append(m)
    floor_ms = statistics.median(floor_t) * 1000
    say("start-up to Today painted (10 years)", statistics.median(app_t) * 1000, "ms",
        floor=floor_ms, ratio_target=1.2)
    say("start-up peak memory", max(app_m), "MiB", target=max(floor_m) + 10,
        note=f"(floor {max(floor_m):.0f} MiB + 10)")

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
