"""Health data never leaves the machine: any socket but a local (AF_UNIX: D-Bus notifications)
one fails. Installed for the whole test run (tests/conftest.py) and, through sitecustomize.py
on PYTHONPATH, in every Python process the tests start (the command line, the window)."""

from __future__ import annotations

import socket


class LocalSocketsOnly(socket.socket):
    def __init__(self, family: int = -1, type: int = -1, proto: int = -1,  # noqa: A002
                 fileno: int | None = None) -> None:
        if fileno is None and family != socket.AF_UNIX:
            raise AssertionError(f"a network socket ({family}) was opened: nothing of the "
                                 "app may talk to a network")
        super().__init__(family, type, proto, fileno)


def install() -> None:
    socket.socket = LocalSocketsOnly  # type: ignore[misc]
