"""Why a schedule was stopped early, through the services: kept with the stop, refused when it
is not one of the words (nothing changed), undone with the stop, hidden from a replay before the
stop day, and carried losslessly by the json and csv exports (an older file still reads)."""

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from builders import add_schedule
from vdtracker.app import compose
from vdtracker.domain import alerts
from vdtracker.domain.errors import InvalidInput
from vdtracker.exchange import fhir
from vdtracker.services.export import load
from vdtracker.storage import repositories as repo
from vdtracker.storage.database import Database
from vdtracker.wording import Wording, catalogue_translate, english
from vdtracker.wording.forbidden import FORBIDDEN_PHRASES, FORBIDDEN_PHRASES_DE
from vdtracker.wording.formats import Formats

DAY = timedelta(days=1)
START = date(2025, 10, 27)
STOP = date(2025, 11, 24)
TODAY = date(2025, 11, 25)
NOTE = "Stopped the daily vitamin D — read about toxicity"


@pytest.fixture
def daily(svc):
    return add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                        start=START, phase="maintenance").id


def german():
    return Wording(catalogue_translate("de"), Formats("de"))


def stored(svc):
    (view,) = svc.regimens.list(TODAY)
    return view.stopped_on, view.stop_why, view.stop_note


def test_the_reason_and_the_note_are_kept_with_the_stop_and_said(svc, daily):
    saved = svc.regimens.stop(daily, day=STOP, today=TODAY, why="side-effects", note=NOTE)
    assert stored(svc) == (STOP, "side-effects", NOTE)
    said = english().saved(saved.message)
    assert said == ("Saved: Vitamin D3 2,000 IU daily (from 27 Oct 2025) stopped on 24 Nov 2025 "
                    "(reason: side effects); nothing is due from that day on.")
    de = german().saved(saved.message)
    assert "24. Nov. 2025" in de and "27. Okt. 2025" in de
    assert not [p for p in FORBIDDEN_PHRASES if p in said.lower()]
    assert not [p for p in FORBIDDEN_PHRASES_DE if p in de.lower()]
    with svc.regimens.db.reading() as s:  # the domain schedule carries them too
        (r,) = repo.regimens(s)
    assert (r.stop_why, r.stop_note) == ("side-effects", NOTE)


def test_the_words_are_read_as_typed_and_blank_is_none(svc, daily):
    svc.regimens.stop(daily, day=STOP, today=TODAY, why="  Felt-Better ", note="   ")
    assert stored(svc) == (STOP, "felt-better", None)


@pytest.mark.parametrize("why, note, field", [
    ("bored", None, "why"), ("", None, "why"), ("ran-out", "x" * 2001, "note")])
def test_a_bad_reason_or_note_is_refused_and_nothing_changes(svc, daily, why, note, field):
    with pytest.raises(InvalidInput) as err:
        svc.regimens.stop(daily, day=STOP, today=TODAY, why=why, note=note)
    assert err.value.field == field
    assert stored(svc) == (None, None, None)


def test_undo_takes_the_reason_back_with_the_stop_and_redo_puts_both_back(svc, daily):
    saved = svc.regimens.stop(daily, day=STOP, today=TODAY, why="ran-out", note="pack empty")
    svc.entries.apply(saved.undoing())
    assert stored(svc) == (None, None, None)
    svc.entries.apply(saved.changes)  # redo, as the window replays it
    assert stored(svc) == (STOP, "ran-out", "pack empty")
    # stopped again after an undo, without a reason: none is left over from the first time
    svc.entries.apply(saved.undoing())
    svc.regimens.stop(daily, day=STOP, today=TODAY)
    assert stored(svc) == (STOP, None, None)


def test_a_replay_before_the_stop_day_sees_neither_the_stop_nor_its_reason(svc, daily):
    svc.regimens.stop(daily, day=STOP, today=TODAY, why="clinician", note="Told to pause")
    with svc.regimens.db.reading() as s:
        (r,) = repo.regimens(s)
    (before,) = alerts.as_of_view([r], STOP - DAY)
    assert (before.stopped_on, before.stop_why, before.stop_note) == (None, None, None)
    (on,) = alerts.as_of_view([r], STOP)
    assert (on.stopped_on, on.stop_why, on.stop_note) == (STOP, "clinician", "Told to pause")
    assert alerts.as_of_view([replace(r, stop_why=None)], STOP - DAY)[0].stop_note is None


def test_the_json_export_carries_the_reason_and_an_import_reads_it_back(svc, daily, tmp_path):
    svc.regimens.stop(daily, day=STOP, today=TODAY, why="side-effects", note=NOTE)
    path = tmp_path / "all.json"
    svc.export.json(path)
    carried = json.loads(path.read_text())
    assert carried["version"] >= 3  # 3: a schedule carries why it was stopped
    (schedule,) = carried["schedules"]
    assert (schedule["stopped_on"], schedule["stop_why"], schedule["stop_note"]) == (
        "2025-11-24", "side-effects", NOTE)
    fresh_db = Database.open(tmp_path / "fresh")
    try:
        fresh = compose(fresh_db)
        assert fresh.importing.apply(load(path)).new["schedules"] == 1
        assert stored(fresh) == (STOP, "side-effects", NOTE)
        again = tmp_path / "again.json"
        fresh.export.json(again)
        assert again.read_bytes() == path.read_bytes()  # lossless
        assert fresh.importing.apply(load(path)).duplicates["schedules"] == 1  # not twice
    finally:
        fresh_db.close()


def test_a_version_2_file_without_the_fields_still_imports(svc, daily, tmp_path):
    svc.regimens.stop(daily, day=STOP, today=TODAY)
    path = tmp_path / "old.json"
    svc.export.json(path)
    old = json.loads(path.read_text())
    old["version"] = 2
    for s in old["schedules"]:
        del s["stop_why"], s["stop_note"]
    path.write_text(json.dumps(old))
    fresh_db = Database.open(tmp_path / "fresh")
    try:
        fresh = compose(fresh_db)
        plan = fresh.importing.apply(load(path))
        assert plan.ok and plan.new["schedules"] == 1
        assert stored(fresh) == (STOP, None, None)
    finally:
        fresh_db.close()


@pytest.mark.parametrize("change, field", [
    ({"stop_why": "bored"}, "stop_why"),
    ({"stopped_on": None}, "stopped_on"),  # a reason without the stop it is for
])
def test_an_import_refuses_a_reason_that_cannot_be_one(svc, daily, tmp_path, change, field):
    svc.regimens.stop(daily, day=STOP, today=TODAY, why="ran-out", note="pack empty")
    path = tmp_path / "all.json"
    svc.export.json(path)
    doc = json.loads(path.read_text())
    doc["schedules"][0].update(change)
    path.write_text(json.dumps(doc))
    fresh_db = Database.open(tmp_path / "fresh")
    try:
        plan = compose(fresh_db).importing.preview(load(path))
        assert [(p.kind, p.error.field) for p in plan.problems] == [("schedules", field)]
    finally:
        fresh_db.close()


def test_the_csv_folder_carries_the_reason_and_import_reads_it(svc, daily, tmp_path):
    svc.regimens.stop(daily, day=STOP, today=TODAY, why="felt-better", note="Schmerzen weg")
    folder = tmp_path / "csv"
    svc.export.csv(folder)
    head, row = (folder / "schedules.csv").read_text(encoding="utf-8-sig").splitlines()
    assert ",stopped_on,remind_at,note,created_at,stop_why,stop_note" in head
    assert ",felt-better,Schmerzen weg," in row  # then moved_on, moved_from: empty
    fresh_db = Database.open(tmp_path / "fresh")
    try:
        fresh = compose(fresh_db)
        assert fresh.importing.apply(load(folder)).new["schedules"] == 1
        assert stored(fresh) == (STOP, "felt-better", "Schmerzen weg")
    finally:
        fresh_db.close()


def test_the_fhir_statement_names_the_reason_and_the_note(svc, daily):
    svc.regimens.stop(daily, day=STOP, today=TODAY, why="side-effects", note=NOTE)
    bundle = fhir.bundle(svc.export.document(), today=TODAY, patient_name=None, birth_date=None,
                         store_id="test")
    (statement,) = [e["resource"] for e in bundle["entry"]
                    if e["resource"]["resourceType"] == "MedicationStatement"]
    assert statement["status"] == "stopped"
    assert {"text": "Stopped on 2025-11-24; nothing due from that day on. Reason given by the "
                    "patient: side effects. In the patient's words: " + NOTE} in statement["note"]
