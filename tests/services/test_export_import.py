"""Export and import as a user relies on them: nothing is lost on the way out and back, a
second import adds nothing, and a file with one bad record adds nothing at all."""

from __future__ import annotations

import json
import stat
from datetime import date, time

import pytest
from sqlalchemy import inspect

from builders import log_pain
from vdtracker.app import compose
from vdtracker.exchange.document import KINDS, NotAnExport, read
from vdtracker.services import settings as opts
from vdtracker.services.demo import build_demo
from vdtracker.services.export import json_bytes, load
from vdtracker.services.importing import ImportRefused
from vdtracker.services.records import MODEL_OF, NOT_EXPORTED, stored_columns
from vdtracker.storage.database import Database

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo(svc):
    build_demo(svc.db, TODAY)
    svc.settings.set(opts.SUMMARY_NAME, "Jana Muster")
    return svc


@pytest.fixture
def empty(tmp_path):
    db = Database.open(tmp_path / "other")
    yield compose(db)
    db.close()


def rows(svc) -> dict[str, int]:
    doc = svc.export.document()
    return {k.key: len(doc[k.key]) for k in KINDS}


def test_every_stored_column_is_in_the_export():
    for kind in KINDS:
        model = MODEL_OF[kind.key]
        columns = {c.key for c in inspect(model).columns} - NOT_EXPORTED
        assert stored_columns(kind) - {"id"} == columns, kind.key


def test_json_round_trip_into_an_empty_folder_gives_the_same_file(demo, empty, tmp_path):
    first = tmp_path / "first.json"
    held = demo.export.json(first)
    assert held["pain"] > 100 and held["labs"] >= 4 and held["schedules"] >= 2
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    plan = empty.importing.apply(load(first))
    assert plan.ok and plan.new == {k: n for k, n in held.items() if n}
    second = tmp_path / "second.json"
    empty.export.json(second)
    assert second.read_bytes() == first.read_bytes()
    # what the window shows is the same too: the alerts in force on the day
    assert ([a.kind for a in empty.alerts.alerts(TODAY)]
            == [a.kind for a in demo.alerts.alerts(TODAY)])


def test_csv_round_trip_gives_the_same_data(demo, empty, tmp_path):
    folder = tmp_path / "csv"
    demo.export.csv(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    head = (folder / "labs.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert head.startswith("analyte,value,value_text,unit,ref_low,ref_high,day")
    empty.importing.apply(load(folder))
    assert json_bytes(empty.export.document()) == json_bytes(demo.export.document())


def test_importing_the_same_file_again_adds_nothing(demo, empty, tmp_path):
    path = tmp_path / "x.json"
    demo.export.json(path)
    empty.importing.apply(load(path))
    before = rows(empty)
    again = empty.importing.apply(load(path))
    assert again.added == 0 and again.skipped == sum(before.values())
    assert rows(empty) == before


def test_only_what_is_new_is_added_to_a_store_with_its_own_entries(svc, empty, tmp_path):
    log_pain(svc, 6, day=date(2026, 11, 1), today=TODAY, at=time(9, 0))
    log_pain(svc, 6, day=date(2026, 11, 1), today=TODAY, at=time(9, 0))  # twice, as typed
    log_pain(empty, 6, day=date(2026, 11, 1), today=TODAY, at=time(9, 0))
    log_pain(empty, 3, day=date(2026, 11, 2), today=TODAY)
    path = tmp_path / "x.json"
    svc.export.json(path)
    plan = empty.importing.preview(load(path))
    assert plan.new == {"pain": 1} and plan.duplicates == {"pain": 1}
    empty.importing.apply(load(path))
    scores = sorted((p["day"], p["score"]) for p in empty.export.document()["pain"])
    assert scores == [("2026-11-01", 6.0), ("2026-11-01", 6.0), ("2026-11-02", 3.0)]


def test_one_bad_record_imports_nothing_and_says_where(demo, empty, tmp_path):
    doc = demo.export.document()
    doc["labs"][2]["unit"] = "mg/dL"  # vitamin D in mg/dL: not a unit it is reported in
    doc["pain"][40]["score"] = 11
    path = tmp_path / "bad.json"
    path.write_bytes(json_bytes(doc))
    before = rows(empty)
    plan = empty.importing.preview(load(path))
    where = {(p.kind, p.row, p.error.field) for p in plan.problems}
    assert where == {("labs", 3, "unit"), ("pain", 41, "score")}
    with pytest.raises(ImportRefused):
        empty.importing.apply(load(path))
    assert rows(empty) == before


def test_a_decimal_comma_in_a_csv_file_is_named_with_its_line(demo, empty, tmp_path):
    folder = tmp_path / "csv"
    demo.export.csv(folder)
    pain = folder / "pain.csv"
    lines = pain.read_text(encoding="utf-8-sig").splitlines()
    cells = lines[3].split(",")
    cells[2] = '"6,5"'
    lines[3] = ",".join(cells)
    pain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = empty.importing.preview(load(folder))
    [p] = plan.problems
    assert (p.kind, p.row, p.error.field, p.error.value) == ("pain", 4, "score", "6,5")


def test_a_file_from_a_newer_version_or_no_export_at_all_is_refused_whole(tmp_path):
    with pytest.raises(NotAnExport) as err:
        read({"format": "vdtracker-export", "version": 99})
    assert err.value.reason.kind == "export-newer"
    for content in (b"{}", b"not json", b"[1, 2]"):
        path = tmp_path / "x.json"
        path.write_bytes(content)
        with pytest.raises(NotAnExport):
            load(path)


def test_a_schedule_number_missing_from_the_file_is_a_problem(demo, empty, tmp_path):
    doc = demo.export.document()
    doc["doses"][0]["schedule"] = 99
    plan = empty.importing.preview(read(json.loads(json_bytes(doc))))
    assert [(p.kind, p.row, p.error.field) for p in plan.problems] == [("doses", 1, "schedule")]


def test_a_csv_export_replaces_an_earlier_one_but_never_a_folder_of_other_files(demo, tmp_path):
    from vdtracker.domain.errors import InvalidInput

    folder = tmp_path / "csv"
    demo.export.csv(folder)
    demo.export.csv(folder)  # an earlier export of ours: replaced
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "letter.txt").write_text("dear doctor")
    with pytest.raises(InvalidInput):
        demo.export.csv(mine)
    assert [p.name for p in mine.iterdir()] == ["letter.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_settings_the_store_has_are_kept_and_the_others_come_along(demo, empty, tmp_path):
    empty.settings.set(opts.SUMMARY_NAME, "J. M.")
    path = tmp_path / "x.json"
    demo.export.json(path)
    empty.importing.apply(load(path))
    assert empty.settings.get(opts.SUMMARY_NAME) == "J. M."
    fresh_db = Database.open(tmp_path / "fresh")
    try:
        fresh = compose(fresh_db)
        fresh.importing.apply(load(path))
        assert fresh.settings.get(opts.SUMMARY_NAME) == "Jana Muster"
    finally:
        fresh_db.close()


def test_the_documented_format_lists_every_field_in_file_order():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "export-format.md").read_text()
    for kind in KINDS:
        section = text.split(f"### `{kind.key}`", 1)[1].split("###", 1)[0]
        listed = [line.split("`")[1] for line in section.splitlines()
                  if line.startswith("| `")]
        assert listed == list(kind.names), kind.key


def test_the_apps_own_bookkeeping_stays_in_its_store(demo, empty, tmp_path):
    """Reminders already shown and this store's id would silence or misname schedules in
    another store: only the user's choices travel."""
    demo.settings.store_id()
    demo.settings.set(opts.TRAY_TOLD, True)
    demo.settings.set(opts.VITAMIN_D_UNIT, "nmol/L")
    path = tmp_path / "x.json"
    demo.export.json(path)
    carried = json.loads(path.read_text())["settings"]
    assert carried == {"display.vitamin-d-unit": "nmol/L", "summary.name": "Jana Muster"}
    plan = empty.importing.apply(load(path))
    assert plan.settings == 2 and empty.settings.get(opts.VITAMIN_D_UNIT) == "nmol/L"
    assert empty.settings.store_id() != demo.settings.store_id()


def test_identical_schedules_each_keep_their_doses_and_a_reimport_adds_nothing(svc, empty,
                                                                              tmp_path):
    doc = {"format": "vdtracker-export", "version": 1, "supplements": [{"name": "D3"}],
           "schedules": [dict(ref=r, supplement="D3", dose_amount=2000.0, dose_unit="IU",
                              every_days=1, start="2026-01-01", phase="ongoing")
                         for r in (1, 2)],
           "doses": [dict(supplement="D3", schedule=r, day="2026-01-02", amount=2000.0,
                          unit="IU", skipped=False) for r in (1, 2)]}
    first = empty.importing.apply(read(doc))
    assert first.new == {"supplements": 1, "schedules": 2, "doses": 2}
    again = empty.importing.preview(read(doc))
    assert again.added == 0 and again.ok
    doses = empty.export.document()["doses"]
    assert sorted(d["schedule"] for d in doses) == [1, 2]


def test_a_schedule_ref_given_twice_is_a_problem(empty):
    doc = {"format": "vdtracker-export", "version": 1,
           "schedules": [dict(ref=1, supplement="D3", dose_amount=2000.0 * k, dose_unit="IU",
                              every_days=1, start="2026-01-01", phase="ongoing")
                         for k in (1, 2)]}
    plan = empty.importing.preview(read(doc))
    assert [(p.kind, p.row, p.error.field) for p in plan.problems] == [("schedules", 2, "ref")]


def test_text_is_stored_as_the_forms_store_it(empty, tmp_path):
    doc = {"format": "vdtracker-export", "version": 1,
           "pain": [dict(day="2026-01-02", score=4.0, scale="vas-0-10", region="  neck ",
                         note="")]}
    empty.importing.apply(read(doc))
    [pain] = empty.export.document()["pain"]
    assert (pain["region"], pain["note"]) == ("neck", None)
    folder = tmp_path / "csv"
    empty.export.csv(folder)
    assert empty.importing.preview(load(folder)).added == 0  # the csv reads back the same


def test_a_csv_saved_in_another_encoding_is_refused_with_what_to_do(demo, tmp_path):
    folder = tmp_path / "csv"
    demo.export.csv(folder)
    pain = folder / "pain.csv"
    pain.write_bytes(pain.read_text(encoding="utf-8-sig").replace("neck", "Rücken")
                     .encode("cp1252"))
    with pytest.raises(NotAnExport) as err:
        load(folder)
    assert err.value.reason.kind == "csv-encoding"
