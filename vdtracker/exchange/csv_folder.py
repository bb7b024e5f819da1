"""The export document as a folder of CSV files, one per record kind (columns as in
docs/export-format.md), and such a folder read back into a Document."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..domain.errors import InvalidInput, reason
from .document import (
    BOOL,
    FLOAT,
    INT,
    KINDS,
    SETTINGS,
    Document,
    Kind,
    NotAnExport,
    Problem,
    read_row,
)

README = "README.txt"
SETTINGS_COLUMNS = ("key", "value")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return json.dumps(value)  # 50000.0, 7.6: a point for decimals, whatever the locale
    return str(value)


def _table(columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")  # RFC 4180, what spreadsheets expect
    w.writerow(columns)
    w.writerows(tuple(_cell(v) for v in row) for row in rows)
    return out.getvalue().encode("utf-8-sig")  # the BOM makes spreadsheets read UTF-8


def files(document: Mapping[str, Any]) -> dict[str, bytes]:
    """File name -> contents for every kind (a kind with no records gets its header only)."""
    out = {}
    for kind in KINDS:
        rows = [tuple(r.get(n) for n in kind.names) for r in document.get(kind.key, [])]
        out[f"{kind.key}.csv"] = _table(kind.names, rows)
    settings = sorted(document.get(SETTINGS, {}).items())
    out[f"{SETTINGS}.csv"] = _table(SETTINGS_COLUMNS, settings)
    out[README] = (str(document.get("contains", "")) + "\r\n"
                   "Dates are YYYY-MM-DD, decimals use a point; see docs/export-format.md in "
                   "VD Tracker's source for every column.\r\n").encode()
    return out


def _value(typ: str, text: str) -> Any:
    """A cell as the JSON value the document reader expects (text it cannot read is passed
    on as it is, so the reader names the field and what is allowed)."""
    if text == "":
        return None
    try:
        if typ == INT:
            return int(text)
        if typ == FLOAT:
            number = float(text)
            return number if math.isfinite(number) else text
    except ValueError:
        return text
    if typ == BOOL:
        return {"true": True, "false": False}.get(text.strip().lower(), text)
    return text


def read(folder: Path) -> Document:
    """A CSV export folder as a Document; NotAnExport when it holds none of our files."""
    known = {f"{k.key}.csv": k for k in KINDS}
    present = [p for p in sorted(folder.glob("*.csv"))]
    if not any(p.name in known or p.name == f"{SETTINGS}.csv" for p in present):
        raise NotAnExport(reason("not-a-csv-export"))
    try:
        return _read(present, known)
    except UnicodeDecodeError:
        raise NotAnExport(reason("csv-encoding")) from None
    except csv.Error:
        raise NotAnExport(reason("not-csv")) from None


def _read(present: list[Path], known: dict[str, Kind]) -> Document:
    doc = Document()
    for path in present:
        kind = known.get(path.name)
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            columns = tuple(reader.fieldnames or ())
            if path.name == f"{SETTINGS}.csv":
                doc.settings = {r["key"]: r["value"] for r in reader
                                if r.get("key") and r.get("value") is not None}
                continue
            if kind is None:
                doc.problems.append(Problem(path.stem, 0, InvalidInput(
                    "file", path.name, reason("export-list", lists=", ".join(known)))))
                continue
            types = dict(kind.fields)
            for name in columns:
                if name not in types:
                    doc.problems.append(Problem(kind.key, 1, InvalidInput(
                        name, "", reason("export-field", fields=", ".join(kind.names)))))
            if any(name not in types for name in columns):
                continue
            for raw in reader:
                line = reader.line_num
                if None in raw:  # more cells than columns
                    doc.problems.append(Problem(kind.key, line, InvalidInput(
                        "row", len(columns) + len(raw[None]), reason("csv-cells",
                                                                     columns=len(columns)))))
                    continue
                read_row(kind, line, {n: _value(types[n], v or "") for n, v in raw.items()},
                         doc)
    return doc


__all__ = ["README", "files", "read"]
