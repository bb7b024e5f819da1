"""Numbers on the command line are read as the user's language writes them (CLI.md): 50.000 is
fifty thousand in German and reads two ways in English (refused with both readings, nothing
saved); 3,5 is three and a half in German; a lab value as printed on a German report too."""

import json
import os
import subprocess
import sys

import pytest

DAY = "2026-11-20"


def run(data, lang, *args):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VDTRACKER_", "LC_", "LANG"))} | {"LANG": lang}
    return subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def held(data, kind):
    out = data.parent / f"{data.name}-{kind}.json"
    r = run(data, "C.UTF-8", "export", "--format", "json", "--out", str(out))
    assert r.returncode == 0, r.stderr
    return json.loads(out.read_text())[kind]


def dose(data, lang, typed):
    return run(data, lang, "regimen", "add", "--supplement", "Vitamin D3", "--dose", typed,
               "--unit", "IU", "--every", "7", "--start", "2026-10-01", "--weeks", "12")


@pytest.mark.parametrize(("lang", "typed", "stored"), [
    ("de_DE.UTF-8", "50.000", 50000.0), ("de_DE.UTF-8", "50000", 50000.0),
    ("en_GB.UTF-8", "50,000", 50000.0), ("en_GB.UTF-8", "50000", 50000.0)])
def test_fifty_thousand_is_fifty_thousand_as_each_language_writes_it(tmp_path, lang, typed,
                                                                     stored):
    r = dose(tmp_path / "d", lang, typed)
    assert r.returncode == 0, r.stderr
    assert [s["dose_amount"] for s in held(tmp_path / "d", "schedules")] == [stored]
    shown = "50.000 I.E." if lang.startswith("de") else "50,000 IU"
    assert shown in r.stdout  # said back as that language writes it, in its unit


@pytest.mark.parametrize(("lang", "typed", "first", "second"), [
    ("en_US.UTF-8", "50.000", "50", "50000"), ("C.UTF-8", "50.000", "50", "50000"),
    ("de_DE.UTF-8", "1,500", "1,5", "1500")])
def test_a_dose_that_reads_two_ways_is_refused_with_both_and_nothing_saved(tmp_path, lang, typed,
                                                                           first, second):
    data = tmp_path / "d"
    assert run(data, lang, "log", "pain", "2", "--date", DAY).returncode == 0
    r = dose(data, lang, typed)
    assert r.returncode == 2 and r.stdout == ""
    [line] = r.stderr.splitlines()
    assert f"as {first} or as {second}" in line
    assert held(data, "schedules") == []


@pytest.mark.parametrize(("lang", "typed", "score"), [("de_DE.UTF-8", "3,5", 3.5),
                                                      ("en_US.UTF-8", "3.5", 3.5)])
def test_a_decimal_pain_score_in_the_users_language(tmp_path, lang, typed, score):
    r = run(tmp_path / "d", lang, "log", "pain", typed, "--date", DAY)
    assert r.returncode == 0, r.stderr
    assert [p["score"] for p in held(tmp_path / "d", "pain")] == [score]


@pytest.mark.parametrize(("lang", "typed", "hint"), [
    ("en_US.UTF-8", "3,5", "use a point for decimals, e.g. 1.5"),
    ("de_DE.UTF-8", "3.5", "use a comma for decimals, e.g. 1,5")])
def test_the_other_languages_decimal_is_refused_with_how_to_write_it(tmp_path, lang, typed,
                                                                     hint):
    r = run(tmp_path / "d", lang, "log", "pain", typed, "--date", DAY)
    assert r.returncode == 2 and hint in r.stderr, r.stderr


def test_a_german_report_value_is_read_as_german_and_kept_as_printed(tmp_path):
    data = tmp_path / "d"
    for typed in ("1.250", "<10,5"):
        r = run(data, "de_DE.UTF-8", "lab", "add", "b12", typed, "pg/mL", "--date", DAY)
        assert r.returncode == 0, r.stderr
    labs = held(data, "labs")
    assert [(x["value"], x["value_text"]) for x in labs] == [(1250.0, "1.250"), (10.5, "<10,5")]
    r = run(data, "en_US.UTF-8", "lab", "add", "b12", "1.250", "pg/mL", "--date", DAY)
    assert r.returncode == 2 and "as 1.25 or as 1250" in r.stderr
    assert len(held(data, "labs")) == 2


def test_swiss_german_writes_a_point_before_decimals_and_1_250_reads_two_ways(tmp_path):
    data = tmp_path / "d"
    r = run(data, "de_CH.UTF-8", "lab", "add", "b12", "1.250", "pg/mL", "--date", DAY)
    assert r.returncode == 2 and "1.25" in r.stderr and "1250" in r.stderr
    assert run(data, "de_CH.UTF-8", "log", "pain", "3.5", "--date", DAY).returncode == 0
    assert run(data, "de_CH.UTF-8", "lab", "add", "b12", "1'250", "pg/mL",
               "--date", DAY).returncode == 0
    assert [x["value"] for x in held(data, "labs")] == [1250.0]
    assert [p["score"] for p in held(data, "pain")] == [3.5]


def test_swiss_german_is_written_as_it_is_read(tmp_path):
    """A number the command line writes can be typed back as it is written: de_CH groups with
    an apostrophe and writes decimals with a point (German's 7.143 would be seven there)."""
    data = tmp_path / "d"
    r = dose(data, "de_CH.UTF-8", "50'000")
    assert r.returncode == 0, r.stderr
    per_day = round(50000 / 7)  # 7143 I.E. a day on average
    grouped = f"{per_day // 1000}'{per_day % 1000:03d}"
    assert "50'000 I.E." in r.stdout and f"{grouped} I.E." in r.stdout
    assert "50.000" not in r.stdout and "7.143" not in r.stdout
    listed = run(data, "de_CH.UTF-8", "regimen", "list")
    assert "50'000 I.E." in listed.stdout
    # what the refusal suggests is what de_CH reads: 7.6, not German's 7,6
    refused = run(data, "de_CH.UTF-8", "lab", "add", "vitamin-d", "7,6", "ng/mL", "--date", DAY)
    assert refused.returncode == 2 and "z. B. 19, 7.6 oder <10" in refused.stderr
    assert run(data, "de_CH.UTF-8", "lab", "add", "vitamin-d", "7.6", "ng/mL",
               "--date", DAY).returncode == 0
    assert [x["value"] for x in held(data, "labs")] == [7.6]
    german = dose(tmp_path / "g", "de_DE.UTF-8", "50.000")  # Germany as before
    assert "50.000 I.E." in german.stdout
