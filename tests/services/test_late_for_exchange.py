"""A dose taken late and counted for its due date (late_for) goes out in a json export and
comes back the same, and in the FHIR note; a file whose late_for is not before the dose's own
day is refused and nothing is imported."""

import json
from datetime import date, timedelta

import pytest

from builders import add_schedule
from vdtracker.app import compose
from vdtracker.services.export import json_bytes, load
from vdtracker.services.importing import ImportRefused
from vdtracker.storage.database import Database

SUNDAY = date(2026, 11, 1)
LATE = date(2026, 11, 18)  # Wednesday, for Sunday 15 Nov
DUE = LATE - timedelta(days=3)


def diary(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=SUNDAY, weeks=12, phase="loading")
    for day in (SUNDAY, SUNDAY + timedelta(days=7)):
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    svc.doses.record(supplement="Vitamin D3", day=LATE, today=LATE, late_for=DUE)


def late(svc):
    return [(d.day, d.late_for) for d in svc.regimens.doses() if d.late_for is not None]


def test_late_for_goes_out_and_comes_back(svc, tmp_path):
    diary(svc)
    out = tmp_path / "all.json"
    svc.export.json(out)
    doc = json.loads(out.read_text())
    assert doc["version"] == 5
    assert [d["late_for"] for d in doc["doses"]] == [None, None, DUE.isoformat()]
    other = Database.open(tmp_path / "other")
    try:
        fresh = compose(other)
        assert fresh.importing.apply(load(out)).ok
        assert late(fresh) == [(LATE, DUE)]
        missed = [a for a in fresh.alerts.alerts(LATE) if a.kind == "missed-dose"]
        assert missed == []  # Sunday 15 Nov is answered by the dose taken late
    finally:
        other.close()
    fhir = tmp_path / "all.fhir.json"
    svc.export.fhir(fhir, LATE)
    notes = [n["text"] for e in json.loads(fhir.read_text())["entry"]
             for n in e["resource"].get("note", ())
             if e["resource"]["resourceType"] == "MedicationAdministration"]
    assert any(f"taken late, counted for the dose due on {DUE.isoformat()}" in n for n in notes)


def test_a_late_for_on_or_after_the_day_is_refused(svc, tmp_path):
    diary(svc)
    out = tmp_path / "all.json"
    svc.export.json(out)
    doc = json.loads(out.read_text())
    doc["doses"][2]["late_for"] = LATE.isoformat()  # not before the day it was taken
    out.write_bytes(json_bytes(doc))
    other = Database.open(tmp_path / "other")
    try:
        fresh = compose(other)
        with pytest.raises(ImportRefused) as refused:
            fresh.importing.apply(load(out))
        [problem] = refused.value.plan.problems
        assert (problem.kind, problem.row, problem.error.field) == ("doses", 3, "late_for")
        assert fresh.regimens.doses() == [] and fresh.regimens.list(LATE) == []
    finally:
        other.close()
