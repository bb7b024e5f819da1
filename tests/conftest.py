"""Shared fixtures: a real database in a temporary data folder and the services over it."""

from __future__ import annotations

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


GUARD = os.path.join(os.path.dirname(__file__), "no_network")
sys.path.insert(0, GUARD)
import no_network  # noqa: E402

no_network.install()  # for the whole run, from the start
# ... and for every Python process a test starts (the command line, the window)
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (GUARD, os.environ.get("PYTHONPATH"))
                                           if p)

import tempfile  # noqa: E402

os.environ[no_network.LOG] = tempfile.mkstemp(prefix="vdtracker-no-network-", suffix=".log")[1]


@pytest.fixture(autouse=True)
def no_network_attempt():
    """After every test: no socket was tried, even one the code under test caught."""
    yield
    path = os.environ[no_network.LOG]
    with open(path, encoding="utf-8") as f:
        tried = f.read()
    if tried:
        open(path, "w").close()  # noqa: SIM115  (emptied for the next test)
        pytest.fail("A network socket was tried:\n" + tried)


# A URL in the caller's shell must not send a test (or the processes it starts) to a server.
os.environ.pop("VDTRACKER_DATABASE_URL", None)

# store_engine, pg_server: every store test on SQLite, and on PostgreSQL when a server is named
pytest_plugins = ["engines"]

from vdtracker.app import compose  # noqa: E402
from vdtracker.services.bundle import Services  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.wording import Wording, english  # noqa: E402


@pytest.fixture
def db(tmp_path, store_engine):
    database = Database.open(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def svc(db) -> Services:
    """The same bundle the window and the CLI are handed (composed in app.compose)."""
    return compose(db)


@pytest.fixture
def words() -> Wording:
    return english()


@pytest.fixture
def umask_022():
    """A common umask, under which a careless create would give group/world read."""
    old = os.umask(0o022)
    yield
    os.umask(old)
