"""`vdtracker regimen delete ID…` (CLI.md): a schedule entered by mistake goes, its logged doses
stay; the later half of a moved schedule goes with the move undone (the first half's due dates
and alerts are those before the move); the first half alone is refused in one line naming the
later one, and nothing changes."""

import json
from datetime import date, timedelta

from test_cli import vdt

START = date(2026, 11, 1)  # a Sunday: 50,000 IU weekly for 12 weeks
LATE = date(2026, 11, 18)  # Wednesday: the dose due Sunday 15 Nov, taken late
NEXT = LATE + timedelta(days=7)
END = START + timedelta(weeks=12) - timedelta(days=1)


def ok(data, *args):
    r = vdt(data, *args)
    assert r.returncode == 0, r.stderr
    return r


def listed(data):
    return [(s["id"], s["start"], s["end"], s["moved_on"])
            for s in json.loads(ok(data, "regimen", "list", "--json").stdout)]


def alerts(data, as_of):
    r = ok(data, "alerts", "--json", "--as-of", as_of.isoformat())
    return [(a["kind"], a["date"]) for a in json.loads(r.stdout)]


def course(data):
    ok(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000", "--unit", "IU",
       "--every", "7", "--start", START.isoformat(), "--weeks", "12", "--phase", "loading")
    for day in (START, START + timedelta(days=7), LATE):
        ok(data, "dose", "--supplement", "Vitamin D3", "--date", day.isoformat(),
           "--as-of", day.isoformat())


def moved(data):
    course(data)
    ok(data, "regimen", "move", "1", "--from", LATE.isoformat(), "--as-of", LATE.isoformat())
    ok(data, "dose", "--supplement", "Vitamin D3", "--date", NEXT.isoformat(),
       "--as-of", NEXT.isoformat())


def test_deleting_the_later_half_undoes_the_move(tmp_path):
    data = tmp_path / "d"
    moved(data)
    r = ok(data, "regimen", "delete", "2")
    assert r.stdout.strip() == (
        "Deleted the schedule from 25 Nov 2026; the move is undone: Vitamin D3 50,000 IU weekly "
        "from 1 Nov 2026 goes on as before, to 23 Jan 2027. Doses logged on a deleted schedule "
        "stay in your diary.")
    assert listed(data) == [(1, START.isoformat(), END.isoformat(), None)]
    # the diary keeps every dose; the Wednesday one is no longer linked to a schedule
    exported = tmp_path / "all.json"
    ok(data, "export", "--format", "json", "--out", str(exported))
    assert len(json.loads(exported.read_text())["doses"]) == 4
    # the alerts are those of the same diary never moved: Sundays are due again to the end
    never = tmp_path / "never"
    course(never)
    ok(never, "dose", "--supplement", "Vitamin D3", "--date", NEXT.isoformat(),
       "--as-of", NEXT.isoformat())
    for k in (15, 18, 22, 25, 29, 50, 77, 90):
        assert alerts(data, START + timedelta(days=k)) == alerts(never, START + timedelta(days=k))
    last_sunday = START + timedelta(weeks=11)  # the course runs on to its end, not to the move
    assert ("dose-due", last_sunday.isoformat()) in alerts(data, last_sunday)


def test_the_first_half_alone_is_refused_in_one_line_and_nothing_changes(tmp_path):
    data = tmp_path / "d"
    moved(data)
    was = listed(data)
    r = vdt(data, "regimen", "delete", "1")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == (
        "vdtracker: ID 1 is not accepted: it was moved on 18 Nov 2026 and carries on as ID 2 "
        "(Vitamin D3 50,000 IU weekly from 25 Nov 2026): delete ID 2 first (that undoes the "
        "move), then this one. Nothing was saved.\n")
    assert listed(data) == was
    r = vdt(data, "regimen", "delete", "7")
    assert r.returncode == 2 and "ID 7 is not accepted" in r.stderr and \
        "`vdtracker regimen list`" in r.stderr
    assert listed(data) == was


def test_both_halves_named_together_go_together(tmp_path):
    data = tmp_path / "d"
    moved(data)
    r = ok(data, "regimen", "delete", "1", "2")
    assert "move is undone" not in r.stdout
    assert listed(data) == []
