"""A damaged, foreign or too-new store on the command line: exit 3, one line saying so, and
the files exactly as they were (no backup of it made, nothing repaired)."""

import pytest
from test_cli import vdt

from damage import KINDS, damaged_store, fingerprint

SAID = {"unreadable": ("could not be read", "damaged"), "foreign": ("not VD Tracker's",),
        "too-new": ("newer version of VD Tracker", "0099")}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_damage_exits_3_with_one_line_and_changes_nothing(tmp_path, kind):
    data = tmp_path / "data"
    before = damaged_store(data, kind, days=8)
    r = vdt(data, "log", "pain", "4", "--date", "2026-11-21", "--as-of", "2026-11-21")
    assert r.returncode == 3, r.stderr
    assert r.stdout == "" and r.stderr.count("\n") == 1 and r.stderr.startswith("vdtracker: ")
    assert "Traceback" not in r.stderr and "nothing was changed" in r.stderr
    assert all(words in r.stderr for words in SAID[KINDS[kind]])
    assert fingerprint(data) == before
    assert not (data / "backups").exists()


@pytest.mark.parametrize("command", [("backup",), ("export", "--format", "ics", "--out", "x.ics")])
def test_a_damaged_store_is_neither_backed_up_nor_exported(tmp_path, command):
    data = tmp_path / "data"
    before = damaged_store(data, "truncated", days=8)
    r = vdt(data, *(str(tmp_path / c) if c == "x.ics" else c for c in command))
    assert r.returncode == 3 and r.stderr.count("\n") == 1
    assert fingerprint(data) == before
    assert not (data / "backups").exists() and not (tmp_path / "x.ics").exists()
