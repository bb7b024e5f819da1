"""What Help ▸ About tells: the version, the libraries VD Tracker runs on (read from the
installed packages, with their versions and licences), and the database engine."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from importlib import metadata

from packaging.requirements import InvalidRequirement, Requirement

from . import __version__


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def _wanted(requirement: str) -> str | None:
    """The name of a requirement this installation needs (not an extra's, not another
    platform's or Python's: its environment marker as pip reads it), or None."""
    try:
        parsed = Requirement(requirement)
    except InvalidRequirement:
        return None
    # no extra is asked for: a requirement only an extra brings is not installed for us
    if parsed.marker is not None and not parsed.marker.evaluate({"extra": ""}):
        return None
    return parsed.name


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
