"""A clinic server: every migration goes down and up on both engines, one database per person
keeps two patients apart (and a patient's role out of another's database), a busy or shared
database is said in a sentence, and two desktops starting at once migrate once."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from builders import add_lab, add_schedule, log_pain
from vdtracker import paths
from vdtracker.app import compose
from vdtracker.domain.personal import Personal
from vdtracker.models import Base
from vdtracker.services.summary_options import SummaryOptions, keep, stored
from vdtracker.storage import migrate
from vdtracker.storage.database import Database
from vdtracker.storage.errors import DatabaseLocked, DatabaseUnreadable

TODAY = date(2025, 6, 1)


def history(db: Database, who: str, score: float) -> None:
    """A course with a dose and the clinician's "no maintenance", a pain rating, a lab result,
    and the name printed on the summary: something in every table."""
    svc = compose(db)
    add_schedule(svc, supplement=f"Vitamin D3 for {who}", amount=50000, unit="IU", every_days=7,
                 start=date(2025, 1, 5), weeks=12, phase="loading")
    svc.doses.record(supplement=f"Vitamin D3 for {who}", day=date(2025, 1, 5),
                             today=TODAY)
    svc.regimens.no_maintenance(1, day=date(2025, 4, 1), today=TODAY, note=f"{who}'s clinic")
    log_pain(svc, score, day=date(2025, 1, 20), today=TODAY, note=f"{who}'s neck")
    add_lab(svc, "vitamin-d", "19", "nmol/L", day=date(2025, 1, 2), today=TODAY)
    keep(svc.settings, SummaryOptions(Personal(who)), TODAY)


def revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return migrate.current_revision(conn)


def test_every_migration_goes_down_and_up_keeping_the_rows_it_can(db, store_engine):
    history(db, "Anna", 6.0)
    for back_to, gone in (("0002", "decision"), ("0001", None)):
        migrate.downgrade(db.engine, back_to)
        assert revision(db) == back_to
        with db.engine.connect() as conn:
            assert gone is None or gone not in inspect(conn).get_table_names()
            # the schedules table is rebuilt on SQLite: its dose must still point at it
            assert conn.execute(text("SELECT regimen_id FROM dose")).scalars().all() == [1]
    assert "remind_at" not in {c["name"] for c in inspect(db.engine).get_columns("regimen")}
    migrate.upgrade(db.engine)
    assert revision(db) == migrate.HEAD
    svc = compose(db)
    [course] = svc.regimens.list(TODAY)
    assert (course.supplement, course.remind_at) == ("Vitamin D3 for Anna", None)
    assert [p["score"] for p in svc.export.document()["pain"]] == [6.0]

    migrate.downgrade(db.engine, "base")
    assert revision(db) is None
    assert set(Base.metadata.tables).isdisjoint(inspect(db.engine).get_table_names())
    migrate.upgrade(db.engine)
    assert revision(db) == migrate.HEAD
    history(db, "Anna", 5.0)  # an empty store at head again, working
    assert [p["score"] for p in compose(db).export.document()["pain"]] == [5.0]


def test_two_patients_data_never_mix(tmp_path, store_engine):
    """One database per person: Anna's desktop and Ben's open their own stores (on SQLite two
    files, on PostgreSQL two databases on one server) and neither ever sees the other's rows."""
    anna, ben = Database.open(tmp_path / "anna"), Database.open(tmp_path / "ben")
    try:
        assert anna.url != ben.url
        history(anna, "Anna", 6.0)
        history(ben, "Ben", 2.0)
        for db, who, other, score in ((anna, "Anna", "Ben", 6.0), (ben, "Ben", "Anna", 2.0)):
            svc = compose(db)
            doc = svc.export.document()
            assert [p["score"] for p in doc["pain"]] == [score]
            assert [p["note"] for p in doc["pain"]] == [f"{who}'s neck"]
            assert [r.supplement for r in svc.regimens.list(TODAY)] == [f"Vitamin D3 for {who}"]
            assert stored(svc.settings).personal.name == who
            assert other not in repr(doc)
            assert [d["supplement"] for d in doc["doses"]] == [f"Vitamin D3 for {who}"]
            assert [d["note"] for d in doc["decisions"]] == [f"{who}'s clinic"]
    finally:
        anna.close()
        ben.close()


@pytest.mark.postgres_only
def test_a_patients_role_cannot_open_another_patients_database(tmp_path, pg_server,
                                                               monkeypatch):
    """The README's set-up, as the clinic runs it: a role and a database per patient, the
    database closed to everyone else. Ben's desktop pointed at Anna's database is refused."""
    tag = f"{pg_server.prefix}_{tmp_path.name}".replace("-", "_").lower()
    urls, roles = {}, []
    try:
        for who in ("anna", "ben"):
            role, url = f"{tag}_{who}", pg_server.create()
            name = make_url(url).database
            pg_server.execute(f'CREATE ROLE "{role}" LOGIN',
                              f'ALTER DATABASE "{name}" OWNER TO "{role}"',
                              f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
            roles.append(role)
            urls[who] = make_url(url).set(username=role).render_as_string(hide_password=False)
        urls["ben-on-annas"] = make_url(urls["anna"]).set(username=f"{tag}_ben") \
            .render_as_string(hide_password=False)
        monkeypatch.setattr(paths, "database_url", lambda folder: urls[folder.name])

        anna = Database.open(tmp_path / "anna")  # her desktop creates the tables: hers
        history(anna, "Anna", 6.0)
        anna.close()
        with pytest.raises(DatabaseUnreadable) as err:
            Database.open(tmp_path / "ben-on-annas")
        assert err.value.kind == "unreachable" and "permission denied" in str(err.value)

        # Even let in (a grant made by mistake), Ben reads none of Anna's tables.
        pg_server.execute(f'GRANT CONNECT ON DATABASE "{make_url(urls["anna"]).database}" '
                          f'TO "{tag}_ben"')
        with pytest.raises(DatabaseUnreadable) as err:
            Database.open(tmp_path / "ben-on-annas")
        assert "permission denied" in str(err.value)
    finally:
        for url in urls.values():
            pg_server.drop(url)
        for role in roles:
            pg_server.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://anna@/postgres?host=/nowhere",
    "postgresql+psycopg://anna@/template1?host=/nowhere",
    "postgresql+psycopg://anna@clinic.example/",
])
def test_a_shared_database_or_none_is_refused_before_connecting(tmp_path, monkeypatch, url):
    monkeypatch.setenv(paths.ENV_DATABASE_URL, url)
    with pytest.raises(DatabaseUnreadable) as err:
        Database.open(tmp_path / "data")
    assert err.value.kind == "shared-database"
    assert "each diary needs a database of its own" in str(err.value)


@pytest.mark.postgres_only
def test_a_table_another_desktop_holds_is_a_known_error_and_saves_nothing(tmp_path,
                                                                           store_engine):
    db = Database.open(tmp_path / "data", busy_timeout=0.1)
    blocker = create_engine(db.url)
    try:
        with blocker.begin() as conn:
            conn.execute(text("LOCK TABLE pain_entry IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(DatabaseLocked) as err:
                log_pain(compose(db), 3, day=date(2025, 1, 1), today=date(2025, 1, 1))
        assert "in use by another program" in str(err.value)
        assert compose(db).export.document()["pain"] == []
    finally:
        blocker.dispose()
        db.close()


@pytest.mark.postgres_only
def test_two_desktops_opening_a_new_database_at_once_both_start(tmp_path, pg_server,
                                                                monkeypatch):
    folder, url = tmp_path / "data", pg_server.create()  # new and empty: both will migrate it
    monkeypatch.setattr(paths, "database_url", lambda _folder: url)
    start = threading.Barrier(2)
    opened: list[Database] = []
    failed: list[BaseException] = []

    def desktop() -> None:
        start.wait()
        try:
            opened.append(Database.open(folder))
        except BaseException as err:  # noqa: BLE001  (reported below, in the test's thread)
            failed.append(err)

    threads = [threading.Thread(target=desktop) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert failed == [] and len(opened) == 2
        assert {revision(db) for db in opened} == {migrate.HEAD}
    finally:
        for db in opened:
            db.close()
        pg_server.drop(url)
