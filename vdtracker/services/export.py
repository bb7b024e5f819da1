"""Exports a user asks for (json, csv, FHIR, iCalendar), and reading an export back for import.
Every file is written beside its target, readable by the user only, then renamed into place."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from ..domain.errors import InvalidInput, reason
from ..exchange import csv_folder, ics, limits
from ..exchange.document import KINDS, SETTINGS, Document, NotAnExport, read
from ..storage import backups
from ..storage import repositories as repo
from ..storage.beside import PART, remove_leftovers, written_beside
from ..storage.database import Database
from ..wording import Wording
from . import records
from . import settings as opts
from .out_files import check_target, store_folder

SQLITE_HEADER = b"SQLite format 3\x00"


class ExportService:
    def __init__(self, db: Database, settings: opts.SettingsService) -> None:
        self.db = db
        self.settings = settings

    def _target(self, path: Path, kind: str | None = None) -> Path:
        """`path`, unless writing it would replace the store (or any database: a backup), go
        into the backups folder, or replace a file of another kind (out_files.check_target);
        `kind` None: the csv folder (an earlier export's folder is checked when written)."""
        path = Path(path)
        store = store_folder(self.db.where, self.db.url)
        if kind is not None:
            return check_target(path, kind, store)
        if (store is not None and backups.overwrites_store(path, store)) or (
                path.is_file() and backups.is_sqlite_file(path)):
            raise InvalidInput("out", str(path), reason("out-is-database"))
        if store is not None and backups.folder_of(store).resolve() in (
                path.resolve(), *path.resolve().parents):
            raise InvalidInput("out", str(path), reason("out-in-backups"))
        return path

    def document(self) -> dict[str, Any]:
        """Everything stored, as the export document (exchange/document.py)."""
        with self.db.reading() as s:
            return records.document(s)

    def json(self, path: Path) -> dict[str, int]:
        """The lossless export; returns how many records of each kind it holds."""
        path = self._target(path, "json")
        doc = self.document()
        write_private(path, json_bytes(doc))
        return counts(doc)

    def csv(self, folder: Path) -> dict[str, int]:
        """One CSV file per kind in `folder` (new, empty, or an earlier csv export)."""
        folder = self._target(folder)
        doc = self.document()
        write_folder(folder, csv_folder.files(doc))
        return counts(doc)

    def fhir(self, path: Path, today: date) -> dict[str, int]:
        """A FHIR R4 Bundle (a Patient only when the summary's name is set)."""
        from ..exchange import fhir

        path = self._target(path, "json")
        with private_file(path) as out:  # first: a place that cannot be written changes nothing
            doc = self.document()
            name = self.settings.get(opts.SUMMARY_NAME) or None
            born = self.settings.get(opts.SUMMARY_BIRTH_DATE)
            store_id, new = self._store_id()
            bundle = fhir.bundle(doc, today=today, patient_name=name, birth_date=born,
                                 store_id=store_id)
            out.write(json.dumps(bundle, ensure_ascii=False, indent=1).encode() + b"\n")
        self._keep(store_id, new)
        return counts(doc)

    def ics(self, path: Path, words: Wording) -> int:
        """Write the calendar file in `words`' language (all at once: a failed write leaves
        no half file)."""
        path = self._target(path, "ics")
        with private_file(path) as out:  # made first: a place that cannot be written changes
            with self.db.reading() as s:  # nothing, not even a setting read brings up to date
                regimens = repo.regimens(s)
            hide = self.settings.get(opts.HIDE_NAMES)
            store_id, new = self._store_id()
            out.write(ics.calendar(regimens, store_id, hide, words.calendar))
        self._keep(store_id, new)
        return len(ics.exportable(regimens))

    def _store_id(self) -> tuple[str, bool]:
        """This store's id for exported UIDs, and whether it is new (kept only once the file
        is written: a failed export leaves the database as it was)."""
        known = self.settings.get(opts.STORE_ID)
        return (known, False) if known else (uuid.uuid4().hex, True)

    def _keep(self, store_id: str, new: bool) -> None:
        if new:
            self.settings.update(opts.STORE_ID, lambda old: old or store_id)


def json_bytes(doc: Mapping[str, Any]) -> bytes:
    """The same data gives the same bytes: keys in schema order, one record a line."""
    lines = ["{"]
    head = [(k, v) for k, v in doc.items() if k not in {kind.key for kind in KINDS}
            and k != SETTINGS]
    for key, value in head:
        lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    for kind in KINDS:
        rows = [json.dumps(r, ensure_ascii=False) for r in doc.get(kind.key, [])]
        body = (",\n  ".join(rows)).join(("[\n  ", "\n ]")) if rows else "[]"
        lines.append(f" {json.dumps(kind.key)}: {body},")
    lines.append(f" {json.dumps(SETTINGS)}: "
                 f"{json.dumps(doc.get(SETTINGS, {}), ensure_ascii=False, sort_keys=True)}")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode()


def counts(doc: Mapping[str, Any]) -> dict[str, int]:
    return {kind.key: len(doc.get(kind.key, [])) for kind in KINDS}


def load(path: Path) -> Document:
    """A json export file or a csv export folder, read with limits (exchange/limits.py);
    NotAnExport when it is neither, or outside them."""
    path = Path(path)
    if limits.kind_of(path) == "dir":
        return csv_folder.read(path)
    if path.suffix.lower() == ".csv":  # one file of a csv export: the folder is meant
        return csv_folder.read(path.parent)
    data = limits.read_bytes(path)
    if data.startswith(SQLITE_HEADER):
        raise NotAnExport(reason("import-backup"))
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise NotAnExport(reason("json-too-deep", levels=limits.MAX_DEPTH)) from None
    except (UnicodeDecodeError, ValueError):
        raise NotAnExport(reason("not-json")) from None
    limits.check_parsed(parsed)
    return read(parsed)


def write_private(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, readable by the user only, flushed to disk,
    then rename: the target is the old file or the whole new one, never half of one."""
    with private_file(path) as f:
        f.write(data)


@contextmanager
def private_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path` through: made beside it (readable by the user only) before the
    caller works out what goes in, flushed to disk and renamed into place on leaving; removed
    if the caller fails."""
    with written_beside(Path(path)) as tmp, tmp.open("wb") as f:
        yield f


def write_folder(folder: Path, files: Mapping[str, bytes]) -> None:
    """Write every file into a new folder beside `folder` (0700, files 0600), then put it in
    place. An existing `folder` must be empty or hold only an earlier export's files."""
    if folder.exists() and (not folder.is_dir()
                            or any(p.name not in files for p in folder.iterdir())):
        raise InvalidInput("out", str(folder), reason("out-not-empty"))
    remove_leftovers(folder.parent, f".{folder.name}.")  # a killed export's part folder
    tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.{os.getpid()}.",
                                suffix=PART))
    old = None
    try:
        for name, data in files.items():
            write_private(tmp / name, data)
        if folder.exists():
            old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
            os.replace(folder, old)
        os.replace(tmp, folder)
    except BaseException:
        if old is not None and not folder.exists():
            os.replace(old, folder)
            old = None
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


__all__ = ["ExportService", "NotAnExport", "counts", "json_bytes", "load", "write_folder",
           "write_private"]
