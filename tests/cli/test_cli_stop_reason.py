"""`vdtracker regimen stop ID [--date D] [--why …] [--note TEXT]` as CLI.md words it: the reason
is kept with the stop, listed (and in `regimen list --json`), and a bad reason is one line, exit
2, nothing changed. Real subprocesses."""

import json

from test_cli import digest, vdt
from test_cli_stopped_taking import TODAY, german, maintenance

from vdtracker.wording.forbidden import FORBIDDEN_PHRASES, FORBIDDEN_PHRASES_DE

NOTE = "Stopped the daily vitamin D — read about toxicity"


def listed(data, as_of=TODAY):
    r = vdt(data, "regimen", "list", "--json", "--as-of", as_of)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_stop_keeps_why_and_the_note_and_lists_them(tmp_path):
    data = maintenance(tmp_path / "data")
    (before,) = listed(data)
    assert (before["stop_why"], before["stop_note"]) == (None, None)
    r = vdt(data, "regimen", "stop", "1", "--date", "2025-11-24", "--why", "side-effects",
            "--note", NOTE, "--as-of", TODAY)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ("Saved: Vitamin D3 2,000 IU daily (from 27 Oct 2025) stopped on "
                                "24 Nov 2025 (reason: side effects); nothing is due from that "
                                "day on.")
    (after,) = listed(data)
    assert (after["stopped_on"], after["stop_why"], after["stop_note"]) == (
        "2025-11-24", "side-effects", NOTE)
    line = vdt(data, "regimen", "list", "--as-of", TODAY).stdout
    assert "stopped 24 Nov 2025 (reason: side effects)" in line
    assert not [p for p in FORBIDDEN_PHRASES if p in (r.stdout + line).lower()]
    de = german(data, "regimen", "list", "--as-of", TODAY)
    assert de.returncode == 0 and "24. Nov. 2025" in de.stdout
    assert not [p for p in FORBIDDEN_PHRASES_DE if p in de.stdout.lower()]


def test_stop_without_a_reason_is_as_before(tmp_path):
    data = maintenance(tmp_path / "data")
    r = vdt(data, "regimen", "stop", "1", "--date", "2025-11-24", "--as-of", TODAY)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ("Saved: Vitamin D3 2,000 IU daily (from 27 Oct 2025) stopped on "
                                "24 Nov 2025; nothing is due from that day on.")
    (after,) = listed(data)
    assert (after["stopped_on"], after["stop_why"], after["stop_note"]) == (
        "2025-11-24", None, None)
    assert "reason" not in vdt(data, "regimen", "list", "--as-of", TODAY).stdout


def test_a_bad_reason_is_one_line_exit_2_and_nothing_changes(tmp_path):
    data = maintenance(tmp_path / "data")
    before = digest(data)
    for args, said in (
            (("--why", "bored"), "--why bored is not accepted: use one of ran-out, "
                                 "side-effects, felt-better, clinician, other."),
            (("--why", "side-effects", "--note", "x" * 2001), "--note "),
            (("--why", "ran-out", "--date", "2025-10-01"),
             "--date 2025-10-01 is not accepted: use a date on or after the schedule's start "
             "(27 Oct 2025).")):
        r = vdt(data, "regimen", "stop", "1", *args, "--as-of", TODAY)
        assert r.returncode == 2, args
        assert len(r.stderr.strip().splitlines()) == 1 and said in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
    assert digest(data) == before
    (still,) = listed(data)
    assert (still["stopped_on"], still["stop_why"], still["stop_note"]) == (None, None, None)
    de = german(data, "regimen", "stop", "1", "--why", "bored", "--as-of", TODAY)
    assert de.returncode == 2 and len(de.stderr.strip().splitlines()) == 1
    assert "--why bored" in de.stderr and "side-effects" in de.stderr
    assert digest(data) == before
