"""Health data never leaves the machine: any socket but a local (AF_UNIX: D-Bus notifications)
one fails. Installed for the whole test run (tests/conftest.py) and, through sitecustomize.py
on PYTHONPATH, in every Python process the tests start (the command line, the window). Each
attempt is also written to the file NO_NETWORK_LOG names, so one that code under test catches
(an `except Exception`) still fails the test that made it."""

from __future__ import annotations

import os
import socket
import traceback

LOG = "NO_NETWORK_LOG"


class LocalSocketsOnly(socket.socket):
    def __init__(self, family: int = -1, type: int = -1, proto: int = -1,  # noqa: A002
                 fileno: int | None = None) -> None:
        if fileno is None and family != socket.AF_UNIX:
            said = f"a network socket ({family}) was opened: nothing of the app may talk to a " \
                   "network"
            record(said)
            raise AssertionError(said)
        super().__init__(family, type, proto, fileno)


def record(said: str) -> None:
    path = os.environ.get(LOG)
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"pid {os.getpid()}: {said}\n{''.join(traceback.format_stack(limit=8))}\n")


def install() -> None:
    socket.socket = LocalSocketsOnly  # type: ignore[misc]
