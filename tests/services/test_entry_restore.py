"""Undo puts entries back exactly: a delete or an edit, replayed in reverse, leaves every column
as it was, read back with plain SQL rather than through the service that wrote it."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from vdtracker.app import compose
from vdtracker.models import Regimen, Supplement
from vdtracker.services.entries import MODELS, VALUE_FIELD
from vdtracker.storage.database import Database

TODAY = date(2026, 11, 23)

# Stored text a user may type: any character SQLite keeps as it is (no NUL, no lone surrogate).
texts = st.none() | st.text(st.characters(exclude_categories=["Cs"],
                                          exclude_characters="\x00"), max_size=30)
days = st.dates(date(2020, 1, 1), TODAY)
times = st.none() | st.times()
amounts = st.floats(0.001, 1e6, allow_nan=False)
scores = st.integers(0, 100).map(lambda n: n / 10)
maybe_floats = st.none() | st.floats(0, 1440, allow_nan=False)
analytes = st.sampled_from(("vitamin-d", "b12", "pth", "calcium"))
counts = st.integers(1, 200)

# Every stored column of each kind but id and created_at (those the store fills in).
ROWS: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "pain": st.fixed_dictionaries({
        "day": days, "time": times, "score": scores, "scale": st.just("vas-0-10"),
        "region": texts, "note": texts}),
    "cramp": st.fixed_dictionaries({
        "night_of": days, "daytime": st.booleans(), "count": counts,
        "severity": st.none() | scores, "longest_min": maybe_floats,
        "sleep_disturbance": st.none() | scores, "region": texts,
        "side": st.sampled_from((None, "left", "right", "both")), "note": texts}),
    "spasm": st.fixed_dictionaries({
        "day": days, "time": times, "region": texts, "count": counts,
        "severity": st.none() | scores, "duration_min": maybe_floats, "note": texts}),
    "dose": st.fixed_dictionaries({
        "regimen_id": st.none(), "day": days, "time": times, "amount": amounts,
        "unit": st.sampled_from(("IU", "mcg", "mg")), "skipped": st.booleans(), "note": texts}),
    "lab": st.fixed_dictionaries({
        "analyte": analytes, "value": st.floats(0, 5000, allow_nan=False),
        "value_text": st.text("0123456789.<>", min_size=1, max_size=24),
        "unit": st.sampled_from(("ng/mL", "nmol/L", "pmol/L", "mmol/L")),
        "ref_low": st.none() | st.floats(0, 100, allow_nan=False),
        "ref_high": st.none() | st.floats(100, 500, allow_nan=False), "day": days,
        "lab_name": texts, "note": texts}),
    "recheck": st.fixed_dictionaries({
        "analyte": analytes, "due": st.dates(date(2020, 1, 1), date(2030, 1, 1)),
        "set_on": days, "note": texts}),
    "regimen": st.fixed_dictionaries({
        "dose_amount": amounts, "dose_unit": st.sampled_from(("IU", "mcg", "mg")),
        "start": days, "end": st.none() | days, "weeks": st.none() | st.integers(1, 520),
        "phase": st.sampled_from(("loading", "maintenance", "ongoing")),
        "stopped_on": st.none() | days, "remind_at": times, "note": texts,
    }).flatmap(lambda r: st.sampled_from([  # exactly one rule (a check constraint)
        {**r, "every_days": 7, "weekdays": None}, {**r, "every_days": None, "weekdays": "mon,thu"},
    ])),
    # a name saved with a new schedule or dose (undo removes it again); unique by its key
    "supplement": st.uuids().map(lambda u: {"name": f"Supplement {u.hex[:10]}",
                                            "name_key": f"supplement {u.hex[:10]}",
                                            "substance": None}),
    # the clinician's "no maintenance" after a course (its own course: see insert)
    "decision": st.fixed_dictionaries({
        "kind": st.just("no-maintenance"), "said_on": days, "note": texts}),
    # "I had stopped taking it" from first to last (its own schedule: see insert)
    "break": st.tuples(days, days).map(sorted).flatmap(lambda span: st.fixed_dictionaries({
        "first": st.just(span[0]), "last": st.just(span[1]),
        "why": st.sampled_from((None, "ran-out", "side-effects", "felt-better", "clinician",
                                "other")), "note": texts})),
    # what the patient counted of a supplement (one a supplement: its own, see insert)
    "supply": st.fixed_dictionaries({
        "form": st.sampled_from(("capsule", "tablet", "drop", "ml", "ampoule")),
        "counted": st.floats(0, 100_000, allow_nan=False), "counted_at": st.datetimes(
            datetime(2020, 1, 1), datetime(2026, 11, 23))}).flatmap(lambda r: st.sampled_from([
                {**r, "holds_amount": None, "holds_unit": None},
                {**r, "holds_amount": 50000.0, "holds_unit": "IU"}])),
    "supply_pack": st.fixed_dictionaries({
        "count": st.floats(0.5, 100_000, allow_nan=False),
        "added_at": st.datetimes(datetime(2020, 1, 1), datetime(2026, 11, 23))}),
}
NEEDS_SUPPLEMENT = {"dose", "regimen", "decision", "break", "supply_pack"}


UNIQUE = itertools.count()  # hypothesis may draw the same uuid again into the shared store


def insert(db: Database, kind: str, values: dict[str, Any]) -> int:
    if kind == "supplement":
        values = {**values, "name_key": f"{values['name_key']} {next(UNIQUE)}"}
    with db.transaction() as s:
        extra: dict[str, Any] = {}
        if kind == "supply":  # one count a supplement
            n = next(UNIQUE)
            own = Supplement(name=f"Counted {n}", name_key=f"counted {n}", substance=None)
            s.add(own)
            s.flush()
            extra["supplement_id"] = own.id
        if kind in NEEDS_SUPPLEMENT:
            sup = s.scalar(select(Supplement).where(Supplement.name_key == "vitamin d3"))
            if sup is None:
                sup = Supplement(name="Vitamin D3", name_key="vitamin d3", substance="vitamin-d")
                s.add(sup)
                s.flush()
            extra["supplement_id"] = sup.id
        if kind in ("decision", "break"):
            course = Regimen(supplement_id=extra.pop("supplement_id"), dose_amount=50000,
                             dose_unit="IU", every_days=7, start=date(2025, 1, 5), weeks=8,
                             phase="loading")
            s.add(course)
            s.flush()
            extra["regimen_id"] = course.id
        row = MODELS[kind](**values, **extra)
        s.add(row)
        s.flush()
        return int(row.id)


def tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every entry table as SQLite holds it: the oracle the service did not write."""
    with db.reading() as s:
        return {kind: [tuple(r) for r in s.execute(text(
                    f"SELECT * FROM {model.__tablename__} ORDER BY id"))]
                for kind, model in MODELS.items()}


# The `db` fixture is one store for all examples: each example adds its own rows and compares
# whole tables, so earlier examples' rows are part of what must come back unchanged.
SHARED_DB = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@SHARED_DB
@given(st.lists(st.sampled_from(sorted(ROWS)).flatmap(
    lambda kind: st.tuples(st.just(kind), ROWS[kind])), min_size=1, max_size=4))
def test_delete_then_restore_gives_back_the_same_rows(db: Database,
                                                      rows: list[tuple[str, dict[str, Any]]]
                                                      ) -> None:
    targets = [(kind, insert(db, kind, values)) for kind, values in rows]
    before = tables(db)
    service = compose(db).entries
    saved = service.delete(targets)
    gone = tables(db)
    for kind, entry_id in targets:
        assert entry_id not in [r[0] for r in gone[kind]]
    service.apply(saved.undoing())
    assert tables(db) == before


def _edits(kind: str) -> st.SearchStrategy[tuple[str, Any]]:
    """A field the History table lets a user edit, and a value it accepts for that kind."""
    values: dict[str, st.SearchStrategy[Any]] = {
        "pain": scores, "cramp": counts, "spasm": counts, "dose": amounts,
        "lab": st.floats(0, 5000, allow_nan=False).map(lambda v: f"{v:.2f}"),
    }
    return st.one_of(st.tuples(st.just("day"), days),
                     st.tuples(st.just("note"), texts.map(_stripped)),
                     st.tuples(st.just("value"), values[kind]))


def _stripped(note: str | None) -> str | None:
    return None if note is None else note.strip()[:2000] or None


EDITABLE = sorted(VALUE_FIELD)


@SHARED_DB
@given(st.sampled_from(EDITABLE).flatmap(
    lambda kind: st.tuples(st.just(kind), ROWS[kind], _edits(kind))))
def test_an_edit_undone_gives_back_the_same_row(
        db: Database, case: tuple[str, dict[str, Any], tuple[str, Any]]) -> None:
    kind, values, (field_name, typed) = case
    entry_id = insert(db, kind, values)
    before = tables(db)
    service = compose(db).entries
    saved = service.update(kind, entry_id, field_name, typed, today=TODAY,
                           confirmed=True)  # the typo checks are tested on their own
    (change,) = saved.changes
    assert change.before is not None and change.before.values["id"] == entry_id
    edited = tables(db)
    assert [r for r in edited[kind] if r[0] != entry_id] == \
        [r for r in before[kind] if r[0] != entry_id]  # only the one row was touched
    service.apply([change.reversed()])
    assert tables(db) == before


def test_the_oracle_sees_a_changed_column(db: Database) -> None:
    """The table comparison above is not blind: one edited note shows up in the raw rows."""
    entry_id = insert(db, "pain", {"day": TODAY, "score": 5.0, "note": "before"})
    before = tables(db)
    compose(db).entries.update("pain", entry_id, "note", "after", today=TODAY)
    assert tables(db) != before



def test_every_kind_of_entry_is_covered() -> None:
    assert set(ROWS) == set(MODELS), "a new kind of entry needs a row strategy here"


def test_a_schedule_deleted_and_restored_keeps_its_doses_linked(db: Database) -> None:
    schedule = insert(db, "regimen", {"dose_amount": 2000, "dose_unit": "IU", "every_days": 1,
                                      "start": date(2026, 1, 1), "phase": "ongoing"})
    insert(db, "dose", {"regimen_id": schedule, "day": date(2026, 1, 2), "amount": 2000,
                        "unit": "IU"})
    before = tables(db)
    service = compose(db).entries
    saved = service.delete([("regimen", schedule)])
    service.apply(saved.undoing())
    assert tables(db) == before
