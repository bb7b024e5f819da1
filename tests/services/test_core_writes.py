"""What is written without the ORM (a day's symptoms, a dose, the settings; issue 28) is stored
as the ORM stored it: every column with the store's defaults, undo takes exactly it away and
redo puts exactly it back. Rows are read back with plain SQL, not through the services."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import text

from vdtracker.app import compose
from vdtracker.domain.day_entry import CrampPart, DayEntry, PainPart, SpasmPart
from vdtracker.services import settings as opts
from vdtracker.services.bundle import Services
from vdtracker.services.results import backwards
from vdtracker.storage.database import Database
from vdtracker.storage.errors import DatabaseLocked

TODAY = date(2026, 3, 12)


def rows(svc: Services, table: str) -> list[dict[str, Any]]:
    with svc.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]


def test_a_days_entry_is_stored_whole_and_undo_redo_take_it_away_and_back(svc: Services):
    entry = DayEntry(date(2026, 3, 11), at=time(21, 30), pain=PainPart(6.5, "neck"),
                     cramps=CrampPart(2, severity=7, side="left"),
                     spasm=SpasmPart(3, region="back"), note="after the long drive")
    saved = svc.diary.save_day(entry, today=TODAY)

    pain, cramp, spasm = (rows(svc, t) for t in ("pain_entry", "cramp_night", "spasm_episode"))
    assert len(pain) == len(cramp) == len(spasm) == 1
    assert pain[0]["score"] == 6.5 and pain[0]["region"] == "neck"
    assert pain[0]["scale"] == "vas-0-10"  # the column's default, filled in by the store
    assert pain[0]["note"] == "after the long drive" and cramp[0]["note"] is None
    assert str(cramp[0]["night_of"]) == "2026-03-10"  # cramps belong to the night before
    assert all(r[0]["created_at"] is not None for r in (pain, cramp, spasm))
    # what undo keeps of each row is the row as stored, column for column
    kept = {c.kind: dict(c.after.values) for c in saved.changes if c.after is not None}
    assert set(kept) == {"pain", "cramp", "spasm"}
    assert set(kept["pain"]) == set(pain[0]) and kept["pain"]["id"] == pain[0]["id"]

    before = [rows(svc, t) for t in ("pain_entry", "cramp_night", "spasm_episode")]
    svc.entries.apply(backwards(saved.changes))  # undo
    assert [rows(svc, t) for t in ("pain_entry", "cramp_night", "spasm_episode")] == [[], [], []]
    svc.entries.apply(saved.changes)  # redo
    assert [rows(svc, t) for t in ("pain_entry", "cramp_night", "spasm_episode")] == before


def test_a_dose_of_a_supplement_named_for_the_first_time_stores_both_and_undo_takes_both(
        svc: Services):
    saved = svc.doses.record(supplement="  Magnesium   citrate ", day=date(2026, 3, 11),
                             today=TODAY, amount=300, unit="mg")
    sup, dose = rows(svc, "supplement"), rows(svc, "dose")
    assert [(s["name"], s["name_key"]) for s in sup] == [("Magnesium citrate",
                                                         "magnesium citrate")]
    assert len(dose) == 1 and dose[0]["supplement_id"] == sup[0]["id"]
    assert (dose[0]["amount"], dose[0]["unit"], dose[0]["regimen_id"]) == (300, "mg", None)
    assert not dose[0]["skipped"]  # the column's default
    assert [c.kind for c in saved.changes] == ["supplement", "dose"]

    svc.entries.apply(backwards(saved.changes))
    assert rows(svc, "supplement") == [] and rows(svc, "dose") == []
    svc.entries.apply(saved.changes)
    assert rows(svc, "supplement") == sup and rows(svc, "dose") == dose

    # the same name again, another spelling: the same supplement, no second one
    again = svc.doses.record(supplement="magnesium CITRATE", day=TODAY, today=TODAY,
                             amount=300, unit="mg")
    assert [c.kind for c in again.changes] == ["dose"]
    assert len(rows(svc, "supplement")) == 1 and len(rows(svc, "dose")) == 2


def test_a_dose_without_an_amount_takes_the_schedules_and_counts_for_it(svc: Services):
    svc.regimens.add(_weekly())
    saved = svc.doses.record(supplement="vitamin d3", day=date(2026, 3, 2), today=TODAY)
    dose = rows(svc, "dose")
    regimen = rows(svc, "regimen")
    assert (dose[0]["amount"], dose[0]["unit"]) == (regimen[0]["dose_amount"],
                                                    regimen[0]["dose_unit"]) == (50000, "IU")
    assert dose[0]["regimen_id"] == regimen[0]["id"]
    assert [c.kind for c in saved.changes] == ["dose"]


def _weekly() -> Any:
    from vdtracker.services.regimens import RegimenInput

    return RegimenInput(supplement="Vitamin D3", amount=50000, unit="IU", start=date(2026, 3, 2),
                        every_days=7, phase="loading", weeks=8)


def test_a_setting_changed_twice_is_one_row_with_the_last_value(svc: Services):
    svc.settings.set(opts.VITAMIN_D_UNIT, "nmol/L")
    svc.settings.set(opts.VITAMIN_D_UNIT, "ng/mL")
    stored = [r for r in rows_by_key(svc) if r[0] == opts.VITAMIN_D_UNIT.key]
    assert stored == [(opts.VITAMIN_D_UNIT.key, "ng/mL")]
    assert svc.settings.get(opts.VITAMIN_D_UNIT) == "ng/mL"


def rows_by_key(svc: Services) -> list[tuple[str, str]]:
    with svc.db.engine.connect() as conn:
        return [(k, v) for k, v in conn.execute(text("SELECT key, value FROM setting"))]


@pytest.mark.sqlite_only  # SQLite's write lock, held by another program
def test_a_setting_set_to_what_it_is_writes_nothing_and_waits_for_no_lock(tmp_path):
    """Settings are stored again as they are (the Settings dialog's OK, a start-up
    bookkeeping write): that needs no write, so another program's lock does not refuse it;
    a real change still waits for the lock and is refused, changing nothing."""
    folder = tmp_path / "data"
    db = Database.open(folder, busy_timeout=0.1)
    svc = compose(db)
    svc.settings.set(opts.VITAMIN_D_UNIT, "nmol/L")
    blocker = sqlite3.connect(folder / "vdtracker.sqlite3")
    blocker.execute("BEGIN IMMEDIATE")  # another program writing
    try:
        svc.settings.set(opts.VITAMIN_D_UNIT, "nmol/L")  # no error: nothing to write
        with pytest.raises(DatabaseLocked):
            svc.settings.set(opts.VITAMIN_D_UNIT, "ng/mL")
    finally:
        blocker.rollback()
        blocker.close()
    assert svc.settings.get(opts.VITAMIN_D_UNIT) == "nmol/L"
    db.close()
