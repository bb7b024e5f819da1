"""What an adversarial run of the command line found (issue 15): every refusal is one line that
names the field and the value as typed (cut to 40 characters) and what is allowed, exits 2, and
leaves every file as it was; numbers and dates are read one way only."""

import os
import subprocess
import sys
import time

import pytest
from test_cli import digest, one_course, vdt


@pytest.fixture
def data(tmp_path):
    return one_course(tmp_path / "data")


@pytest.mark.parametrize("args, said", [
    (["regimen", "stop", "99999999999999999999999"], ["ID", "too large"]),
    (["regimen", "no-maintenance", "-99999999999999999999"], ["ID", "too large"]),
    (["log", "cramp", "--count", "9" * 5000], ["--count", "'" + "9" * 39 + "…'", "too large"]),
    (["log", "pain", "-inf"], ["VAS", "'-inf' is not a number"]),
    (["log", "pain", "nan"], ["VAS", "'nan' is not a number"]),
    (["log", "pain", "1,5"], ["VAS", "'1,5'", "use a point for decimals, e.g. 1.5"]),
    (["log", "cramp", "--duration", "1,5"], ["--duration", "'1,5'", "point for decimals"]),
    (["dose", "--supplement", "Vitamin D3", "--amount", "1,5", "--unit", "mg"],
     ["--amount", "'1,5'", "point for decimals"]),
    (["regimen", "add", "--supplement", "D3", "--dose", "1,5", "--unit", "mg", "--every", "1",
      "--start", "2025-01-01"], ["--dose", "'1,5'", "point for decimals"]),
    (["regimen", "add", "--supplement", "D3", "--dose", "50,00", "--unit", "IU", "--every",
      "1", "--start", "2025-01-01"], ["--dose", "'50,00'", "point for decimals"]),
    (["log", "pain", "5", "--date", "20250101"], ["--date", "'20250101'", "YYYY-MM-DD"]),
    (["log", "pain", "5", "--date", "2025-W01-1"], ["--date", "'2025-W01-1'", "YYYY-MM-DD"]),
    (["log", "pain", "5", "--as-of", "2025-1-5"], ["--as-of", "YYYY-MM-DD"]),
    (["regimen", "add", "--supplement", "D3", "--dose", "5", "--unit", "mg", "--weekdays", "",
      "--start", "2025-01-01"], ["--weekdays", "day names like mon,thu"]),
    (["lab", "add", "b12", "212", "pmol/L", "--low", "-5", "--high", "100"],
     ["--low -5 is not accepted"]),
    (["export", "--format", "ics", "--out", "/proc/nope.ics"], ["--out", "/proc/nope.ics"]),
    (["export", "--format", "fhir", "--out", "/proc/nope.json"], ["--out", "/proc/nope.json"]),
    (["export", "--format", "json", "--out", "/proc/nope.json"], ["--out", "/proc/nope.json"]),
])
def test_a_refusal_is_one_line_naming_the_value_and_changes_no_file(data, args, said):
    before = digest(data)
    r = vdt(data, *args)
    assert r.returncode == 2, r.stdout + r.stderr
    [line] = r.stderr.strip().splitlines()
    for words in said:
        assert words in line, line
    assert "Traceback" not in r.stderr and len(line) < 400
    assert digest(data) == before  # a failed export has not even stored the calendar's id


def test_thousands_groups_are_read_as_thousands(data):
    r = vdt(data, "regimen", "add", "--supplement", "D2", "--dose", "1,250,000", "--unit", "IU",
            "--every", "30", "--start", "2025-01-01", "--confirm")
    assert r.returncode == 0, r.stderr
    assert "1,250,000 IU" in r.stdout


def test_the_windows_first_start_makes_its_folder_and_files_private(tmp_path):
    """The window on a folder that does not exist yet, under a common umask: the folder 0700,
    the lock file and the database 0600 (nothing readable by others, even for a moment)."""
    fresh = tmp_path / "new" / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.Popen([sys.executable, "-m", "vdtracker", "--data-dir", str(fresh)],
                            env=env, umask=0o022, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (fresh / "vdtracker.lock").exists() or not (
                fresh / "vdtracker.sqlite3").exists():
            assert proc.poll() is None, "the window ended early"
            assert time.monotonic() < deadline, "the window did not start"
            time.sleep(0.1)
        modes = {p.name: p.stat().st_mode & 0o777 for p in fresh.iterdir()}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert (fresh.stat().st_mode & 0o777) == 0o700
    assert ((tmp_path / "new").stat().st_mode & 0o777) == 0o700
    assert modes["vdtracker.lock"] == 0o600 and modes["vdtracker.sqlite3"] == 0o600
    assert all(mode in (0o600, 0o700) for mode in modes.values()), modes
