"""'I had stopped taking it' through the services: one row settles every open due date of the
time, undo takes that one row back, a refused range changes nothing, and export carries it."""

import json
from datetime import date, timedelta

import pytest

from builders import add_schedule
from vdtracker.app import compose
from vdtracker.domain.breaks import TakingBreak
from vdtracker.domain.errors import InvalidInput
from vdtracker.services.export import load
from vdtracker.storage.database import Database
from vdtracker.wording import english

DAY = timedelta(days=1)
START = date(2025, 10, 27)  # daily maintenance after a loading course
TAKEN = [START + k * DAY for k in range(7)]  # 27 Oct - 2 Nov
ONE_DOSE = date(2025, 11, 23)  # after 20 days with nothing
TODAY = date(2025, 11, 25)


@pytest.fixture
def history(svc):
    saved = add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                         start=START, phase="maintenance")
    for day in [*TAKEN, ONE_DOSE]:
        svc.doses.record(supplement="Vitamin D3", day=day, today=TODAY)
    return saved.id


def missed_dates(svc, as_of=TODAY):
    return [d for a in svc.alerts.alerts(as_of) if a.kind == "missed-dose"
            for d in a.details["dates"]]


def test_one_answer_settles_the_twenty_open_dates_and_says_how_many(svc, history):
    assert len(missed_dates(svc)) == 21  # 3-22 Nov and 24 Nov
    saved = svc.regimens.stopped_taking(history, first=date(2025, 11, 3),
                                        last=date(2025, 11, 22), today=TODAY, why="ran-out",
                                        note="the pack was empty")
    assert missed_dates(svc) == [date(2025, 11, 24)]
    assert len(saved.changes) == 1 and saved.kind == "break"
    assert english().saved(saved.message) == (
        "Saved: you had stopped taking Vitamin D3 2,000 IU daily from 3 Nov 2025 to 22 Nov 2025; "
        "20 due dates in that time settled as not taken.")
    assert svc.regimens.breaks() == [TakingBreak(history, date(2025, 11, 3), date(2025, 11, 22),
                                                 "ran-out", "the pack was empty", saved.id)]
    # undo, as the window replays it: the one row goes, the dates are open again
    svc.entries.apply(saved.undoing())
    assert svc.regimens.breaks() == [] and len(missed_dates(svc)) == 21


def test_dates_already_answered_are_not_counted_again(svc, history):
    svc.doses.record(supplement="Vitamin D3", day=date(2025, 11, 10), today=TODAY,
                             skipped=True)
    saved = svc.regimens.stopped_taking(history, first=date(2025, 11, 3),
                                        last=date(2025, 11, 22), today=TODAY)
    assert saved.message["settled"] == 19  # 20 days, one of them already skipped
    deleted = svc.regimens.delete_break(saved.id)
    assert svc.regimens.breaks() == []
    svc.entries.apply(deleted.undoing())
    assert [b.id for b in svc.regimens.breaks()] == [saved.id]


@pytest.mark.parametrize(("first", "last", "field", "why"), [
    (date(2025, 11, 22), date(2025, 11, 3), "to", "date-not-before"),
    (date(2025, 10, 20), date(2025, 11, 3), "from", "stop-after-start"),
    (date(2025, 11, 3), date(2025, 11, 26), "to", "date-not-future"),
    (date(2025, 11, 26), date(2025, 11, 26), "from", "date-not-future"),
])
def test_a_range_that_cannot_be_is_refused_and_nothing_changes(svc, history, first, last, field,
                                                               why):
    with pytest.raises(InvalidInput) as err:
        svc.regimens.stopped_taking(history, first=first, last=last, today=TODAY)
    assert (err.value.field, err.value.reason.kind) == (field, why)
    assert svc.regimens.breaks() == [] and len(missed_dates(svc)) == 21


def test_an_unknown_reason_is_refused(svc, history):
    with pytest.raises(InvalidInput) as err:
        svc.regimens.stopped_taking(history, first=date(2025, 11, 3), last=TODAY, today=TODAY,
                                    why="bored")
    assert err.value.field == "why" and "ran-out" in english().reason(err.value.reason)
    assert svc.regimens.breaks() == []


def test_deleting_the_schedule_takes_its_breaks_and_undo_brings_both_back(svc, history):
    svc.regimens.stopped_taking(history, first=date(2025, 11, 3), last=date(2025, 11, 22),
                                today=TODAY, why="side-effects")
    gone = svc.entries.delete([("regimen", history)])
    assert svc.regimens.breaks() == []
    svc.entries.apply(gone.undoing())
    (back,) = svc.regimens.breaks()
    assert (back.regimen_id, back.why) == (history, "side-effects")
    assert missed_dates(svc) == [date(2025, 11, 24)]


def test_the_json_export_carries_breaks_and_an_import_reads_them_back(svc, history, tmp_path):
    svc.regimens.stopped_taking(history, first=date(2025, 11, 3), last=date(2025, 11, 22),
                                today=TODAY, why="felt-better", note="Schmerzen weg")
    path = tmp_path / "all.json"
    svc.export.json(path)
    carried = json.loads(path.read_text())
    assert carried["version"] >= 2  # 2: breaks
    assert [{k: v for k, v in b.items() if k != "created_at"} for b in carried["breaks"]] == [
        {"schedule": 1, "first": "2025-11-03", "last": "2025-11-22", "why": "felt-better",
         "note": "Schmerzen weg"}]
    fresh_db = Database.open(tmp_path / "fresh")
    try:
        fresh = compose(fresh_db)
        plan = fresh.importing.apply(load(path))
        assert plan.new["breaks"] == 1
        (back,) = fresh.regimens.breaks()
        assert (back.first, back.last, back.why, back.note) == (
            date(2025, 11, 3), date(2025, 11, 22), "felt-better", "Schmerzen weg")
        assert missed_dates(fresh) == [date(2025, 11, 24)]
        again = tmp_path / "again.json"
        fresh.export.json(again)
        assert again.read_bytes() == path.read_bytes()  # lossless
        assert fresh.importing.apply(load(path)).duplicates["breaks"] == 1  # not twice
    finally:
        fresh_db.close()


def test_a_version_1_file_without_breaks_is_still_read(svc, history, tmp_path):
    path = tmp_path / "old.json"
    svc.export.json(path)
    old = json.loads(path.read_text())
    old["version"] = 1
    del old["breaks"]
    path.write_text(json.dumps(old))
    assert svc.importing.preview(load(path)).ok


def test_the_csv_folder_has_a_breaks_file_read_back_by_import(svc, history, tmp_path):
    svc.regimens.stopped_taking(history, first=date(2025, 11, 3), last=date(2025, 11, 22),
                                today=TODAY, why="clinician")
    folder = tmp_path / "csv"
    svc.export.csv(folder)
    lines = (folder / "breaks.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "schedule,first,last,why,note,created_at"
    assert lines[1].startswith("1,2025-11-03,2025-11-22,clinician,,")
    fresh_db = Database.open(tmp_path / "fresh")
    try:
        fresh = compose(fresh_db)
        assert fresh.importing.apply(load(folder)).new["breaks"] == 1
        assert [b.why for b in fresh.regimens.breaks()] == ["clinician"]
    finally:
        fresh_db.close()
