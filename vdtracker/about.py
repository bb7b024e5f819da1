"""What Help ▸ About tells: the version, the libraries VD Tracker runs on (read from the
installed packages, with their versions and licences), and the database engine."""

from __future__ import annotations

import os
import platform
import re
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata

from . import __version__

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_TEST = re.compile(r"""(sys_platform|platform_system|os_name)\s*(==|!=)\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def _wanted(requirement: str) -> str | None:
    """The name of a requirement this installation needs (not an extra's, not another
    platform's), or None."""
    name, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    if marker.strip() and not _applies(marker):
        return None
    found = _NAME.match(name)
    return found.group(1) if found else None


def _applies(marker: str) -> bool:
    """Whether an environment marker holds here (packaging's reading when it is installed;
    else the platform tests that matter: sys_platform, platform_system, os_name)."""
    try:
        from packaging.markers import Marker
    except ImportError:
        here = {"sys_platform": sys.platform, "platform_system": platform.system(),
                "os_name": os.name}
        return all((here[key] == value) == (op == "==")
                   for key, op, value in _TEST.findall(marker))
    return bool(Marker(marker).evaluate())


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License")
    if text and "\n" not in text and len(text) <= 60:
        return text
    kinds = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
             if c.startswith("License ::")]
    return ", ".join(kinds) or "see the package"


def libraries(root: str = "vdtracker") -> list[Library]:
    """Every package `root` needs to run, its own and theirs, sorted by name."""
    seen: dict[str, Library] = {}
    todo = [r for r in (metadata.requires(root) or [])]
    while todo:
        name = _wanted(todo.pop())
        if name is None or name.lower() in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # provided another way (a frozen bundle lists what it holds)
        seen[name.lower()] = Library(dist.metadata["Name"], dist.version,
                                     _licence(dist.metadata))
        todo.extend(dist.requires or [])
    return sorted(seen.values(), key=lambda lib: lib.name.lower())


def engine(url: str) -> str:
    """'SQLite 3.40.1' or 'PostgreSQL' for the database URL in use."""
    if url.startswith("sqlite"):
        return f"SQLite {sqlite3.sqlite_version}"
    if url.startswith("postgresql"):
        return "PostgreSQL"
    return url.split(":", 1)[0]


__all__ = ["Library", "__version__", "engine", "libraries"]
