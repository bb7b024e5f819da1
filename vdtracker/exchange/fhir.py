"""The export document as a FHIR R4 Bundle (type "collection"): a plain dict for json.dumps."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from ..domain.printed import split_printed
from ..domain.schedule import end_from_weeks
from ..domain.units import analyte, format_number

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
NAMESPACE = uuid.UUID("6f1d3c52-8a8e-5b0c-9a39-2f4f0e6f7d21")  # ours: ids are uuid5 in it
NO_PATIENT = "The person who kept this diary"
REPORT_RANGE = "Range on the lab report"
SELF_RATED = "Self-rated in a personal diary (not a clinical scale score)"
# A patient's own count of a supplement has no FHIR resource of its own: a Basic resource holds
# it in this extension (docs/export-fhir.md)
SUPPLY = "https://vdtracker.example/fhir/StructureDefinition/supply"
# The reasons `regimen stop --why` takes (domain.breaks.WHY), in the bundle's English.
STOP_WHY = {"ran-out": "ran out", "side-effects": "side effects", "felt-better": "felt better",
            "clinician": "clinician's advice", "other": "other reason"}

# (analyte, unit as units.py spells it) -> LOINC code and display. The property (mass or moles)
# follows the unit the lab printed (DOMAIN.md "Lab codes"); codes not in DOMAIN.md were looked up
# in several independent LOINC listings (docs/export-fhir.md).
_LOINC: dict[tuple[str, str], tuple[str, str]] = {
    ("vitamin-d", "ng/mL"): ("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma"),
    ("vitamin-d", "nmol/L"): ("14635-7", "25-Hydroxyvitamin D3 [Moles/volume] in Serum or Plasma"),
    ("b12", "pg/mL"): ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma"),
    ("b12", "ng/L"): ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma"),
    ("b12", "pmol/L"): ("14685-2", "Cobalamin (Vitamin B12) [Moles/volume] in Serum or Plasma"),
    ("pth", "pg/mL"): ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma"),
    ("pth", "ng/L"): ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma"),
    ("pth", "pmol/L"): ("14866-8", "Parathyrin.intact [Moles/volume] in Serum or Plasma"),
    ("calcium", "mg/dL"): ("17861-6", "Calcium [Mass/volume] in Serum or Plasma"),
    ("calcium", "mmol/L"): ("2000-8", "Calcium [Moles/volume] in Serum or Plasma"),
    ("magnesium", "mg/dL"): ("19123-9", "Magnesium [Mass/volume] in Serum or Plasma"),
    ("magnesium", "mmol/L"): ("2601-3", "Magnesium [Moles/volume] in Serum or Plasma"),
    ("phosphate", "mg/dL"): ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma"),
    ("phosphate", "mmol/L"): ("14879-1", "Phosphate [Moles/volume] in Serum or Plasma"),
    ("ferritin", "ng/mL"): ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"),
    ("ferritin", "µg/L"): ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"),
}
_LAB_TEXT = {"vitamin-d": "25-hydroxyvitamin D", "b12": "Vitamin B12",
             "pth": "Parathyroid hormone (intact)", "calcium": "Calcium",
             "magnesium": "Magnesium", "phosphate": "Phosphate", "ferritin": "Ferritin"}
# A lab unit as printed (lower case, µ as u) -> its UCUM code.
_LAB_UCUM = {u.lower(): u for u in ("ng/mL", "nmol/L", "pg/mL", "ng/L", "pmol/L", "mg/dL",
                                    "mmol/L", "ug/L")}
_DOSE_UCUM = {"IU": "[IU]", "mcg": "ug", "mg": "mg"}
_COMPARATOR = {"<": "<", "≤": "<=", ">": ">", "≥": ">="}
# By the scale the user rated on: 72514-3 is the 0-10 verbal numeric rating (NRS) only; a VAS
# (or a scale not known) is the general "Pain severity - Reported".
PAIN_LOINC = {"nrs-0-10": ("72514-3",
                           "Pain severity - 0-10 verbal numeric rating [Score] - Reported")}
PAIN_REPORTED = ("38208-5", "Pain severity - Reported")
_SCALE = {"vas-0-10": "VAS 0-10", "nrs-0-10": "NRS 0-10"}


def bundle(document: Mapping[str, Any], *, today: date, patient_name: str | None = None,
           birth_date: date | None = None, store_id: str = "") -> dict[str, Any]:
    """The document's records as a collection Bundle. Ids are uuid5 of store_id, list and
    position, so the same data gives the same bundle apart from its timestamp."""
    b = _Builder(store_id)
    subject: dict[str, Any] = {"display": NO_PATIENT}
    if patient_name:
        patient: dict[str, Any] = {"resourceType": "Patient", "name": [{"text": patient_name}]}
        if birth_date is not None:
            patient["birthDate"] = birth_date.isoformat()
        subject = {"reference": b.add("patient", 0, patient), "display": patient_name}
    names = {s.get("name"): s for s in _rows(document, "supplements")}
    decided: dict[Any, list[Mapping[str, Any]]] = {}
    for d in _rows(document, "decisions"):
        decided.setdefault(d.get("schedule"), []).append(d)
    statements: dict[Any, str] = {}
    for i, s in enumerate(_rows(document, "schedules")):
        res = _statement(s, names.get(s["supplement"], {}), decided.get(s["ref"], []), today)
        statements[s["ref"]] = b.add("schedules", i, {**res, "subject": subject})
    for i, d in enumerate(_rows(document, "doses")):
        b.add("doses", i, {**_administration(d, statements.get(d.get("schedule"))),
                           "subject": subject})
    for key, make in (("labs", _lab), ("pain", _pain), ("cramps", _cramp), ("spasms", _spasm)):
        for i, r in enumerate(_rows(document, key)):
            b.add(key, i, {**make(r), "subject": subject})
    packs: dict[Any, list[Mapping[str, Any]]] = {}
    for p in _rows(document, "supply_packs"):
        packs.setdefault(p.get("supplement"), []).append(p)
    for i, r in enumerate(_rows(document, "supplies")):
        b.add("supplies", i, {**_supply(r, packs.get(r["supplement"], [])), "subject": subject})
    # Rechecks (a date the clinician gave for the next test) are not exported: a FHIR request
    # would read as an order, which the diary does not hold.
    return {"resourceType": "Bundle", "id": b.uuid("bundle", 0), "type": "collection",
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds"), "entry": b.entries}


class _Builder:
    def __init__(self, store_id: str) -> None:
        self.store_id = store_id
        self.entries: list[dict[str, Any]] = []

    def uuid(self, kind: str, position: int) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{self.store_id}/{kind}/{position}"))

    def add(self, kind: str, position: int, resource: dict[str, Any]) -> str:
        """Add an entry; its fullUrl (what references point to)."""
        rid = self.uuid(kind, position)
        url = f"urn:uuid:{rid}"
        self.entries.append({"fullUrl": url, "resource": {
            "resourceType": resource["resourceType"], "id": rid,
            **{k: v for k, v in resource.items() if k != "resourceType"}}})
        return url


def _rows(document: Mapping[str, Any], key: str) -> Sequence[Mapping[str, Any]]:
    rows = document.get(key) or []
    return [r for r in rows if isinstance(r, Mapping)]


# ---- values ------------------------------------------------------------------------------

def _day(text: str) -> date:
    return date.fromisoformat(text)


def _when(day: str, at: str | None) -> str:
    """A day, or a day and time of day. FHIR needs a UTC offset with a time: the diary's times
    are local, so they get this computer's offset on that day."""
    if not at:
        return _day(day).isoformat()
    moment = datetime.combine(_day(day), time.fromisoformat(at)).astimezone()
    return moment.isoformat(timespec="seconds")


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _quantity(value: float, unit: str, code: str) -> dict[str, Any]:
    return {"value": _number(value), "unit": unit, "system": UCUM, "code": code}


def _dose_quantity(amount: float, unit: str) -> dict[str, Any]:
    return _quantity(amount, unit, _DOSE_UCUM.get(unit, unit))


def _notes(*texts: str | None) -> dict[str, Any]:
    notes = [{"text": t} for t in texts if t]
    return {"note": notes} if notes else {}


def _concept(text: str, coding: tuple[str, str] | None = None) -> dict[str, Any]:
    if coding is None:
        return {"text": text}
    return {"coding": [{"system": LOINC, "code": coding[0], "display": coding[1]}],
            "text": text}


def _category(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": CATEGORY, "code": code, "display": display}]}]


# ---- supplements -------------------------------------------------------------------------

def _status(start: date, end: date | None, stopped: date | None, today: date) -> str:
    if today < start:
        return "intended"
    if stopped is not None and stopped <= today and (end is None or stopped <= end):
        return "stopped"
    if end is not None and end < today:
        return "completed"
    return "active"


def _how_often(s: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The schedule's rule as words and as Timing.repeat."""
    if s.get("every_days"):
        n = int(s["every_days"])
        words = "every day" if n == 1 else f"every {n} days"
        return words, {"frequency": 1, "period": n, "periodUnit": "d"}
    days = [d.strip().lower()[:3] for d in str(s.get("weekdays") or "").split(",") if d.strip()]
    return "on " + ", ".join(days), {"dayOfWeek": days}


def _statement(s: Mapping[str, Any], supplement: Mapping[str, Any],
               decisions: Sequence[Mapping[str, Any]], today: date) -> dict[str, Any]:
    start = _day(s["start"])
    end = _day(s["end"]) if s.get("end") else None
    if end is None and s.get("weeks"):
        end = end_from_weeks(start, int(s["weeks"]))
    stopped = _day(s["stopped_on"]) if s.get("stopped_on") else None
    period = {"start": start.isoformat()}
    last = stopped if stopped is not None and (end is None or stopped <= end) else end
    if last is not None:
        period["end"] = last.isoformat()
    words, repeat = _how_often(s)
    amount = f"{format_number(s['dose_amount'])} {s['dose_unit']}"
    said = [f"Clinician's decision (as recorded in the diary): no maintenance after this "
            f"schedule, said on {d['said_on']}" + (f". {d['note']}" if d.get("note") else "")
            for d in decisions if d.get("kind") == "no-maintenance"]
    return {
        "resourceType": "MedicationStatement",
        "status": _status(start, end, stopped, today),
        "medicationCodeableConcept": {"text": s["supplement"]},
        "effectivePeriod": period,
        "dosage": [{"text": f"{amount} {words}", "timing": {"repeat": repeat},
                    "doseAndRate": [{"doseQuantity": _dose_quantity(s["dose_amount"],
                                                                    s["dose_unit"])}]}],
        **_notes(f"Phase: {s['phase']} (schedule as typed in from the prescription)",
                 _stop_text(stopped, s) if stopped is not None else None,
                 f"Substance: {supplement['substance']}" if supplement.get("substance") else None,
                 _moved_text(s), s.get("note"), *said),
    }


def _moved_text(s: Mapping[str, Any]) -> str | None:
    """A schedule the patient moved to another day after a late dose, or one carrying it on."""
    if s.get("moved_on"):
        return (f"Moved by the patient after the dose taken on {s['moved_on']}: due dates up "
                f"to that day as before; the schedule that follows carries it on")
    if s.get("moved_from") is not None:
        return "Carries on a schedule the patient moved to this day of the week"
    return None


def _supply(r: Mapping[str, Any], packs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """What the patient counted of a supplement, and the packs added since, in the SUPPLY
    extension of a Basic resource (no FHIR resource holds a patient's own count)."""
    def moment(text: str) -> str:
        return _when(text[:10], text[11:19] or None)

    ext: list[dict[str, Any]] = [{"url": "supplement", "valueString": r["supplement"]},
                                 {"url": "form", "valueCode": r["form"]},
                                 {"url": "counted", "valueDecimal": _number(r["counted"])},
                                 {"url": "countedAt", "valueDateTime": moment(r["counted_at"])}]
    if r.get("holds_amount") is not None and r.get("holds_unit"):
        ext.append({"url": "holds",
                    "valueQuantity": _dose_quantity(r["holds_amount"], r["holds_unit"])})
    ext += [{"url": "pack", "extension": [
        {"url": "count", "valueDecimal": _number(p["count"])},
        {"url": "addedAt", "valueDateTime": moment(p["added_at"])}]} for p in packs]
    return {"resourceType": "Basic",
            "code": {"text": f"Supply of {r['supplement']} as counted by the patient"},
            "created": r["counted_at"][:10], "extension": [{"url": SUPPLY, "extension": ext}]}


def _stop_text(stopped: date, s: Mapping[str, Any]) -> str:
    """The stop, with the reason the patient gave and their own words, when recorded."""
    why = STOP_WHY.get(s.get("stop_why") or "", s.get("stop_why"))
    return "".join((f"Stopped on {stopped.isoformat()}; nothing due from that day on",
                    f". Reason given by the patient: {why}" if why else "",
                    f". In the patient's words: {s['stop_note']}" if s.get("stop_note")
                    else ""))


def _administration(d: Mapping[str, Any], statement: str | None) -> dict[str, Any]:
    skipped = bool(d.get("skipped"))
    res: dict[str, Any] = {
        "resourceType": "MedicationAdministration",
        "status": "not-done" if skipped else "completed",
        "medicationCodeableConcept": {"text": d["supplement"]},
        "effectiveDateTime": _when(d["day"], d.get("time")),
        "dosage": {"dose": _dose_quantity(d["amount"], d["unit"])},
    }
    if skipped:
        res["statusReason"] = [{"text": "Skipped (logged in the diary)"}]
    if statement is not None:
        # partOf may only name a MedicationAdministration or a Procedure in R4
        res["supportingInformation"] = [{"reference": statement,
                                         "display": "The saved schedule this dose belongs to"}]
    late = d.get("late_for")
    said = "Logged against a saved schedule" if statement else None
    if late:
        said = (f"{said}; " if said else "") + (f"taken late, counted for the dose due on "
                                                f"{late}")
    return {**res, **_notes(said, d.get("note"))}


# ---- labs --------------------------------------------------------------------------------

def _lab(r: Mapping[str, Any]) -> dict[str, Any]:
    code = r["analyte"]
    printed_unit = r["unit"]
    canonical = analyte(code).canonical_unit(printed_unit)
    ucum = _LAB_UCUM.get(printed_unit.strip().lower().replace("µ", "u").replace("μ", "u"),
                         canonical.replace("µ", "u"))
    coding = _LOINC.get((code, canonical))
    value = _quantity(r["value"], printed_unit, ucum)
    printed = split_printed(r.get("value_text") or "")
    if printed.qualifier:
        value["comparator"] = _COMPARATOR[printed.qualifier]
    res: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": _category("laboratory", "Laboratory"),
        "code": _concept(_LAB_TEXT.get(code, code), coding),
        "effectiveDateTime": _day(r["day"]).isoformat(),
        "valueQuantity": value,
    }
    if r.get("lab_name"):
        res["performer"] = [{"display": r["lab_name"]}]
    low, high = r.get("ref_low"), r.get("ref_high")
    if low is not None or high is not None:
        rng: dict[str, Any] = {"text": REPORT_RANGE}
        if low is not None:
            rng["low"] = _quantity(low, printed_unit, ucum)
        if high is not None:
            rng["high"] = _quantity(high, printed_unit, ucum)
        res["referenceRange"] = [rng]
    return {**res, **_notes(f"As printed on the report: {r['value_text']} {printed_unit}"
                            if r.get("value_text") else None, r.get("note"))}


# ---- symptoms ----------------------------------------------------------------------------

def _survey(text: str, when: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Observation", "status": "final",
            "category": _category("survey", "Survey"), "code": _concept(text),
            "effectiveDateTime": when, "valueQuantity": value}


def _component(text: str, value: Any, unit: str = "", code: str = "") -> dict[str, Any]:
    if isinstance(value, str):
        return {"code": {"text": text}, "valueString": value}
    return {"code": {"text": text}, "valueQuantity": _quantity(value, unit, code)}


def _score(value: float) -> dict[str, Any]:
    return _quantity(value, "{score}", "{score}")


def _pain(r: Mapping[str, Any]) -> dict[str, Any]:
    scale = _SCALE.get(r["scale"], r["scale"])
    res = _survey(f"Pain severity 0-10, self-rated ({scale})", _when(r["day"], r.get("time")),
                  _score(r["score"]))
    res["code"] = _concept(res["code"]["text"], PAIN_LOINC.get(r["scale"], PAIN_REPORTED))
    if r.get("region"):
        res["bodySite"] = {"text": r["region"]}
    return {**res, **_notes(f"Scale used: {r['scale']}. {SELF_RATED}.", r.get("note"))}


def _cramp(r: Mapping[str, Any]) -> dict[str, Any]:
    when = "Daytime" if r.get("daytime") else "Night-time"
    res = _survey(f"{when} muscle cramps: number (self-rated diary)", _day(r["night_of"])
                  .isoformat(), _quantity(r["count"], "cramps", "{count}"))
    parts = [_component(t, r[k], u, c) for t, k, u, c in (
        ("Worst cramp severity 0-10, self-rated", "severity", "{score}", "{score}"),
        ("Longest cramp (minutes)", "longest_min", "min", "min"),
        ("Sleep disturbance 0-10, self-rated", "sleep_disturbance", "{score}", "{score}"),
        ("Where", "region", "", ""), ("Side", "side", "", "")) if r.get(k) is not None]
    if parts:
        res["component"] = parts
    return {**res, **_notes(SELF_RATED + ".", r.get("note"))}


def _spasm(r: Mapping[str, Any]) -> dict[str, Any]:
    res = _survey("Muscle spasm episodes: number (self-rated diary)",
                  _when(r["day"], r.get("time")), _quantity(r["count"], "episodes", "{count}"))
    parts = [_component(t, r[k], u, c) for t, k, u, c in (
        ("Spasm severity 0-10, self-rated", "severity", "{score}", "{score}"),
        ("Spasm duration (minutes)", "duration_min", "min", "min")) if r.get(k) is not None]
    if parts:
        res["component"] = parts
    if r.get("region"):
        res["bodySite"] = {"text": r["region"]}
    return {**res, **_notes(SELF_RATED + ".", r.get("note"))}


__all__ = ["bundle"]
