"""The database engines a store test runs on: SQLite always, PostgreSQL when a server is named.

`VDTRACKER_TEST_POSTGRES_URL` names a server the tests may create databases on (`.ci/run`
starts one): e.g. `postgresql+psycopg://postgres@/vdtracker_test?host=/tmp/pgsock` (a unix
socket: the test run allows no network socket). Its database name is only a prefix; the
tests connect to `postgres` to create and drop their own.

Every test under tests/storage, tests/services and tests/cli that uses a store (the `db` and
`svc` fixtures, or `store_engine` itself) runs once per engine, `[sqlite]` and `[postgresql]`,
unless marked `sqlite_only` (it is about SQLite files: backups, damage, WAL, file modes) or
`postgres_only`. Without a server the PostgreSQL runs are skipped with one line saying why.

As in the product, one data folder is one person's store: on PostgreSQL each folder a test
opens gets a fresh database of its own (`paths.database_url` answers with it), created on
first use and dropped after the test (in batches); `cli_env` hands the same address to a
command. Those databases are copies of one the session migrated to head (a copy takes 0.03 s,
migrating an empty one 0.25 s); the tests of migrating itself ask `pg_server.create()` for an
empty one.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from vdtracker import paths
from vdtracker.storage import migrate

POSTGRES_ENV = "VDTRACKER_TEST_POSTGRES_URL"
BOTH_ENGINES_IN = ("storage", "services", "cli")  # tests/<folder>
NO_SERVER = f"no PostgreSQL server: set {POSTGRES_ENV} (.ci/run starts one)"
DROP_EVERY = 25  # finished tests' databases (7.5 MB each) kept before they are dropped together


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_engine" not in metafunc.fixturenames:
        return
    here = Path(str(metafunc.definition.path)).parent.name
    marked = metafunc.definition.get_closest_marker
    if marked("sqlite_only") or (here not in BOTH_ENGINES_IN and not marked("postgres_only")):
        return  # store_engine stays "sqlite", and the test id its own
    postgres = pytest.param("postgresql", marks=pytest.mark.skipif(
        not os.environ.get(POSTGRES_ENV), reason=NO_SERVER))
    engines = [postgres] if marked("postgres_only") else ["sqlite", postgres]
    metafunc.parametrize("store_engine", engines, indirect=True)


class Server:
    """The test server: a fresh database for each data folder, dropped after its test."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.prefix = f"{self.url.database or 'vdtracker_test'}_{os.getpid()}"
        self.admin: Engine = create_engine(self.url.set(database="postgres"),
                                           isolation_level="AUTOCOMMIT")
        self.numbers = itertools.count(1)
        with self.admin.connect() as conn:
            version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
        # WAL_LOG (15's default) copies a database without the checkpoint FILE_COPY forces: after
        # a few tests' writes that checkpoint made each copy take 0.3-0.5 s instead of 0.03 s.
        self.strategy = " STRATEGY WAL_LOG" if version >= 150000 else ""
        self.head: str | None = None  # the template at this code's schema, made when first asked
        self.finished: list[str] = []  # dropped DROP_EVERY at a time: a drop slows the next copy

    def create(self, at_head: bool = False) -> str:
        """A new database: empty, or a copy of one migrated to this code's head."""
        if at_head and self.head is None:
            self.head = self.create()
            engine = create_engine(self.head)
            try:
                migrate.upgrade(engine)
            finally:
                engine.dispose()
        name = f"{self.prefix}_{next(self.numbers)}"
        template = f' TEMPLATE "{make_url(self.head).database}"' if at_head and self.head else ""
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"{template}{self.strategy}')
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str, now: bool = True) -> None:
        self.finished.append(str(make_url(url).database))
        if now or len(self.finished) >= DROP_EVERY:
            with self.admin.connect() as conn:  # WITH (FORCE): a command killed by its test
                for name in self.finished:
                    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self.finished.clear()

    def execute(self, *statements: str) -> None:
        """Statements as the server's superuser (roles, grants)."""
        with self.admin.connect() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(NO_SERVER)
    server = Server(url)  # a server that was named but cannot be reached fails, loudly
    yield server
    if server.head:
        server.drop(server.head)  # and every one not dropped yet
    server.admin.dispose()


@pytest.fixture
def store_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
                 ) -> Iterator[str]:
    """"sqlite" or "postgresql": the engine every store this test opens is on."""
    engine: str = getattr(request, "param", "sqlite")
    monkeypatch.delenv(paths.ENV_DATABASE_URL, raising=False)
    if engine == "sqlite":
        yield engine
        return
    server: Server = request.getfixturevalue("pg_server")
    made: dict[Path, str] = {}

    def database_url(folder: Path) -> str:
        key = Path(folder).resolve()
        if key not in made:
            made[key] = server.create(at_head=True)
        return made[key]

    monkeypatch.setattr(paths, "database_url", database_url)
    try:
        yield engine
    finally:
        for url in made.values():
            server.drop(url, now=False)


def cli_env(folder: Path, env: dict[str, str]) -> dict[str, str]:
    """A command's environment for `folder`: on PostgreSQL, the address of its database."""
    url = paths.database_url(folder)
    if not url.startswith("sqlite"):
        env[paths.ENV_DATABASE_URL] = url
    return env
