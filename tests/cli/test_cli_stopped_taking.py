"""`vdtracker regimen stopped-taking` and `report --name/--born/--question` as CLI.md words them:
real subprocesses, the PDF read back, bad input refused in one line with nothing changed."""

import json
import os
import subprocess
import sys
from datetime import date, timedelta

from test_cli import digest, vdt
from test_cli_report import AS_OF, history, text_of

from engines import cli_env
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES, FORBIDDEN_PHRASES_DE

DAY = timedelta(days=1)
TODAY = "2025-11-25"


def german(data, *args):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VDTRACKER_", "LC_", "LANG"))} | {"LANG": "de_DE.UTF-8"}
    return subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=cli_env(data, env), timeout=60)


def maintenance(data):
    """Daily maintenance taken for a week (27 Oct - 2 Nov), 20 days of nothing, one dose."""
    r = vdt(data, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "2000", "--unit",
            "IU", "--every", "1", "--start", "2025-10-27", "--phase", "maintenance",
            "--as-of", "2025-10-27")
    assert r.returncode == 0, r.stderr
    for k in [*range(7), 27]:
        day = (date(2025, 10, 27) + k * DAY).isoformat()
        r = vdt(data, "dose", "--supplement", "Vitamin D3", "--date", day, "--as-of", TODAY)
        assert r.returncode == 0, r.stderr
    return data


def missed(data):
    r = vdt(data, "alerts", "--json", "--as-of", TODAY)
    return [d for a in json.loads(r.stdout) if a["kind"] == "missed-dose" for d in a["dates"]]


def test_stopped_taking_settles_the_gap_in_one_command_and_lists_it(tmp_path):
    data = maintenance(tmp_path / "data")
    assert len(missed(data)) == 21  # 3-22 Nov and 24 Nov
    r = vdt(data, "regimen", "stopped-taking", "1", "--from", "2025-11-03", "--to", "2025-11-22",
            "--why", "ran-out", "--note", "pack empty", "--as-of", TODAY)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == ("Saved: you had stopped taking Vitamin D3 2,000 IU daily from "
                                "3 Nov 2025 to 22 Nov 2025; 20 due dates in that time settled "
                                "as not taken.")
    assert missed(data) == ["2025-11-24"]
    (listed,) = json.loads(vdt(data, "regimen", "list", "--json", "--as-of", TODAY).stdout)
    assert listed["breaks"] == [{"first": "2025-11-03", "last": "2025-11-22", "why": "ran-out",
                                 "note": "pack empty"}]
    earlier = json.loads(vdt(data, "regimen", "list", "--json", "--as-of", "2025-11-10").stdout)
    assert earlier[0]["breaks"] == [{"first": "2025-11-03", "last": "2025-11-10",
                                     "why": "ran-out", "note": "pack empty"}]


def test_without_to_the_break_runs_to_today_and_the_lapse_says_it_was_her_stop(tmp_path):
    data = maintenance(tmp_path / "data")
    as_of = "2025-12-20"  # 27 days after the one dose
    r = vdt(data, "regimen", "stopped-taking", "1", "--from", "2025-11-24", "--why",
            "side-effects", "--as-of", as_of)
    assert r.returncode == 0 and "from 24 Nov 2025 to 20 Dec 2025" in r.stdout
    (lapse,) = [a for a in json.loads(vdt(data, "alerts", "--json", "--as-of", as_of).stdout)
                if a["kind"] == "lapsed-maintenance"]
    assert lapse["severity"] == "warning" and lapse["stopped_taking"] == "2025-11-24"
    assert "You noted that you stopped taking it from 24 Nov 2025 (reason: side effects)" \
        in lapse["message"]
    assert not [p for p in FORBIDDEN_PHRASES if p in lapse["message"].lower()]
    de = german(data, "alerts", "--as-of", as_of)
    assert de.returncode == 0 and "24. Nov. 2025" in de.stdout
    assert not [p for p in FORBIDDEN_PHRASES_DE if p in de.stdout.lower()]


def test_bad_input_is_one_line_exit_2_and_nothing_changes(tmp_path):
    data = maintenance(tmp_path / "data")
    before = digest(data)
    for args, said in (
            (("--from", "2025-11-22", "--to", "2025-11-03"),
             "--to 2025-11-03 is not accepted: use a date on or after 22 Nov 2025."),
            (("--from", "2025-10-01"),
             "--from 2025-10-01 is not accepted: use a date on or after the schedule's start "
             "(27 Oct 2025)."),
            (("--from", "2025-11-03", "--to", "2025-11-30"),
             "--to 2025-11-30 is not accepted: use a date on or before today (25 Nov 2025)."),
            (("--from", "2025-11-03", "--why", "bored"),
             "--why bored is not accepted: use one of ran-out, side-effects, felt-better, "
             "clinician, other."),
            (("--from", "3.11.2025"), "'3.11.2025' is not a date: use YYYY-MM-DD")):
        r = vdt(data, "regimen", "stopped-taking", "1", *args, "--as-of", TODAY)
        assert r.returncode == 2, args
        assert len(r.stderr.strip().splitlines()) == 1 and said in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
    r = vdt(data, "regimen", "stopped-taking", "7", "--from", "2025-11-03", "--as-of", TODAY)
    assert r.returncode == 2 and "vdtracker regimen list" in r.stderr
    assert digest(data) == before
    de = german(data, "regimen", "stopped-taking", "1", "--from", "2025-10-01", "--as-of", TODAY)
    assert de.returncode == 2 and "27. Okt. 2025" in de.stderr


def test_the_report_carries_name_birth_date_and_each_question(tmp_path):
    folder = tmp_path / "data"
    history(folder)
    out = tmp_path / "summary.pdf"
    r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--name", "Maria Beispiel",
            "--born", "1983-02-14", "--question", "Can I stop the weekly capsule?",
            "--question", "When is the next blood test?", "--out", str(out))
    assert r.returncode == 0, r.stderr
    _, text = text_of(out)
    assert "Name: Maria Beispiel · Date of birth: 14 Feb 1983" in text
    assert ("Questions for my clinician Can I stop the weekly capsule? When is the next blood "
            "test?") in text
    r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--lang", "de", "--name",
            "Maria Beispiel", "--born", "1983-02-14", "--out", str(out))
    assert r.returncode == 0, r.stderr
    _, text = text_of(out)
    assert "Maria Beispiel" in text and "14. Feb. 1983" in text
    plain = tmp_path / "plain.pdf"  # given for one summary only: nothing was kept
    assert vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--out", str(plain)).returncode == 0
    assert "Maria" not in text_of(plain)[1]


def test_a_bad_birth_date_is_refused_in_one_line_and_no_pdf_is_written(tmp_path):
    folder = tmp_path / "data"
    history(folder)
    out = tmp_path / "summary.pdf"
    for born, said in (("14.02.1983", "'14.02.1983' is not a date: use YYYY-MM-DD"),
                       ("2030-01-01", "--born (none) is not accepted: use a date on or before "
                                      "today (1 Jun 2025)")):
        r = vdt(folder, "report", "--as-of", AS_OF.isoformat(), "--born", born, "--out",
                str(out))
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert said in r.stderr and not out.exists()
