"""What a new process imports: a one-shot command and the window's start import none of the code
they do not use (export, import, FHIR, iCalendar, charts, migrations, the PDF), so they start
fast; each is imported when it is first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Imported only by the command or the page that uses them (issue 28's list).
LAZY = ("icalendar", "pyqtgraph", "alembic", "dateutil", "vdtracker.exchange.ics",
        "vdtracker.exchange.fhir", "vdtracker.exchange.csv_folder", "vdtracker.services.export",
        "vdtracker.services.importing", "vdtracker.services.summary", "vdtracker.services.trends",
        "vdtracker.ui.summary", "vdtracker.ui.charts", "vdtracker.ui.dialogs.damaged_store",
        "vdtracker.ui.dialogs.import_preview")

# A command that writes to the diary: no Qt at all (the window and the PDF only).
NO_QT = ("PySide6", "shiboken6")

CLI = r"""
import atexit, json, sys
atexit.register(lambda: print("MODULES " + json.dumps(sorted(sys.modules)), file=sys.stderr))
from vdtracker.cli import main
code = main(sys.argv[1:])
sys.stderr.flush()
sys.exit(code)
"""

# The window as `vdtracker` starts it (cli.main -> app.run_gui -> ui.launch), quit once the
# start-up work after the first paint (the reminders) has run.
WINDOW = r"""
import json, sys
import vdtracker.cli, vdtracker.app
from vdtracker.ui import launch
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

windows = []

def quit_once_reminders_run():  # the start-up work after the first paint has run
    if windows and windows[0].reminders is not None:
        print("REMINDERS started", file=sys.stderr)
        QApplication.quit()
    else:
        QTimer.singleShot(50, quit_once_reminders_run)

Window = launch.MainWindow
def watched(ctx):
    w = Window(ctx)
    windows.append(w)
    QTimer.singleShot(50, quit_once_reminders_run)
    return w
launch.MainWindow = watched
code = vdtracker.cli.main(["--data-dir", sys.argv[1]])
print("MODULES " + json.dumps(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


# The window as above, its modules listed at its first paint (then it quits): the reminders'
# own code (started after the paint) and the exchange code are not imported yet.
AT_PAINT = r"""
import json, sys
import vdtracker.cli, vdtracker.app
from vdtracker.ui import launch
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("MODULES " + json.dumps(sorted(sys.modules)), file=sys.stderr)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False

Window = launch.MainWindow
def watched(ctx):
    w = Window(ctx)
    w.spy = FirstPaint(w)
    w.page("today").widget().installEventFilter(w.spy)
    return w
launch.MainWindow = watched
sys.exit(vdtracker.cli.main(["--data-dir", sys.argv[1]]))
"""
# The ORM (and the entity classes mapped onto the tables) is for the rest of the window and
# the other commands: a symptom or a dose logged, the alerts, and Today read and write in
# SQLAlchemy Core (~90 ms less per process, issue 28).
ORM = ("sqlalchemy.orm", "vdtracker.models.base", "vdtracker.models.diary",
       "vdtracker.models.supplements")
NOT_BEFORE_PAINT = ("vdtracker.ui.reminders.controller", "vdtracker.ui.reminders.notifier",
                    "vdtracker.ui.reminders.dbus_notifier", "vdtracker.exchange", *ORM)


def _env(folder: Path) -> dict[str, str]:
    return {**os.environ, "VDTRACKER_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen",
            "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def _run(code: str, args: list[str], folder: Path) -> tuple[set[str], list[str]]:
    """The modules the process had imported at its end, and what else it wrote to stderr."""
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                       env=_env(folder), timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    line = next(x for x in lines if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES "))), lines


def _modules(code: str, args: list[str], folder: Path) -> set[str]:
    return _run(code, args, folder)[0]


def _found(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary that exists already (a first start builds its tables through the migrations)
    with a schedule, a dose and a lab result, as a patient's has."""
    folder = tmp_path_factory.mktemp("diary")
    for args in (["regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000",
                  "--unit", "IU", "--every", "7", "--start", "2026-10-01"],
                 ["dose", "--supplement", "Vitamin D3", "--date", "2026-10-01"],
                 ["lab", "add", "vitamin-d", "14", "ng/mL", "--date", "2026-09-20"]):
        r = subprocess.run([sys.executable, "-m", "vdtracker", *args], capture_output=True,
                           text=True, env=_env(folder), timeout=120)
        assert r.returncode == 0, r.stderr
    return folder


# Saving a symptom words no alert, schedule or lab and reads none of them.
NOT_TO_LOG = ("vdtracker.wording.alerts", "vdtracker.domain.alerts", "vdtracker.domain.reminders",
              "vdtracker.storage.repositories", "vdtracker.services.labs",
              "vdtracker.services.regimens", "vdtracker.services.settings")


@pytest.mark.parametrize("args", [["log", "pain", "5"],
                                  ["dose", "--supplement", "Vitamin D3", "--date", "2026-10-08"],
                                  ["alerts", "--as-of", "2026-11-01"]])
def test_a_one_shot_command_imports_only_what_it_uses(kept: Path, args: list[str]):
    modules = _modules(CLI, args, kept)
    assert "vdtracker.storage.database" in modules  # it did open the diary
    assert _found(modules, LAZY) == []
    assert _found(modules, NO_QT) == []
    assert _found(modules, ORM) == []
    if args[0] == "log":
        assert _found(modules, NOT_TO_LOG) == []
    else:  # the alert rules' own reading
        assert "vdtracker.storage.repositories" in modules


def test_the_window_start_imports_no_export_import_chart_or_pdf_code(kept: Path):
    modules, said = _run(WINDOW, [str(kept)], kept)
    assert "REMINDERS started" in said  # the start was whole, the work after the paint too
    assert "vdtracker.ui.pages.today" in modules  # Today was built
    assert _found(modules, LAZY) == []


def test_the_window_paints_before_the_reminders_code_is_imported(kept: Path):
    modules = _modules(AT_PAINT, [str(kept)], kept)
    assert "vdtracker.ui.pages.today" in modules  # Today was painted
    assert _found(modules, NOT_BEFORE_PAINT) == []


def test_an_export_still_finds_its_code(kept: Path, tmp_path: Path):
    """The lazy import is there when it is used: the calendar export writes its file."""
    out = tmp_path / "doses.ics"
    r = subprocess.run([sys.executable, "-m", "vdtracker", "export", "--format", "ics",
                        "--out", str(out)], capture_output=True, text=True, env=_env(kept),
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.read_text("utf-8").startswith("BEGIN:VCALENDAR")


def test_the_summary_is_read_and_written_without_the_orm(kept: Path, tmp_path: Path):
    """`vdtracker report` reads the diary's story, the labs and the notes in Core (issue 28:
    its PDF in under a second)."""
    out = tmp_path / "summary.pdf"
    modules = _modules(CLI, ["report", "--as-of", "2026-11-01", "--out", str(out)], kept)
    assert out.read_bytes().startswith(b"%PDF")
    assert "vdtracker.services.summary" in modules
    assert _found(modules, ORM) == []
