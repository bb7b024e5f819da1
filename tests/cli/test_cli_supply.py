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
               "1000", "IU", "--as-of", COUNTED.isoformat()).returncode == 0
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


def test_what_one_unit_holds_that_a_saved_schedule_does_not_fit_is_refused(tmp_path):
    """The course is 50,000 IU weekly, then 2,000 IU a day: 2,000 IU is 0.04 of one 50,000 IU
    capsule, so a count of 50,000 IU capsules under the same name is refused, nothing saved."""
    data = tmp_path / "d"
    course(data)
    r = vdt(data, "supply", "set", "Vitamin D3", "12", "--form", "capsule", "--holds", "50000",
            "IU", "--as-of", COUNTED.isoformat())
    assert r.returncode == 2 and r.stdout == ""
    share = f"{2000 / 50000:g}"  # of one capsule a dose
    assert share == "0.04"
    assert r.stderr.strip() == (
        f'vdtracker: --holds 50000 is not accepted: a dose of 2,000 IU (your saved schedule) is '
        f'{share} of one 50,000 IU capsule: count each product under its own supplement name '
        f'(for example "Vitamin D3 2,000 IU"). Nothing was saved.'), r.stderr
    assert listed(data, COUNTED) == []
    # tablets of 1,000 IU: 50 a week, then 2 a day; half tablets too (500 IU tablets: 4 a day)
    r = vdt(data, "supply", "set", "Vitamin D3", "12", "--form", "tablet", "--holds", "1000",
            "IU", "--as-of", COUNTED.isoformat())
    assert r.returncode == 0, r.stderr


def test_a_logged_dose_and_a_schedule_that_are_not_whole_units_are_said_not_counted(tmp_path):
    """50,000 IU capsules counted for a weekly schedule; then a 2,000 IU daily schedule is
    saved under the same name and one 2,000 IU dose logged: that dose is not taken off, and
    how far it goes is not said past the daily schedule's first day."""
    data = tmp_path / "d"
    weekly_start = date(2026, 12, 6)  # a Sunday
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000", "--unit",
            "IU", "--every", "7", "--start", weekly_start.isoformat())
    assert r.returncode == 0, r.stderr
    assert vdt(data, "supply", "set", "Vitamin D3", "12", "--form", "capsule", "--holds",
               "50000", "IU", "--as-of", COUNTED.isoformat()).returncode == 0
    daily_start = COUNTED + timedelta(days=14)  # Mon 21 Dec 2026
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "2000", "--unit",
            "IU", "--every", "1", "--start", daily_start.isoformat())
    assert r.returncode == 0, r.stderr
    day = COUNTED + timedelta(days=1)
    r = vdt(data, "dose", "--supplement", "Vitamin D3", "--date", day.isoformat(), "--amount",
            "2000", "--unit", "IU", "--as-of", day.isoformat())
    assert r.returncode == 0, r.stderr
    [seen] = listed(data, day)
    sundays = [weekly_start + timedelta(weeks=k) for k in (1, 2)]  # 13 and 20 Dec
    assert (seen["left"], seen["doses_not_taken_off"]) == (12, 1)
    assert (seen["runs_out"], seen["enough_until"], seen["low"]) == (
        None, sundays[-1].isoformat(), False)
    assert seen["schedule_not_whole_units"] == {
        "amount": 2000, "unit": "IU", "units_per_dose": 2000 / 50000,
        "from": daily_start.isoformat()}
    r = vdt(data, "supply", "list", "--as-of", day.isoformat())
    written = [f"{d:%a} {d.day} {d:%b %Y}" for d in (sundays[-1], daily_start)]
    assert written == ["Sun 20 Dec 2026", "Mon 21 Dec 2026"]
    assert r.stdout.strip() == (
        f"Vitamin D3: 12 capsules of 50,000 IU each left — enough for the doses due until "
        f"{written[0]}; from {written[1]} not known: a dose of 2,000 IU (your saved "
        f"schedule) is {2000 / 50000:g} of one 50,000 IU capsule; count each product under its "
        f"own supplement name; 1 logged dose not taken off (not whole capsules)"), r.stdout
    low = [a for a in alerts(data, day) if a["kind"] == "supply-low"]
    assert low == []


def test_a_recount_is_taken_when_a_schedule_saved_later_does_not_fit(tmp_path):
    """Loading 50,000 IU weekly counted in 50,000 IU capsules; the 2,000 IU daily maintenance
    saved later does not fit those capsules. Counting again what is left (only the number) is
    still taken: a stale count would make the running-low warning late."""
    data = tmp_path / "d"
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000", "--unit",
            "IU", "--every", "7", "--start", START.isoformat(), "--weeks", "8",
            "--phase", "loading")
    assert r.returncode == 0, r.stderr
    assert vdt(data, "supply", "set", "Vitamin D3", "4", "--form", "capsule", "--holds",
               "50000", "IU", "--as-of", START.isoformat()).returncode == 0
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "2000", "--unit",
            "IU", "--every", "1", "--start", (START + timedelta(weeks=8)).isoformat(),
            "--phase", "maintenance")
    assert r.returncode == 0, r.stderr
    recount = START + timedelta(days=19)
    r = vdt(data, "supply", "set", "Vitamin D3", "2", "--as-of", recount.isoformat())
    assert r.returncode == 0, r.stderr
    [seen] = listed(data, recount)
    assert seen["left"] == 2
    # two capsules for the Sundays after the recount: 22 and 29 Nov (none logged since)
    sundays = [START + timedelta(weeks=k) for k in (3, 4)]
    assert seen["enough_until"] == sundays[-1].isoformat()
    # a new holding is still checked against the saved schedules
    r = vdt(data, "supply", "set", "Vitamin D3", "2", "--holds", "25000", "IU",
            "--as-of", recount.isoformat())
    assert r.returncode == 2
