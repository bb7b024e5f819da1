"""The command line as a user runs it: real subprocesses against a real data folder."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engines import cli_env
from vdtracker import __version__


def vdt(data: Path, *args: str, env_dir: bool = False):
    """The command on the store of `data` (on PostgreSQL: that folder's database)."""
    env = cli_env(data, {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")})
    cmd = [sys.executable, "-m", "vdtracker"]
    if env_dir:
        env["VDTRACKER_DATA_DIR"] = str(data)
    else:
        cmd += ["--data-dir", str(data)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, timeout=60)


def digest(folder: Path) -> dict[str, str]:
    """Every file below the folder (the database, its backups) by content."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def one_course(folder: Path) -> Path:
    """A data folder with one loading course saved (what most command-line tests start from)."""
    r = vdt(folder, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000",
            "--unit", "IU", "--every", "7", "--start", "2025-01-05", "--weeks", "12",
            "--phase", "loading")
    assert r.returncode == 0, r.stderr
    return folder


@pytest.fixture
def data(tmp_path, store_engine):
    return one_course(tmp_path / "data")


def test_version():
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--version"], capture_output=True,
                       text=True)
    assert r.returncode == 0 and r.stdout.strip() == f"vdtracker {__version__}"


def test_a_loading_then_maintenance_story_from_the_terminal(data):
    r = vdt(data, "regimen", "add", "--supplement", "vitamin d3", "--dose", "2000", "--unit",
            "iu", "--every", "1", "--start", "2025-03-30", "--phase", "maintenance")
    assert r.returncode == 0 and "2,000 IU daily" in r.stdout
    for day in ("2025-01-05", "2025-01-12"):
        assert vdt(data, "dose", "--supplement", "Vitamin D3", "--date", day,
                   "--as-of", "2025-01-20").returncode == 0
    assert vdt(data, "lab", "add", "vitamin-d", "19", "nmol/L", "--date", "2025-01-02",
               "--low", "50", "--high", "125", "--as-of", "2025-01-20").returncode == 0
    assert vdt(data, "log", "pain", "6.5", "--date", "2025-01-20", "--time", "21:30",
               "--region", "neck", "--as-of", "2025-01-20").returncode == 0
    assert vdt(data, "log", "cramp", "--date", "2025-01-19", "--count", "3", "--severity", "7",
               "--duration", "4", "--sleep", "6", "--side", "left", "--region", "calf",
               "--as-of", "2025-01-20").returncode == 0
    assert vdt(data, "log", "spasm", "--date", "2025-01-20", "--region", "face", "--count", "5",
               "--severity", "4", "--as-of", "2025-01-20").returncode == 0
    assert vdt(data, "recheck", "2025-04-20", "--as-of", "2025-01-20").returncode == 0

    listed = json.loads(vdt(data, "regimen", "list", "--json", "--as-of", "2025-01-20").stdout)
    assert [(x["id"], x["phase"], x["status"]) for x in listed] == [
        (1, "loading", "active"), (2, "maintenance", "planned")]

    r = vdt(data, "alerts", "--json", "--as-of", "2025-01-22")
    alerts = json.loads(r.stdout)
    assert {"kind", "severity", "date", "message"} <= set(alerts[0])
    got = {(a["kind"], a["date"]) for a in alerts}
    assert ("missed-dose", "2025-01-19") in got
    assert ("level-low", "2025-01-02") in got
    assert all(a["severity"] in ("info", "warning", "urgent") for a in alerts)

    # Much later, maintenance never logged: the lapse is reported.
    later = json.loads(vdt(data, "alerts", "--json", "--as-of", "2025-05-01").stdout)
    assert any(a["kind"] == "lapsed-maintenance" for a in later)
    stop = vdt(data, "regimen", "stop", "2", "--date", "2025-05-01", "--as-of", "2025-05-01")
    assert stop.returncode == 0 and "stopped on 1 May 2025" in stop.stdout


# Refused before the store is touched; "changes nothing" is measured on the SQLite file.
@pytest.mark.sqlite_only
@pytest.mark.parametrize("args, words", [
    (["log", "pain", "11"], ["VAS 11", "0 to 10"]),
    (["log", "pain", "4.25"], ["VAS 4.25", "one decimal"]),
    (["log", "pain", "4", "--date", "2025-02-30"], ["--date", "'2025-02-30'", "YYYY-MM-DD"]),
    (["log", "pain", "4", "--date", "2099-01-01"], ["--date 2099-01-01", "on or before today"]),
    (["log", "cramp", "--side", "middle"], ["--side middle", "left, right, both"]),
    (["dose", "--supplement", "Vitamin D3", "--amount", "-5", "--unit", "IU"],
     ["--amount -5", "above 0"]),
    (["dose", "--supplement", "Zinc"], ["--supplement Zinc", "--amount"]),
    (["regimen", "add", "--supplement", "D3", "--dose", "2000", "--unit", "spoons",
      "--every", "1", "--start", "2025-01-01"], ["unit spoons", "IU, mcg or mg"]),
    (["regimen", "add", "--supplement", "D3", "--dose", "500000", "--unit", "IU",
      "--every", "7", "--start", "2025-01-01"], ["500,000 IU", "is that right", "--confirm"]),
    (["regimen", "add", "--supplement", "B12", "--dose", "1000", "--unit", "IU",
      "--every", "1", "--start", "2025-01-01"], ["--unit IU", "mcg or mg"]),
    (["regimen", "stop", "42"], ["ID 42", "regimen list"]),
    (["lab", "add", "vitamin-e", "19", "nmol/L"], ["analyte vitamin-e", "vitamin-d"]),
    (["lab", "add", "vitamin-d", "19", "mg/dL"], ["unit mg/dL", "ng/mL, nmol/L"]),
    (["lab", "add", "vitamin-d", "abc", "ng/mL"], ["VALUE abc", "a number"]),
    (["lab", "add", "b12", "212", "pmol/L", "--low", "500", "--high", "100"], ["--low 500"]),
    (["report", "--out", "/no/such/folder/x.pdf"], ["--out", "folder"]),
    (["export", "--format", "json", "--out", "/no/such/folder/x.json"], ["--out", "folder"]),
    (["export", "--format", "csv", "--out", "/no/such/folder/csv"], ["--out", "folder"]),
    (["import", "/no/such/file.json"], ["PATH /no/such/file.json", "exists"]),
    (["export", "--format", "ics", "--out", "/no/such/folder/x.ics"], ["--out", "folder"]),
    (["regimen", "add", "--supplement", "D3", "--dose", "2000", "--unit", "IU", "--every", "1",
      "--start", "2025-01-01", "--remind", "25:00"], ["--remind", "HH:MM"]),
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(data, args, words):
    before = digest(data)
    r = vdt(data, *args)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    for w in words:
        assert w in lines[0], lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert digest(data) == before


def test_a_damaged_database_exits_3_with_a_sentence(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "vdtracker.sqlite3").write_bytes(os.urandom(8192))
    r = vdt(folder, "log", "pain", "3")
    assert r.returncode == 3
    assert len(r.stderr.strip().splitlines()) == 1 and "copy you kept" in r.stderr
    assert "Traceback" not in r.stderr


def test_the_environment_variable_chooses_the_data_folder(tmp_path):
    folder = tmp_path / "via-env"
    r = vdt(folder, "log", "pain", "3", "--date", "2025-01-01", env_dir=True)
    assert r.returncode == 0, r.stderr
    assert (folder / "vdtracker.sqlite3").exists()


def test_settings_profile_changes_how_alerts_flag_a_result(data):
    assert vdt(data, "lab", "add", "vitamin-d", "23", "ng/mL", "--date", "2025-01-02",
               "--as-of", "2025-01-03").returncode == 0
    plain = json.loads(vdt(data, "alerts", "--json", "--as-of", "2025-01-03").stdout)
    assert not any(a["kind"] == "level-low" for a in plain)  # no range on the report
    assert vdt(data, "settings", "profile.vitamin-d", "es2011").returncode == 0
    es = json.loads(vdt(data, "alerts", "--json", "--as-of", "2025-01-03").stdout)
    low = next(a for a in es if a["kind"] == "level-low")
    assert "Endocrine Society 2011" in low["message"] and "insufficient" in low["message"]


def test_export_schedules_as_a_calendar(data, tmp_path):
    out = tmp_path / "schedules.ics"
    r = vdt(data, "export", "--format", "ics", "--out", str(out))
    assert r.returncode == 0 and "1 schedule" in r.stdout
    text = out.read_text()
    assert text.startswith("BEGIN:VCALENDAR") and "FREQ=DAILY" in text and "INTERVAL=7" in text


def test_settings_lists_options_and_takes_on_off_for_flags(tmp_path, store_engine):
    from vdtracker.app import compose
    from vdtracker.services import settings as opts
    from vdtracker.storage.database import Database

    data = tmp_path / "data"
    listed = vdt(data, "settings").stdout.splitlines()
    assert ("reminders.hide-names = off    (Hide supplement names and doses in notifications "
            "and calendar exports: off, on)") in listed
    assert any(line.startswith("profile.vitamin-d = lab    (") for line in listed)
    r = vdt(data, "settings", "reminders.hide-names", "on")
    assert r.returncode == 0 and r.stdout.strip() == "Saved: reminders.hide-names = on.", r.stderr
    assert vdt(data, "settings", "reminders.hide-names").stdout.strip() == "on"
    bad = vdt(data, "settings", "reminders.hide-names", "true")
    assert bad.returncode == 2 and "reminders.hide-names" in bad.stderr
    db = Database.open(data)
    try:
        assert compose(db).settings.get(opts.HIDE_NAMES) is True  # the window sees it too
    finally:
        db.close()


def test_no_maintenance_prescribed_after_a_course(data):
    before = vdt(data, "alerts", "--as-of", "2025-06-01", "--json")
    assert [a["kind"] for a in json.loads(before.stdout)] == ["lapsed-maintenance"]
    r = vdt(data, "regimen", "no-maintenance", "1", "--date", "2025-05-01", "--as-of",
            "2025-05-02", "--note", "follow-up")
    assert r.returncode == 0, r.stderr
    assert "prescribed no maintenance after Vitamin D3 50,000 IU weekly (from 5 Jan 2025)" \
        in r.stdout
    after = vdt(data, "alerts", "--as-of", "2025-06-01", "--json")
    assert json.loads(after.stdout) == []
    replay = vdt(data, "alerts", "--as-of", "2025-04-30", "--json")  # before it was said
    assert [a["kind"] for a in json.loads(replay.stdout)] == ["lapsed-maintenance"]
    kept = digest(data)
    again = vdt(data, "regimen", "no-maintenance", "1", "--as-of", "2025-05-02")
    assert again.returncode == 2 and "said on 1 May 2025" in again.stderr
    assert digest(data) == kept
