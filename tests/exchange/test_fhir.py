"""The FHIR export: every resource validates against the R4B models (R4-compatible for these
resources), and what a clinician reads in it is right: the LOINC code for the printed unit,
"<10" as a comparator, UCUM "ug" for mcg, the lab's own range, statuses by date, stable ids."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from vdtracker.exchange import fhir
from vdtracker.exchange.document import header

TODAY = date(2025, 6, 1)


def _lab(analyte, value, text, unit, low=None, high=None, day="2025-01-02", **more):
    return {"analyte": analyte, "value": value, "value_text": text, "unit": unit,
            "ref_low": low, "ref_high": high, "day": day, "lab_name": None, "note": None,
            "created_at": None, **more}


def _schedule(ref, supplement, amount, unit, start, phase, **more):
    row = {"ref": ref, "supplement": supplement, "dose_amount": amount, "dose_unit": unit,
           "every_days": None, "weekdays": None, "start": start, "end": None, "weeks": None,
           "phase": phase, "stopped_on": None, "remind_at": None, "note": None,
           "created_at": None}
    row.update(more)
    return row


def _dose(supplement, schedule, day, amount, unit, at=None, skipped=False):
    return {"supplement": supplement, "schedule": schedule, "day": day, "time": at,
            "amount": amount, "unit": unit, "skipped": skipped, "note": None,
            "created_at": None}


def document() -> dict:
    return {
        **header(),
        "supplements": [{"name": "Vitamin D3", "substance": "vitamin-d", "created_at": None},
                        {"name": "Vitamin B12", "substance": "b12", "created_at": None}],
        "schedules": [
            _schedule(1, "Vitamin D3", 50000.0, "IU", "2025-01-06", "loading", every_days=7,
                      end="2025-03-02", weeks=8),
            _schedule(2, "Vitamin D3", 2000.0, "IU", "2025-03-03", "maintenance", every_days=1,
                      stopped_on="2025-04-20", note="after the loading course"),
            _schedule(3, "Vitamin B12", 1000.0, "mcg", "2025-01-02", "ongoing",
                      weekdays="mon,thu"),
            _schedule(4, "Vitamin D3", 50000.0, "IU", "2025-07-01", "loading", every_days=7),
        ],
        "doses": [
            _dose("Vitamin D3", 1, "2025-01-06", 50000.0, "IU", at="08:30:00"),
            _dose("Vitamin D3", 1, "2025-01-13", 50000.0, "IU", skipped=True),
            _dose("Vitamin B12", 3, "2025-07-03", 1000.0, "mcg", at="21:00:00"),
            _dose("Vitamin D3", None, "2025-02-01", 1.25, "mg"),
        ],
        "decisions": [{"schedule": 1, "kind": "no-maintenance", "said_on": "2025-03-01",
                       "note": "level 32 ng/mL", "created_at": None}],
        "pain": [
            {"day": "2025-01-05", "time": "20:00:00", "score": 9.0, "scale": "vas-0-10",
             "region": "mid back", "note": None, "created_at": None},
            {"day": "2025-02-05", "time": None, "score": 4.5, "scale": "nrs-0-10",
             "region": None, "note": "better", "created_at": None},
        ],
        "cramps": [{"night_of": "2025-01-04", "daytime": False, "count": 3, "severity": 7.0,
                    "longest_min": 4.0, "sleep_disturbance": 6.0, "region": "calf",
                    "side": "left", "note": None, "created_at": None}],
        "spasms": [{"day": "2025-01-04", "time": "14:10:00", "region": "face, left", "count": 5,
                    "severity": 4.0, "duration_min": None, "note": None, "created_at": None}],
        "labs": [
            _lab("vitamin-d", 22.0, "22", "ng/mL", 30.0, 100.0, lab_name="City Lab"),
            _lab("vitamin-d", 10.0, "<10", "nmol/L", 50.0, None, note="below detection"),
            _lab("b12", 212.0, "212", "pmol/L", 145.0, 569.0),
            _lab("pth", 89.0, "89", "ng/L", 15.0, 65.0),
            _lab("calcium", 2.41, "2.41", "mmol/L", 2.2, 2.6),
            _lab("ferritin", 45.0, "45", "µg/L"),
            _lab("vitamin-d", 1476.0, "≥1476", "µg/L"),
        ],
        "rechecks": [{"analyte": "vitamin-d", "due": "2025-09-01", "set_on": "2025-06-01",
                      "note": None, "created_at": None}],
        "settings": {"summary.name": "not read from here"},
    }


@pytest.fixture
def berlin(monkeypatch):
    """Diary times are local: pin the zone so the UTC offsets are known."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _export(**kw):
    return fhir.bundle(document(), today=TODAY, store_id="store-1", **kw)


def _validate(b: dict) -> None:
    json.dumps(b)  # plain JSON all the way down
    Bundle.model_validate(b)
    for entry in b["entry"]:
        res = entry["resource"]
        get_fhir_model_class(res["resourceType"]).model_validate(res)
        assert entry["fullUrl"] == f"urn:uuid:{res['id']}"


def _of(b: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == kind]


def _labs(b: dict) -> list[dict]:
    return [o for o in _of(b, "Observation")
            if o["category"][0]["coding"][0]["code"] == "laboratory"]


def _loinc(o: dict) -> str | None:
    coding = o["code"].get("coding")
    return coding[0]["code"] if coding else None


@pytest.mark.parametrize("name", [None, "Ann Example"])
def test_every_resource_validates(berlin, name):
    b = _export(patient_name=name, birth_date=date(1960, 4, 2) if name else None)
    assert b["resourceType"] == "Bundle" and b["type"] == "collection" and b["timestamp"]
    _validate(b)
    kinds = [e["resource"]["resourceType"] for e in b["entry"]]
    assert kinds.count("MedicationStatement") == 4
    assert kinds.count("MedicationAdministration") == 4
    assert kinds.count("Observation") == 7 + 2 + 1 + 1  # labs, pain, cramp night, spasm


def test_no_patient_without_a_name_and_a_display_only_subject():
    b = _export()
    assert _of(b, "Patient") == []
    for res in _of(b, "MedicationStatement") + _of(b, "MedicationAdministration"):
        assert res["subject"] == {"display": "The person who kept this diary"}
    statement = dict(_of(b, "MedicationStatement")[0])
    del statement["subject"]  # R4 requires one: the display is what makes it valid
    with pytest.raises(ValueError, match="subject"):
        get_fhir_model_class("MedicationStatement").model_validate(statement)


def test_a_named_patient_is_referenced_by_everything():
    b = _export(patient_name="Ann Example", birth_date=date(1960, 4, 2))
    [patient] = _of(b, "Patient")
    assert patient["name"] == [{"text": "Ann Example"}]
    assert patient["birthDate"] == "1960-04-02"
    url = f"urn:uuid:{patient['id']}"
    others = [e["resource"] for e in b["entry"] if e["resource"] is not patient]
    assert others and all(r["subject"]["reference"] == url for r in others)
    assert "birthDate" not in _of(_export(patient_name="Ann"), "Patient")[0]


def test_the_loinc_code_follows_the_printed_unit():
    labs = _labs(_export())
    assert [(o["code"]["text"], _loinc(o)) for o in labs] == [
        ("25-hydroxyvitamin D", "62292-8"),  # ng/mL: mass
        ("25-hydroxyvitamin D", "14635-7"),  # nmol/L: moles
        ("Vitamin B12", "14685-2"),  # pmol/L
        ("Parathyroid hormone (intact)", "2731-8"),  # ng/L = pg/mL
        ("Calcium", "2000-8"),  # mmol/L
        ("Ferritin", "2276-4"),
        ("25-hydroxyvitamin D", "62292-8"),  # µg/L is ng/mL: mass
    ]
    assert all(o["code"]["coding"][0]["system"] == "http://loinc.org" for o in labs)


@pytest.mark.parametrize(("analyte", "unit", "code"), [
    ("b12", "pg/mL", "2132-9"), ("b12", "ng/L", "2132-9"), ("pth", "pg/mL", "2731-8"),
    ("calcium", "mg/dL", "17861-6"), ("vitamin-d", "NMOL/L", "14635-7"),
])
def test_more_units_and_their_codes(analyte, unit, code):
    doc = {**header(), "labs": [_lab(analyte, 1.0, "1", unit)]}
    b = fhir.bundle(doc, today=TODAY)
    _validate(b)
    [obs] = _labs(b)
    assert _loinc(obs) == code
    assert obs["valueQuantity"]["unit"] == unit  # as printed


def test_values_units_comparators_and_the_reports_range():
    d_ng, d_nmol, b12, _pth, _ca, ferritin, high = _labs(_export())
    assert d_ng["valueQuantity"] == {"value": 22, "unit": "ng/mL",
                                     "system": "http://unitsofmeasure.org", "code": "ng/mL"}
    assert d_ng["referenceRange"] == [{
        "text": "Range on the lab report",
        "low": {"value": 30, "unit": "ng/mL", "system": "http://unitsofmeasure.org",
                "code": "ng/mL"},
        "high": {"value": 100, "unit": "ng/mL", "system": "http://unitsofmeasure.org",
                 "code": "ng/mL"}}]
    assert d_ng["performer"] == [{"display": "City Lab"}]
    assert d_ng["effectiveDateTime"] == "2025-01-02"
    assert d_ng["status"] == "final"
    assert d_nmol["valueQuantity"]["comparator"] == "<"
    assert d_nmol["valueQuantity"]["value"] == 10
    assert d_nmol["referenceRange"][0]["low"]["value"] == 50
    assert "high" not in d_nmol["referenceRange"][0]
    assert {"text": "below detection"} in d_nmol["note"]
    assert "comparator" not in d_ng["valueQuantity"]
    assert b12["valueQuantity"]["code"] == "pmol/L"
    assert ferritin["valueQuantity"]["unit"] == "µg/L"
    assert ferritin["valueQuantity"]["code"] == "ug/L"
    assert "referenceRange" not in ferritin
    assert high["valueQuantity"]["comparator"] == ">="


def test_an_analyte_unit_pair_without_a_code_gets_text_only(monkeypatch):
    monkeypatch.delitem(fhir._LOINC, ("ferritin", "µg/L"))
    ferritin = _labs(_export())[5]
    assert ferritin["code"] == {"text": "Ferritin"}
    Bundle.model_validate(_export())


def test_schedules_as_statements(berlin):
    loading, maintenance, b12, future = _of(_export(), "MedicationStatement")
    assert [s["status"] for s in (loading, maintenance, b12, future)] == [
        "completed", "stopped", "active", "intended"]
    assert loading["effectivePeriod"] == {"start": "2025-01-06", "end": "2025-03-02"}
    assert maintenance["effectivePeriod"] == {"start": "2025-03-03", "end": "2025-04-20"}
    assert "end" not in b12["effectivePeriod"]
    assert loading["medicationCodeableConcept"] == {"text": "Vitamin D3"}
    [dosage] = loading["dosage"]
    assert dosage["text"] == "50,000 IU every 7 days"
    assert dosage["timing"] == {"repeat": {"frequency": 1, "period": 7, "periodUnit": "d"}}
    assert dosage["doseAndRate"][0]["doseQuantity"]["code"] == "[IU]"
    assert maintenance["dosage"][0]["text"] == "2,000 IU every day"
    assert b12["dosage"][0]["timing"] == {"repeat": {"dayOfWeek": ["mon", "thu"]}}
    assert b12["dosage"][0]["doseAndRate"][0]["doseQuantity"] == {
        "value": 1000, "unit": "mcg", "system": "http://unitsofmeasure.org", "code": "ug"}
    notes = [n["text"] for n in loading["note"]]
    assert any("Phase: loading" in n for n in notes)
    assert any("no maintenance" in n and "2025-03-01" in n and "32 ng/mL" in n for n in notes)
    assert not any("no maintenance" in n["text"] for n in maintenance["note"])
    assert any("Phase: maintenance" in n["text"] for n in maintenance["note"])


@pytest.mark.parametrize(("today", "status"), [
    (date(2025, 1, 5), "intended"), (date(2025, 1, 6), "active"), (date(2025, 3, 2), "active"),
    (date(2025, 3, 3), "completed"),
])
def test_a_dated_course_status_by_day(today, status):
    [s] = fhir.bundle({"schedules": [document()["schedules"][0]]}, today=today)["entry"]
    assert s["resource"]["status"] == status


def test_a_stop_takes_effect_on_its_day():
    maintenance = document()["schedules"][1]
    status = [fhir.bundle({"schedules": [maintenance]}, today=day)["entry"][0]["resource"]
              ["status"] for day in (date(2025, 4, 19), date(2025, 4, 20))]
    assert status == ["active", "stopped"]


def test_doses_as_administrations(berlin):
    b = _export()
    statements = [e["fullUrl"] for e in b["entry"]
                  if e["resource"]["resourceType"] == "MedicationStatement"]
    taken, skipped, b12, unlinked = _of(b, "MedicationAdministration")
    assert taken["status"] == "completed"
    assert taken["effectiveDateTime"] == "2025-01-06T08:30:00+01:00"
    assert b12["effectiveDateTime"] == "2025-07-03T21:00:00+02:00"  # summer time
    assert skipped["status"] == "not-done" and skipped["effectiveDateTime"] == "2025-01-13"
    assert taken["dosage"]["dose"]["code"] == "[IU]"
    assert b12["dosage"]["dose"]["code"] == "ug"
    assert unlinked["dosage"]["dose"] == {"value": 1.25, "unit": "mg",
                                          "system": "http://unitsofmeasure.org", "code": "mg"}
    assert taken["supportingInformation"][0]["reference"] == statements[0]
    assert b12["supportingInformation"][0]["reference"] == statements[2]
    assert "supportingInformation" not in unlinked
    assert "partOf" not in taken


def test_symptoms_are_self_rated_survey_observations(berlin):
    surveys = [o for o in _of(_export(), "Observation")
               if o["category"][0]["coding"][0]["code"] == "survey"]
    pain, later, cramp, spasm = surveys
    assert _loinc(pain) == "38208-5"  # a VAS: not the verbal numeric rating's code
    assert _loinc(later) == "72514-3"  # an NRS
    assert "VAS 0-10" in pain["code"]["text"] and "NRS 0-10" in later["code"]["text"]
    assert pain["valueQuantity"] == {"value": 9, "unit": "{score}",
                                     "system": "http://unitsofmeasure.org", "code": "{score}"}
    assert pain["effectiveDateTime"] == "2025-01-05T20:00:00+01:00"
    assert later["effectiveDateTime"] == "2025-02-05"
    assert later["valueQuantity"]["value"] == 4.5
    assert pain["bodySite"] == {"text": "mid back"} and "bodySite" not in later
    assert _loinc(cramp) is None and _loinc(spasm) is None  # no invented codes
    assert cramp["valueQuantity"]["value"] == 3 and cramp["effectiveDateTime"] == "2025-01-04"
    parts = {c["code"]["text"]: c.get("valueQuantity", {}).get("value", c.get("valueString"))
             for c in cramp["component"]}
    assert parts == {"Worst cramp severity 0-10, self-rated": 7,
                     "Longest cramp (minutes)": 4,
                     "Sleep disturbance 0-10, self-rated": 6, "Where": "calf", "Side": "left"}
    assert spasm["valueQuantity"]["value"] == 5
    assert [c["code"]["text"] for c in spasm["component"]] == ["Spasm severity 0-10, self-rated"]
    for o in surveys:
        assert any("not a clinical scale score" in n["text"] for n in o["note"])


def test_coded_values_come_from_r4s_required_value_sets():
    """The models do not check bindings: these are the R4 value sets."""
    b = _export()
    assert {r["status"] for r in _of(b, "MedicationStatement")} <= {
        "active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown",
        "not-taken"}
    assert {r["status"] for r in _of(b, "MedicationAdministration")} == {"completed", "not-done"}
    observations = _of(b, "Observation")
    assert {o["status"] for o in observations} == {"final"}
    assert {o["category"][0]["coding"][0]["code"] for o in observations} == {
        "laboratory", "survey"}
    assert {o["valueQuantity"].get("comparator") for o in observations} <= {
        None, "<", "<=", ">", ">="}
    repeats = [d["timing"]["repeat"] for r in _of(b, "MedicationStatement") for d in r["dosage"]]
    assert {r.get("periodUnit") for r in repeats} <= {None, "d"}
    assert {day for r in repeats for day in r.get("dayOfWeek", [])} <= {
        "mon", "tue", "wed", "thu", "fri", "sat", "sun"}


def test_rechecks_are_not_exported():
    b = fhir.bundle({"rechecks": document()["rechecks"]}, today=TODAY)
    assert b["entry"] == []
    Bundle.model_validate(b)


def test_the_same_data_gives_the_same_bundle_apart_from_its_timestamp():
    one, two = _export(patient_name="Ann"), _export(patient_name="Ann")
    one.pop("timestamp"), two.pop("timestamp")
    assert one == two
    ids = [e["resource"]["id"] for e in one["entry"]]
    assert len(set(ids)) == len(ids)
    other = fhir.bundle(document(), today=TODAY, store_id="store-2", patient_name="Ann")
    assert not set(ids) & {e["resource"]["id"] for e in other["entry"]}


def test_a_supply_count_and_a_moved_schedule(berlin):
    doc = document()
    doc["schedules"][0].update(moved_on="2025-01-22", end="2025-01-22")
    doc["schedules"].append(_schedule(5, "Vitamin D3", 50000.0, "IU", "2025-01-29", "loading",
                                      every_days=7, end="2025-03-02", moved_from=1))
    doc["supplies"] = [{"supplement": "Vitamin D3", "form": "capsule", "holds_amount": 50000.0,
                        "holds_unit": "IU", "counted": 3.0,
                        "counted_at": "2025-01-20T09:00:00", "created_at": None}]
    doc["supply_packs"] = [{"supplement": "Vitamin D3", "count": 12.0,
                            "added_at": "2025-02-01T10:30:00", "created_at": None}]
    b = fhir.bundle(doc, today=TODAY, store_id="store-1")
    _validate(b)
    [basic] = _of(b, "Basic")
    assert basic["code"]["text"] == "Supply of Vitamin D3 as counted by the patient"
    [ext] = basic["extension"]
    assert ext["url"] == fhir.SUPPLY
    values = {e["url"]: e for e in ext["extension"]}
    assert values["counted"]["valueDecimal"] == 3 and values["form"]["valueCode"] == "capsule"
    assert values["countedAt"]["valueDateTime"] == "2025-01-20T09:00:00+01:00"
    assert values["holds"]["valueQuantity"]["code"] == "[IU]"
    pack = [values["pack"]["extension"]]
    assert {e["url"]: e.get("valueDecimal", e.get("valueDateTime")) for e in pack[0]} == {
        "count": 12, "addedAt": "2025-02-01T10:30:00+01:00"}
    notes = [" ".join(n["text"] for n in s.get("note", [])) for s in _of(b, "MedicationStatement")]
    assert "Moved by the patient after the dose taken on 2025-01-22" in notes[0]
    assert "Carries on a schedule the patient moved" in notes[-1]
