"""File ▸ Export all my data (json, csv, FHIR) and File ▸ Export schedules to your calendar, as a
patient reaches them: the menu by Alt+letters or by clicks, the name typed into Qt's own file
dialog and Enter; the file written is read back as what it claims to be."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time

import icalendar

from builders import add_lab, add_schedule, log_pain
from conftest import TODAY
from real_event_kit import OFFSCREEN_MENU, by_clicks, by_keys, file_typed

pytestmark = OFFSCREEN_MENU

PAINS = (3.0, 5.5)


def a_history(ctx) -> None:
    for i, score in enumerate(PAINS):
        log_pain(ctx.services, score, day=date(2026, 11, 20 + i), today=TODAY)
    add_lab(ctx.services, "vitamin-d", "19", "ng/mL", day=date(2026, 11, 2), today=TODAY)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=TODAY, weeks=8, phase="loading", remind_at=time(8, 0))


def told(window) -> str:
    """What the window says of an export in full: the message bar, with the whole path."""
    return window.message_bar.shown_text()


def test_json_by_clicks_in_the_menus(window, ctx, tmp_path):
    a_history(ctx)
    out = tmp_path / "by-clicks.json"
    file_typed(out)
    by_clicks(window, "File", "Export all my data", "As a VD Tracker file")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [p["score"] for p in doc["pain"]] == list(PAINS)
    assert [lab["value"] for lab in doc["labs"]] == [19.0]
    assert f"{len(PAINS)} pain ratings" in told(window) and str(out) in told(window)


def test_csv_by_keys_writes_a_folder_of_tables(window, ctx, tmp_path):
    a_history(ctx)
    out = tmp_path / "tables"  # a new folder, named in the save dialog
    file_typed(out)
    by_keys(window, "f", "x", "c")  # File ▸ Export all my data ▸ As spreadsheet files (.csv)
    assert out.is_dir()
    with (out / "pain.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [float(r["score"]) for r in rows] == list(PAINS)
    for table in out.glob("*.csv"):  # every file is a table with a header
        header = next(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))
        assert header and all(header), table.name
    assert "health data" in told(window) and str(out) in told(window)


def test_fhir_by_keys_writes_a_bundle(window, ctx, tmp_path):
    a_history(ctx)
    out = tmp_path / "record.json"
    file_typed(out)
    by_keys(window, "f", "x", "f")  # ... ▸ For a health record system (FHIR R4 .json)
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert "Observation" in kinds and "MedicationStatement" in kinds
    from fhir.resources.R4B.bundle import Bundle  # the R4 models read it as a Bundle

    assert len(Bundle.model_validate(bundle).entry) == len(kinds)
    assert str(out) in told(window)


def test_fhir_by_clicks_in_the_menus(window, ctx, tmp_path):
    a_history(ctx)
    out = tmp_path / "record-clicked.json"
    file_typed(out)
    by_clicks(window, "File", "Export all my data", "For a health record system")
    assert json.loads(out.read_text(encoding="utf-8"))["resourceType"] == "Bundle"


def test_calendar_by_keys_and_by_clicks(window, ctx, tmp_path):
    a_history(ctx)
    out = tmp_path / "doses.ics"
    file_typed(out)
    by_keys(window, "f", "c")  # File ▸ Export schedules to your calendar (.ics)…
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1 and "Vitamin D3" in str(events[0]["SUMMARY"])
    assert events[0].decoded("DTSTART").date() == TODAY  # the schedule starts today
    assert "Exported 1 schedule" in told(window) and str(out) in told(window)
    again = tmp_path / "doses-again.ics"
    file_typed(again)
    by_clicks(window, "File", "Export schedules to your calendar")
    assert icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")
