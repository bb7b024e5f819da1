"""`vdtracker export` and `vdtracker import` as a user runs them: files that say they hold health
data, a preview that changes nothing, a refused file that adds nothing, and an import killed
half-way that leaves the store as it was."""

import json
import os
import signal
import stat
import subprocess
import sys
import time
from datetime import date

import pytest
from test_cli import digest, one_course, vdt

from vdtracker.services.export import json_bytes


@pytest.fixture
def data(tmp_path, store_engine):
    return one_course(tmp_path / "data")


def test_export_then_import_into_a_new_folder_and_again(data, tmp_path, store_engine):
    assert vdt(data, "log", "pain", "6.5", "--date", "2025-01-20").returncode == 0
    out = tmp_path / "all.json"
    r = vdt(data, "export", "--format", "json", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "1 schedule" in r.stdout and "1 pain rating" in r.stdout and "health data" in r.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    other = tmp_path / "other"
    r = vdt(other, "import", str(out), "--dry-run")
    assert r.returncode == 0 and "New: 1 supplement, 1 schedule, 1 pain rating." in r.stdout
    r = vdt(other, "import", str(out))
    assert r.returncode == 0 and "Imported 1 supplement, 1 schedule, 1 pain rating" in r.stdout
    if store_engine == "sqlite":
        [before] = (other / "backups").glob("kept-*.sqlite3")  # the way back: no Undo here
        assert str(before) in r.stdout
    else:  # a server's database is backed up with the server's own tools
        assert not (other / "backups").exists() and "backup" not in r.stdout
    r = vdt(other, "import", str(out))
    assert r.returncode == 0 and "Imported nothing new" in r.stdout
    assert "Already here, skipped: 1 supplement, 1 schedule, 1 pain rating." in r.stdout
    again = tmp_path / "again.json"
    assert vdt(other, "export", "--format", "json", "--out", str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()


def test_a_file_with_problems_lists_them_and_imports_nothing(data, tmp_path):
    out = tmp_path / "all.json"
    assert vdt(data, "log", "pain", "4", "--date", "2025-01-20").returncode == 0
    assert vdt(data, "export", "--format", "json", "--out", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    doc["pain"][0]["score"] = 11
    doc["schedules"][0]["dose_unit"] = "spoons"
    out.write_bytes(json_bytes(doc))
    other = tmp_path / "other"
    assert vdt(other, "log", "pain", "2", "--date", "2025-01-01").returncode == 0
    before = digest(other)
    r = vdt(other, "import", str(out))
    assert r.returncode == 2
    [line] = r.stderr.strip().splitlines()
    assert "was not imported" in line and "Nothing was imported" in line
    assert "pain, row 1: score 11 — use 0 to 10" in r.stdout
    assert "schedules, row 1: dose_unit spoons — use IU, mcg or mg" in r.stdout
    assert digest(other) == before


def test_csv_and_fhir_exports_from_the_command_line(data, tmp_path):
    from fhir.resources.R4B.bundle import Bundle

    assert vdt(data, "lab", "add", "vitamin-d", "<10", "nmol/L", "--date", "2025-01-02",
               "--low", "50", "--high", "125").returncode == 0
    folder = tmp_path / "csv"
    r = vdt(data, "export", "--format", "csv", "--out", str(folder))
    assert r.returncode == 0, r.stderr
    assert (folder / "labs.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith(
        "vitamin-d,10.0,<10,nmol/L,50.0,125.0,2025-01-02")
    out = tmp_path / "bundle.json"
    r = vdt(data, "export", "--format", "fhir", "--out", str(out), "--as-of", "2025-02-01")
    assert r.returncode == 0, r.stderr
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert "Patient" not in kinds and "MedicationStatement" in kinds
    [lab] = [e["resource"] for e in bundle["entry"]
             if e["resource"]["resourceType"] == "Observation"]
    assert lab["code"]["coding"][0]["code"] == "14635-7"
    assert lab["valueQuantity"]["comparator"] == "<" and lab["valueQuantity"]["value"] == 10


def test_an_import_killed_half_way_leaves_the_store_as_it_was(tmp_path):
    """SIGKILL at several moments of a large import: the store holds either nothing of it or
    all of it (one SQLite transaction), never a part, and opens cleanly afterwards."""
    sys.path.insert(0, str(os.path.join(os.path.dirname(__file__), "..", "benchmarks")))
    from history import build

    from vdtracker.app import compose
    from vdtracker.storage.database import Database

    source = Database.open(tmp_path / "source")
    build(source, date(2026, 11, 1), years=3)
    big = tmp_path / "big.json"
    compose(source).export.json(big)
    source.close()
    total = sum(len(v) for v in json.loads(big.read_text()).values() if isinstance(v, list))
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    seen = set()
    for delay in (0.4, 0.8, 1.2, 1.6, 2.4):
        target = tmp_path / f"t{delay}"
        proc = subprocess.Popen([sys.executable, "-m", "vdtracker", "--data-dir", str(target),
                                 "import", str(big)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not (target / "vdtracker.sqlite3").exists():
            seen.add("nothing")
            continue
        db = Database.open(target)
        try:
            held = sum(len(v) for v in compose(db).export.document().values()
                       if isinstance(v, list))
        finally:
            db.close()
        assert held in (0, total), (delay, held, total)
        seen.add("all" if held == total else "nothing")
    assert "nothing" in seen  # at least one kill landed before the commit
