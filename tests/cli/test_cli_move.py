"""`vdtracker regimen move ID --from D` (CLI.md): after a late weekly dose, the rest of the course
moves to the day it was taken: the late dose counts for the due date it was late for, nothing is
due again until a week after it, the course stays one course, and an export carries the move."""

import json
from datetime import date, timedelta

from test_cli import vdt

START = date(2026, 11, 1)  # a Sunday: 50,000 IU weekly for 12 weeks
LATE = date(2026, 11, 18)  # Wednesday: the dose due Sunday 15 Nov, taken late


def alerts(data, as_of):
    r = vdt(data, "alerts", "--json", "--as-of", as_of.isoformat())
    assert r.returncode == 0, r.stderr
    return [(a["kind"], a["date"]) for a in json.loads(r.stdout)]


def weekly(data):
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000", "--unit",
            "IU", "--every", "7", "--start", START.isoformat(), "--weeks", "12",
            "--phase", "loading")
    assert r.returncode == 0, r.stderr
    for day in (START, START + timedelta(days=7), LATE):
        assert vdt(data, "dose", "--supplement", "Vitamin D3", "--date", day.isoformat(),
                   "--as-of", day.isoformat()).returncode == 0


def test_the_rest_of_the_course_moves_to_the_day_of_the_late_dose(tmp_path):
    data = tmp_path / "d"
    weekly(data)
    missed_sunday = START + timedelta(days=14)
    assert ("missed-dose", missed_sunday.isoformat()) in alerts(data, LATE)
    r = vdt(data, "regimen", "move", "1", "--from", LATE.isoformat(), "--as-of", LATE.isoformat())
    assert r.returncode == 0, r.stderr
    next_due = LATE + timedelta(days=7)
    assert next_due.weekday() == LATE.weekday() == 2
    assert "Wed 25 Nov 2026" in r.stdout and next_due == date(2026, 11, 25)
    assert alerts(data, LATE) == [] and alerts(data, LATE + timedelta(days=2)) == []
    assert alerts(data, next_due) == [("dose-due", next_due.isoformat())]
    listed = json.loads(vdt(data, "regimen", "list", "--json").stdout)
    # the end moves with the dates (3 days): the course keeps its twelve doses
    end = START + timedelta(weeks=12) - timedelta(days=1) + (LATE - missed_sunday)
    assert [(s["start"], s["end"], s["moved_on"]) for s in listed] == [
        (START.isoformat(), LATE.isoformat(), LATE.isoformat()),
        (next_due.isoformat(), end.isoformat(), None)]
    # the move is kept in an export and read back the same
    out = tmp_path / "all.json"
    assert vdt(data, "export", "--format", "json", "--out", str(out)).returncode == 0
    schedules = json.loads(out.read_text())["schedules"]
    assert [(s["ref"], s["moved_on"], s["moved_from"]) for s in schedules] == [
        (1, LATE.isoformat(), None), (2, None, 1)]
    other = tmp_path / "other"
    assert vdt(other, "import", str(out)).returncode == 0
    assert alerts(other, LATE + timedelta(days=2)) == []
    again = json.loads(vdt(other, "regimen", "list", "--json").stdout)
    assert [(s["start"], s["moved_on"]) for s in again] == [(s["start"], s["moved_on"])
                                                            for s in listed]


def test_a_weekdays_schedule_takes_the_new_weekdays(tmp_path):
    data = tmp_path / "d"
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "20000", "--unit",
            "IU", "--weekdays", "mon,thu", "--start", "2026-11-02", "--phase", "ongoing")
    assert r.returncode == 0, r.stderr
    wed = date(2026, 11, 4)
    r = vdt(data, "regimen", "move", "1", "--from", wed.isoformat(), "--weekdays", "wed,sat",
            "--as-of", wed.isoformat())
    assert r.returncode == 0, r.stderr
    listed = json.loads(vdt(data, "regimen", "list", "--json").stdout)
    assert [(s["start"], s["weekdays"]) for s in listed] == [
        ("2026-11-02", "mon,thu"), ((wed + timedelta(days=3)).isoformat(), "wed,sat")]


def test_what_cannot_be_moved_is_refused_in_one_line_and_nothing_changes(tmp_path):
    data = tmp_path / "d"
    weekly(data)
    before = vdt(data, "regimen", "list", "--json").stdout
    for args, said in ((("--weekdays", "wed"), "no weekdays needed"),
                       (("--as-of", "2026-11-10", "--from", "2026-11-18"), "--from"),
                       (("--from", "2026-10-01"), "from its start"),
                       (("--from", "2027-01-23", "--as-of", "2027-01-30"), "before its end")):
        extra = [] if "--from" in args else ["--from", LATE.isoformat()]
        r = vdt(data, "regimen", "move", "1", *extra, *args)
        assert r.returncode == 2 and r.stderr.count("\n") == 1, (args, r.stderr)
        assert said in r.stderr, (args, r.stderr)
    assert vdt(data, "regimen", "list", "--json").stdout == before
    assert vdt(data, "regimen", "move", "1", "--from", LATE.isoformat()).returncode == 0
    r = vdt(data, "regimen", "move", "1", "--from", LATE.isoformat())
    assert r.returncode == 2 and "moved on 18 Nov 2026" in r.stderr


def test_the_summary_shows_the_move_and_counts_the_late_dose_as_taken(tmp_path):
    from test_cli_report import text_of

    data = tmp_path / "d"
    weekly(data)
    assert vdt(data, "regimen", "move", "1", "--from", LATE.isoformat(),
               "--as-of", LATE.isoformat()).returncode == 0
    out = tmp_path / "summary.pdf"
    as_of = LATE + timedelta(days=10)
    r = vdt(data, "report", "--as-of", as_of.isoformat(), "--out", str(out))
    assert r.returncode == 0, r.stderr
    _, text = text_of(out)
    flat = " ".join(text.split())
    assert "moved after the dose taken on 18 Nov 2026; the next row carries it on" in flat
    first_row = flat.split("moved after")[0].rsplit("Vitamin D3", 1)[-1]
    assert "missed" not in first_row
    # Sundays 1, 8 and 15 Nov: the third taken on Wednesday, three days late — said so
    assert "2 of 3 logged within 2 days of the due date; 1 late" in first_row
    # a summary ending before the moved half begins does not point at a row it lacks
    r = vdt(data, "report", "--as-of", LATE.isoformat(), "--out", str(out))
    assert r.returncode == 0, r.stderr
    flat = " ".join(text_of(out)[1].split())
    assert "moved after the dose taken on 18 Nov 2026; it carries on after the end of this " \
           "summary" in flat


def test_a_late_dose_says_the_day_is_kept_and_how_to_move_it(tmp_path):
    data = tmp_path / "d"
    weekly(data)  # the third dose was logged on Wednesday LATE, for Sunday 15 Nov
    r = vdt(data, "dose", "--supplement", "Vitamin D3", "--date", "2026-11-25",
            "--as-of", "2026-11-25")  # Wednesday again: late for Sunday 22 Nov
    assert r.returncode == 0, r.stderr
    saved, hint = r.stdout.splitlines()
    assert saved == "Saved: Vitamin D3 50,000 IU taken on 25 Nov 2026."  # one colon, one verb
    assert hint == ("You took Sunday's dose on Wed 25 Nov 2026: Sundays are kept (next due "
                    "on Sun 29 Nov 2026). To move the rest of this schedule to Wednesdays "
                    "instead: vdtracker regimen move 1 --from 2026-11-25")
    moved = vdt(data, "regimen", "move", "1", "--from", "2026-11-25", "--as-of", "2026-11-25")
    assert moved.returncode == 0, moved.stderr
    on_time = vdt(data, "dose", "--supplement", "Vitamin D3", "--date", "2026-12-02",
                  "--as-of", "2026-12-02")  # the moved day: on time, nothing to ask
    assert on_time.returncode == 0 and len(on_time.stdout.splitlines()) == 1


def test_a_move_keeps_the_number_of_doses_and_deleting_it_gives_the_end_back(tmp_path):
    """An end typed on the last Sunday (12 doses): moved to Wednesday after the third, the
    course still has 12 due dates; deleting the moved half gives the old end back."""
    data = tmp_path / "d"
    end = START + timedelta(weeks=11)  # Sun 17 Jan 2027: the twelfth Sunday
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000", "--unit",
            "IU", "--every", "7", "--start", START.isoformat(), "--end", end.isoformat(),
            "--phase", "loading")
    assert r.returncode == 0, r.stderr
    for day in (START, START + timedelta(days=7), LATE):
        assert vdt(data, "dose", "--supplement", "Vitamin D3", "--date", day.isoformat(),
                   "--as-of", day.isoformat()).returncode == 0
    r = vdt(data, "regimen", "move", "1", "--from", LATE.isoformat(), "--as-of", LATE.isoformat())
    assert r.returncode == 0, r.stderr
    listed = json.loads(vdt(data, "regimen", "list", "--json").stdout)
    first, carried = sorted(listed, key=lambda x: x["id"])
    before = [START + timedelta(weeks=k) for k in range(3)]  # three Sundays up to the move
    after = []
    day = date.fromisoformat(carried["start"])
    while day <= date.fromisoformat(carried["end"]):
        after.append(day)
        day += timedelta(days=7)
    assert len(before) + len(after) == 12  # as many doses as the course had
    assert after[0] == LATE + timedelta(days=7) and after[-1].weekday() == 2
    r = vdt(data, "regimen", "delete", str(carried["id"]), "--as-of", LATE.isoformat())
    assert r.returncode == 0, r.stderr
    [back] = json.loads(vdt(data, "regimen", "list", "--json").stdout)
    assert (back["end"], back["moved_on"]) == (end.isoformat(), None)


def test_a_move_from_before_a_logged_dose_is_refused(tmp_path):
    data = tmp_path / "d"
    weekly(data)
    sunday = START + timedelta(weeks=3)  # Sun 22 Nov: logged after the late dose
    assert vdt(data, "dose", "--supplement", "Vitamin D3", "--date", sunday.isoformat(),
               "--as-of", sunday.isoformat()).returncode == 0
    r = vdt(data, "regimen", "move", "1", "--from", LATE.isoformat(), "--as-of",
            sunday.isoformat())
    assert r.returncode == 2 and r.stdout == ""
    assert "a dose is logged after that day (on 22 Nov 2026)" in r.stderr
    assert len(json.loads(vdt(data, "regimen", "list", "--json").stdout)) == 1
