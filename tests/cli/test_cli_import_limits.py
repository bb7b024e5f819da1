"""`vdtracker import` of files made to harm the diary (issue 24): refused in one line, exit 2, the
store byte-identical; and csv cells a spreadsheet would run written harmless, read back lossless."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest
from test_cli import digest, one_course, vdt

from vdtracker.exchange import csv_folder
from vdtracker.services.export import json_bytes


@pytest.fixture
def data(tmp_path):
    folder = one_course(tmp_path / "data")
    assert vdt(folder, "log", "pain", "4", "--date", "2025-01-20").returncode == 0
    return folder


@pytest.fixture
def exported(data, tmp_path):
    out = tmp_path / "all.json"
    assert vdt(data, "export", "--format", "json", "--out", str(out)).returncode == 0
    return json.loads(out.read_text())


def refused(folder, path, *, timeout: float = 60) -> str:
    """Import `path` into `folder`: exit 2, one line on stderr, every file unchanged."""
    folder.mkdir(exist_ok=True)
    assert vdt(folder, "log", "pain", "2", "--date", "2025-01-01").returncode == 0
    before = digest(folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(folder), "import",
                        str(path)], capture_output=True, text=True, env=env, timeout=timeout)
    assert r.returncode == 2, (r.stdout, r.stderr)
    [line] = r.stderr.strip().splitlines()
    assert "Traceback" not in r.stderr
    assert digest(folder) == before
    return r.stdout + line


# ---- 2. csv injection ------------------------------------------------------------------------

def test_formula_cells_are_written_harmless_and_read_back_as_typed(data, tmp_path):
    notes = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "'=kept", "''-two",
             "'plain", "fine"]
    for i, note in enumerate(notes):
        r = vdt(data, "log", "pain", "3", "--date", f"2025-02-{i + 1:02d}", f"--note={note}",
                "--region=-calf")
        assert r.returncode == 0, r.stderr
    out = tmp_path / "csv"
    assert vdt(data, "export", "--format", "csv", "--out", str(out)).returncode == 0
    with (out / "pain.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    cells = [r["note"] for r in rows if r["note"]]
    assert cells == ["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "''=kept",
                     "'''-two", "'plain", "fine"]
    assert all(r["region"] == "'-calf" for r in rows if r["note"])
    other = tmp_path / "other"
    r = vdt(other, "import", str(out))
    assert r.returncode == 0, r.stderr
    again, first = tmp_path / "again.json", tmp_path / "first.json"
    assert vdt(other, "export", "--format", "json", "--out", str(again)).returncode == 0
    assert vdt(data, "export", "--format", "json", "--out", str(first)).returncode == 0
    a, b = json.loads(again.read_text()), json.loads(first.read_text())
    assert [p["note"] for p in a["pain"]] == [p["note"] for p in b["pain"]]
    assert sorted(p["note"] for p in a["pain"] if p["note"]) == sorted(notes)


def test_a_negative_number_stays_a_number(data, tmp_path, exported):
    exported["pain"][0]["score"] = -3
    out = tmp_path / "neg.json"
    out.write_bytes(json_bytes(exported))
    folder = tmp_path / "csvneg"
    folder.mkdir()
    for name, body in csv_folder.files(exported).items():
        (folder / name).write_bytes(body)
    assert ",-3," in (folder / "pain.csv").read_text(encoding="utf-8-sig")
    assert "score -3 — use 0 to 10" in refused(tmp_path / "o", folder)


# ---- 3. dates out of range, times with an offset -------------------------------------------

@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
def test_a_date_out_of_range_is_refused_naming_kind_row_and_field(exported, tmp_path, day):
    exported["schedules"][0]["start"] = day
    out = tmp_path / "far.json"
    out.write_bytes(json_bytes(exported))
    said = refused(tmp_path / "other", out)
    assert f"schedules, row 1: start {day} — use a date from 1900-01-01 to 2100-12-31" in said


def test_the_edges_of_the_range_import_and_report_works(exported, tmp_path):
    exported["pain"][0]["day"] = "1900-01-01"
    exported["pain"].append(dict(exported["pain"][0], day="2100-12-31"))
    out = tmp_path / "edge.json"
    out.write_bytes(json_bytes(exported))
    other = tmp_path / "other"
    assert vdt(other, "import", str(out)).returncode == 0
    r = vdt(other, "export", "--format", "ics", "--out", str(tmp_path / "c.ics"))
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize(("kind", "name", "value"), [
    ("pain", "time", "08:30:00+02:00"), ("schedules", "remind_at", "08:00:00Z"),
    ("pain", "created_at", "2025-01-20T08:30:00+01:00")])
def test_a_time_with_a_utc_offset_is_refused(exported, tmp_path, kind, name, value):
    exported[kind][0][name] = value
    out = tmp_path / "tz.json"
    out.write_bytes(json_bytes(exported))
    said = refused(tmp_path / "other", out)
    assert f"{kind}, row 1: {name} {value} — use a local time without a UTC offset" in said


# ---- 4. files that crash or hang -----------------------------------------------------------

def test_deep_nesting_is_refused(tmp_path):
    out = tmp_path / "deep.json"
    out.write_text('{"format": "vdtracker-export", "version": 3, "pain": '
                   + "[" * 100_000 + "]" * 100_000 + "}")
    assert "deeper than 16 levels" in refused(tmp_path / "other", out)


def test_a_lone_surrogate_is_refused(exported, tmp_path):
    exported["pain"][0]["note"] = "\ud800"
    out = tmp_path / "s.json"
    out.write_text(json.dumps(exported))  # ascii: the escape \ud800 itself
    assert "not valid Unicode" in refused(tmp_path / "other", out)


def test_dev_zero_is_refused_at_once(tmp_path):
    assert "is a device, a pipe or a socket" in refused(tmp_path / "other", "/dev/zero",
                                                        timeout=20)


def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    assert "is a device, a pipe or a socket" in refused(tmp_path / "other", fifo, timeout=20)


def test_a_file_above_the_cap_is_refused_unread(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: nothing is written
    assert "larger than 64 MB" in refused(tmp_path / "other", big)


# ---- 5. csv files read as something they are not --------------------------------------------

def csv_export(data, tmp_path):
    out = tmp_path / "csv"
    assert vdt(data, "export", "--format", "csv", "--out", str(out)).returncode == 0
    return out


def test_an_unterminated_quote_is_refused_naming_file_and_line(data, tmp_path):
    out = csv_export(data, tmp_path)
    head = (out / "pain.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    (out / "pain.csv").write_text(
        head + "\r\n2025-03-01,,1,vas-0-10,,\"oops,\r\n2025-03-02,,2,vas-0-10,,b,\r\n"
        "2025-03-03,,3,vas-0-10,,c,\r\n", encoding="utf-8")
    assert "pain.csv, line 2: a quoted cell is not closed" in refused(tmp_path / "o", out)


def test_a_column_named_twice_is_refused(data, tmp_path):
    out = csv_export(data, tmp_path)
    text = (out / "pain.csv").read_text(encoding="utf-8-sig").splitlines()
    text[0] = text[0].replace("region", "note")
    (out / "pain.csv").write_text("\r\n".join(text) + "\r\n", encoding="utf-8")
    assert "pain, row 1: note — name each column once" in refused(tmp_path / "o", out)


@pytest.mark.parametrize(("row", "said"), [
    ("no.such,1", "settings, row 2: no.such — use only the settings"),
    ("summary.paper,banana", "settings, row 2: summary.paper banana — use a value this "
                             "setting allows")])
def test_unknown_and_invalid_settings_are_refused(data, tmp_path, row, said):
    out = csv_export(data, tmp_path)
    (out / "settings.csv").write_text(f"key,value\r\n{row}\r\n", encoding="utf-8")
    assert said in refused(tmp_path / "o", out)


@pytest.mark.parametrize("version", [0, -1])
def test_format_versions_below_one_are_refused(exported, tmp_path, version):
    exported["version"] = version
    out = tmp_path / "v.json"
    out.write_bytes(json_bytes(exported))
    assert f"format version {version} is not one VD Tracker writes" in refused(
        tmp_path / "o", out)


def test_a_link_out_of_the_folder_is_not_read_nor_quoted(data, tmp_path):
    out = csv_export(data, tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET:x:0:0\nmore\n")
    (out / "pain.csv").unlink()
    (out / "pain.csv").symlink_to(secret)
    said = refused(tmp_path / "o", out)
    assert "TOPSECRET" not in said and "pain.csv is a link to a file outside" in said


def test_a_refused_value_is_quoted_on_one_line_and_cut(data, tmp_path):
    """A value holding line breaks (or a whole note's length) in a refused field: the refusal
    stays one line, the breaks shown as \\n, the value cut."""
    out = csv_export(data, tmp_path)
    with (out / "pain.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    rows[1][rows[0].index("score")] = "4\n\nrm -rf ~" + "x" * 200
    with (out / "pain.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    said = refused(tmp_path / "o", out)
    assert "score 4\\n\\nrm -rf ~xxx" in said and "x" * 100 not in said


def test_a_folder_where_a_csv_file_should_be_is_named_as_a_folder(data, tmp_path):
    out = csv_export(data, tmp_path)
    (out / "pain.csv").unlink()
    (out / "pain.csv").mkdir()
    said = refused(tmp_path / "o", out)
    assert "pain.csv in the export folder is a folder, not a csv file" in said
