"""A table-rebuilding migration keeps every dose linked to its schedule, or changes nothing."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from vdtracker.storage import migrate
from vdtracker.storage.database import Database
from vdtracker.storage.errors import LinksBroken, StorageError

NEXT = f"{int(migrate.HEAD) + 1:04d}"  # the revision after this code's head
# Rebuilds the schedules table the way SQLite must for most changes: copy, DROP, rename.
# With foreign keys on, the DROP would set every dose's regimen_id to NULL.
REBUILD = f'''"""Throw-away test revision: rebuild the regimen table.

Revision ID: {NEXT}
Revises: {migrate.HEAD}
"""
from alembic import op
import sqlalchemy as sa

revision = '{NEXT}'
down_revision = '{migrate.HEAD}'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('regimen', recreate='always') as batch_op:
        batch_op.add_column(sa.Column('colour', sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('regimen', recreate='always') as batch_op:
        batch_op.drop_column('colour')
'''
WITH_REBUILD = (*migrate.KNOWN_REVISIONS, NEXT)


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A copy of the real migrations folder with the rebuilding revision added."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{NEXT}_rebuild_regimen.py").write_text(REBUILD)
    return folder


def fill(path: Path, dangling: bool = False) -> list[tuple[int, int | None]]:
    """Two supplements, three schedules, doses on each (and, if asked, one pointing nowhere)."""
    raw = sqlite3.connect(path)  # a bare connection: foreign keys off, as an old bug might have
    with raw:
        raw.executemany(
            "INSERT INTO supplement (id, name, name_key, substance, created_at) "
            "VALUES (?, ?, ?, ?, '2025-01-01 00:00:00')",
            [(1, "Vitamin D3", "vitamin d3", "vitamin-d"), (2, "B12", "b12", "b12")])
        raw.executemany(
            "INSERT INTO regimen (id, supplement_id, dose_amount, dose_unit, every_days, start, "
            "phase, created_at) VALUES (?, ?, ?, ?, ?, '2025-01-05', ?, '2025-01-01')",
            [(1, 1, 50000, "IU", 7, "loading"), (2, 1, 2000, "IU", 1, "maintenance"),
             (3, 2, 1000, "mcg", 1, "ongoing")])
        doses = [(i, 1 if i <= 12 else 2, (i % 3) + 1) for i in range(1, 31)]
        doses.append((31, 1, None))  # an unscheduled dose stays unscheduled
        if dangling:
            doses.append((32, 1, 99))
        raw.executemany(
            "INSERT INTO dose (id, supplement_id, regimen_id, day, amount, unit, skipped, "
            "created_at) VALUES (?, ?, ?, '2025-02-01', 1000, 'IU', 0, '2025-02-01')", doses)
    raw.close()
    return [(i, r) for i, _, r in doses]


def links(db: Database) -> list[tuple[int, int | None]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, regimen_id FROM dose ORDER BY id")]


def foreign_keys_on(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_rebuilding_the_schedules_table_keeps_every_dose_linked(tmp_path, scripts):
    db = Database.open(tmp_path / "data")
    before = fill(tmp_path / "data" / "vdtracker.sqlite3")
    assert links(db) == before and foreign_keys_on(db)

    assert migrate.upgrade(db.engine, scripts, WITH_REBUILD) == migrate.HEAD

    assert links(db) == before
    assert sum(r is not None for _, r in links(db)) == 30
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == NEXT
        assert "colour" in [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(regimen)")]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert foreign_keys_on(db)  # the pooled connection the migration used, too
    db.engine.dispose()
    assert foreign_keys_on(db)  # and a brand-new one
    # Still enforced: a schedule with doses can no longer vanish from under them unnoticed.
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM regimen WHERE id = 3")
    assert all(r != 3 for _, r in links(db))
    db.close()


def test_a_broken_link_stops_the_migration_and_leaves_the_file_untouched(tmp_path, scripts):
    folder = tmp_path / "data"
    Database.open(folder).close()
    path = folder / "vdtracker.sqlite3"
    fill(path, dangling=True)
    assert not path.with_name(path.name + "-wal").exists()  # everything is in the main file
    before = path.read_bytes()

    db = Database.open(folder)  # at this code's head: opens without touching anything
    with pytest.raises(LinksBroken) as err:
        migrate.upgrade(db.engine, scripts, WITH_REBUILD)
    assert isinstance(err.value, StorageError)
    assert "could not be brought up to date" in str(err.value)
    assert "nothing was changed" in str(err.value)
    assert foreign_keys_on(db)
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        assert "colour" not in [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(regimen)")]
    db.close()

    assert path.read_bytes() == before
