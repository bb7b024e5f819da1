"""`vdtracker supply set|add|list` (CLI.md): a count, packs bought, doses taken off as they are
logged (a skipped one takes nothing, an undone one is back), and the day it runs out at the
saved schedules, recomputed here by plain date arithmetic; exported and imported losslessly."""

import json
from datetime import date, timedelta

from test_cli import vdt

START = date(2026, 11, 1)  # a Sunday: a weekly loading course of 12 weeks
COUNTED = date(2026, 12, 7)  # a Monday


def listed(data, as_of):
    r = vdt(data, "supply", "list", "--json", "--as-of", as_of.isoformat())
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def course(data):
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000", "--unit",
            "IU", "--every", "7", "--start", START.isoformat(), "--weeks", "12",
            "--phase", "loading")
    assert r.returncode == 0, r.stderr
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "2000", "--unit",
            "IU", "--every", "1", "--start", (START + timedelta(weeks=12)).isoformat(),
            "--phase", "maintenance")
    assert r.returncode == 0, r.stderr


def test_a_count_packs_and_doses_give_what_is_left_and_the_day_it_runs_out(tmp_path):
    data = tmp_path / "d"
    course(data)
    r = vdt(data, "supply", "set", "Vitamin D3", "4", "--form", "tablet", "--holds", "1000",
            "IU", "--as-of", COUNTED.isoformat())
    assert r.returncode == 0 and "4 tablets of 1,000 IU each" in r.stdout, r.stderr
    r = vdt(data, "supply", "add", "vitamin d3", "600", "--as-of", COUNTED.isoformat())
    assert r.returncode == 0 and "600 tablets" in r.stdout
    sundays = [START + timedelta(weeks=k) for k in range(12)]
    due = [d for d in sundays if d >= COUNTED]  # then maintenance from START + 12 weeks
    have = 604
    taken = due[0]
    assert vdt(data, "dose", "--supplement", "Vitamin D3", "--date", taken.isoformat(),
               "--as-of", taken.isoformat()).returncode == 0
    have -= 50  # 50,000 IU from tablets of 1,000 IU
    skipped = due[1]
    assert vdt(data, "dose", "--supplement", "Vitamin D3", "--date", skipped.isoformat(),
               "--skipped", "--as-of", skipped.isoformat()).returncode == 0
    [seen] = listed(data, skipped)
    assert seen["left"] == have  # a skipped dose takes nothing
    rest = have - 50 * len(due[2:])  # the course's last Sundays, then 2 tablets a day
    maintenance = START + timedelta(weeks=12)
    days = rest // 2
    assert seen["enough_until"] == (maintenance + timedelta(days=days - 1)).isoformat()
    assert seen["runs_out"] == (maintenance + timedelta(days=days)).isoformat()
    assert (seen["form"], seen["supplement"], seen["low"]) == ("tablet", "Vitamin D3", False)


def test_running_low_is_said_a_week_ahead(tmp_path):
    data = tmp_path / "d"
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin B12", "--dose", "1000", "--unit",
            "mcg", "--every", "1", "--start", "2026-11-01")
    assert r.returncode == 0, r.stderr
    assert vdt(data, "supply", "set", "Vitamin B12", "9", "--as-of", "2026-12-07").returncode == 0
    [seen] = listed(data, date(2026, 12, 7))
    assert (seen["enough_until"], seen["low"]) == ("2026-12-15", False)
    [seen] = listed(data, date(2026, 12, 9))  # two days on, nothing logged: still 9 tablets
    assert (seen["left"], seen["enough_until"], seen["low"]) == (9, "2026-12-17", False)
    for day in (date(2026, 12, 9), date(2026, 12, 10), date(2026, 12, 11)):
        assert vdt(data, "dose", "--supplement", "Vitamin B12", "--date", day.isoformat(),
                   "--as-of", day.isoformat()).returncode == 0
    [seen] = listed(data, date(2026, 12, 11))  # 6 left after today's: the 12th to the 17th
    assert (seen["left"], seen["enough_until"], seen["low"]) == (6, "2026-12-17", True)
    r = vdt(data, "supply", "list", "--as-of", "2026-12-11")
    assert "6 tablets left" in r.stdout and "running low" in r.stdout


def test_a_typo_in_the_name_or_a_pack_before_a_count_is_refused_and_saves_nothing(tmp_path):
    data = tmp_path / "d"
    course(data)
    r = vdt(data, "supply", "set", "Vitamn D3", "3")
    assert r.returncode == 2 and "known: Vitamin D3" in r.stderr
    r = vdt(data, "supply", "add", "Vitamin D3", "12")
    assert r.returncode == 2 and "vdtracker supply set" in r.stderr
    r = vdt(data, "supply", "set", "Vitamin D3", "3", "--holds", "50000", "drops")
    assert r.returncode == 2 and "--unit" not in r.stderr
    assert listed(data, COUNTED) == []


def test_supplies_go_out_and_come_back_in_an_export(tmp_path):
    data = tmp_path / "d"
    course(data)
    assert vdt(data, "supply", "set", "Vitamin D3", "3", "--form", "capsule", "--holds",
               "50000", "IU", "--as-of", COUNTED.isoformat()).returncode == 0
    assert vdt(data, "supply", "add", "Vitamin D3", "12",
               "--as-of", COUNTED.isoformat()).returncode == 0
    for fmt, out in (("json", tmp_path / "all.json"), ("csv", tmp_path / "csv")):
        assert vdt(data, "export", "--format", fmt, "--out", str(out)).returncode == 0
        other = tmp_path / f"other-{fmt}"
        r = vdt(other, "import", str(out))
        assert r.returncode == 0, r.stderr
        assert listed(other, COUNTED) == listed(data, COUNTED)


def alerts(data, as_of):
    r = vdt(data, "alerts", "--json", "--as-of", as_of.isoformat())
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_the_warning_comes_before_it_runs_out_and_a_lapse_says_none_was_left(tmp_path):
    data = tmp_path / "d"
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin B12", "--dose", "1000", "--unit",
            "mcg", "--every", "1", "--start", "2026-12-01", "--phase", "maintenance")
    assert r.returncode == 0, r.stderr
    counted = date(2026, 12, 1)
    assert vdt(data, "supply", "set", "Vitamin B12", "10",
               "--as-of", counted.isoformat()).returncode == 0
    for k in range(3):  # 1, 2 and 3 Dec taken: 7 left, enough until the 10th
        day = counted + timedelta(days=k)
        assert vdt(data, "dose", "--supplement", "Vitamin B12", "--date", day.isoformat(),
                   "--as-of", day.isoformat()).returncode == 0
    assert [a for a in alerts(data, date(2026, 12, 3)) if a["kind"] == "supply-low"] == []
    [low] = [a for a in alerts(data, date(2026, 12, 4)) if a["kind"] == "supply-low"]
    enough_until = date(2026, 12, 4) + timedelta(days=7 - 1)  # 7 tablets from the 4th on
    assert low["severity"] == "warning" and low["left"] == 7
    assert low["last_covered"] == enough_until.isoformat() == "2026-12-10"
    assert "7 tablets left" in low["message"] and "10 Dec 2026" in low["message"]
    assert "take" not in low["message"].lower()
    assert vdt(data, "supply", "set", "Vitamin B12", "0", "--as-of", "2026-12-05").returncode == 0
    [lapse] = [a for a in alerts(data, date(2026, 12, 30)) if a["kind"] == "lapsed-maintenance"]
    assert lapse["counted_none_on"] == "2026-12-05"
    assert "You counted none left on 5 Dec 2026." in lapse["message"]


def test_counts_read_as_counts_and_b12_is_never_counted_in_iu(tmp_path):
    data = tmp_path / "d"
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin B12", "--dose", "1000", "--unit",
            "mcg", "--every", "1", "--start", "2026-11-01")
    assert r.returncode == 0, r.stderr
    r = vdt(data, "supply", "set", "Vitamin B12", "-1")
    assert r.returncode == 2 and "use a count from 0 to 100,000" in r.stderr
    r = vdt(data, "supply", "set", "Vitamin B12", "12.5", "--form", "ml")
    assert r.returncode == 0 and "12.5 ml" in r.stdout, r.stderr
    r = vdt(data, "supply", "add", "Vitamin B12", "0")
    assert r.returncode == 2 and "use a count above 0, up to 100,000" in r.stderr
    r = vdt(data, "supply", "set", "Vitamin B12", "30", "--holds", "1000", "IU")
    assert r.returncode == 2 and "not IU" in r.stderr


def test_the_alert_counts_the_maintenance_that_follows_and_agrees_with_the_list(tmp_path):
    """A loading course, then daily maintenance saved to start after it: three capsules-worth
    of tablets run out in the first days of maintenance. The alert warns before that, on the
    same days `supply list` says it runs low (it once waited for the maintenance to begin)."""
    data = tmp_path / "d"
    start = date(2025, 1, 5)  # a Sunday: 8 weekly doses of 50,000 IU, then 2,000 IU a day
    maintenance = start + timedelta(weeks=8)
    for args in (("--dose", "50000", "--every", "7", "--start", start.isoformat(), "--weeks",
                  "8", "--phase", "loading"),
                 ("--dose", "2000", "--every", "1", "--start", maintenance.isoformat(),
                  "--phase", "maintenance")):
        r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--unit", "IU", *args)
        assert r.returncode == 0, r.stderr
    counted = maintenance - timedelta(days=10)  # a Thursday: the course's last Sunday is due
    last_sunday = start + timedelta(weeks=7)
    assert counted < last_sunday < maintenance
    assert vdt(data, "supply", "set", "Vitamin D3", "56", "--holds", "1000", "IU",
               "--as-of", counted.isoformat()).returncode == 0
    # 50 tablets for that Sunday, then 2 a day: 3 days of maintenance
    last = maintenance + timedelta(days=(56 - 50) // 2 - 1)
    runs_out = last + timedelta(days=1)
    for day in (counted, runs_out - timedelta(days=7), runs_out - timedelta(days=5)):
        if day == runs_out - timedelta(days=7):  # that Sunday's dose logged: 50 tablets off
            assert vdt(data, "dose", "--supplement", "Vitamin D3", "--date",
                       last_sunday.isoformat(), "--as-of", last_sunday.isoformat()
                       ).returncode == 0
        [seen] = listed(data, day)
        low = [a for a in json.loads(vdt(data, "alerts", "--json", "--as-of",
                                         day.isoformat()).stdout) if a["kind"] == "supply-low"]
        assert seen["enough_until"] == last.isoformat()
        warned = (runs_out - day).days <= 7  # a week ahead
        assert seen["low"] == warned
        assert [a["last_covered"] for a in low] == ([last.isoformat()] if warned else [])


def test_a_pack_added_later_is_not_counted_on_an_earlier_day(tmp_path):
    data = tmp_path / "d"
    course(data)
    assert vdt(data, "supply", "set", "Vitamin D3", "3", "--as-of", "2026-12-07").returncode == 0
    assert vdt(data, "supply", "add", "Vitamin D3", "12", "--as-of", "2026-12-20").returncode == 0
    assert listed(data, date(2026, 12, 10))[0]["left"] == 3
    assert listed(data, date(2026, 12, 20))[0]["left"] == 15


def test_what_one_unit_holds_that_reads_two_ways_is_refused_with_both(tmp_path):
    data = tmp_path / "d"
    course(data)
    r = vdt(data, "supply", "set", "Vitamin D3", "10", "--holds", "20.000", "IU")
    assert r.returncode == 2 and "as 20 or as 20000" in r.stderr, r.stderr
