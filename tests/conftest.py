"""Shared fixtures: a real database in a temporary data folder and the services over it."""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class LocalSocketsOnly(socket.socket):
    """Health data never leaves the machine: in the whole test run, any socket but a local
    (AF_UNIX: D-Bus notifications) one fails the test that opened it."""

    def __init__(self, family: int = -1, type: int = -1, proto: int = -1,  # noqa: A002
                 fileno: int | None = None) -> None:
        if fileno is None and family != socket.AF_UNIX:
            raise AssertionError(f"a network socket ({family}) was opened: nothing of the "
                                 "app may talk to a network")
        super().__init__(family, type, proto, fileno)


socket.socket = LocalSocketsOnly  # type: ignore[misc]  # for the whole run, from the start

from vdtracker.app import compose  # noqa: E402
from vdtracker.services.bundle import Services  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.wording import Wording, english  # noqa: E402


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("VDTRACKER_DATABASE_URL", raising=False)
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
