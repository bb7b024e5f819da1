"""The export document as a folder of CSV files, one per record kind (columns as in
docs/export-format.md), and such a folder read back into a Document."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..domain.errors import InvalidInput, reason
from . import limits
from .document import (
    BOOL,
    FLOAT,
    INT,
    KINDS,
    SETTINGS,
    TEXT,
    Document,
    Kind,
    NotAnExport,
    Problem,
    read_row,
)

README = "README.txt"
SETTINGS_COLUMNS = ("key", "value")


# A text cell a spreadsheet would run as a formula starts with one of these (OWASP, "CSV
# injection"); it is written with a `'` before it, and a text that itself starts with `'`s and
# then one of these gets one `'` more, so reading takes exactly one `'` off and nothing is lost.
FORMULA = "=+-@\t\r"
_ESCAPED = re.compile("'*[" + re.escape(FORMULA) + "]")


def escape(text: str) -> str:
    return "'" + text if _ESCAPED.match(text) else text


def unescape(text: str) -> str:
    return text[1:] if text.startswith("'") and _ESCAPED.match(text, 1) else text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return json.dumps(value)  # 50000.0, 7.6: a point for decimals, whatever the locale
    if isinstance(value, str):
        return escape(value)
    return str(value)  # an int: -3 stays a number


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
    return unescape(text) if typ == TEXT else text


def read(folder: Path) -> Document:
    """A CSV export folder as a Document; NotAnExport when it holds none of our files, or a
    file that cannot be read as one (named with its line: no content is quoted)."""
    known = {f"{k.key}.csv": k for k in KINDS}
    present = sorted(folder.glob("*.csv"))
    if not any(p.name in known or p.name == f"{SETTINGS}.csv" for p in present):
        raise NotAnExport(reason("not-a-csv-export"))
    doc = Document()
    for path in present:
        if not limits.inside(folder, path):  # a link out of the export is never read
            raise NotAnExport(reason("csv-link", name=path.name))
        kind = known.get(path.name)
        if kind is None and path.name != f"{SETTINGS}.csv":
            doc.problems.append(Problem(path.stem, 0, InvalidInput(
                "file", path.name, reason("export-list", lists=", ".join(known)))))
            continue
        rows = _rows(path)
        if kind is None:
            _settings(path.name, rows, doc)
        else:
            _records(kind, rows, doc)
    return doc


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    """Each row of one csv file with the line it starts on; the header first."""
    try:
        text = limits.read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotAnExport(reason("csv-encoding")) from None
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > limits.MAX_LINE:
            raise NotAnExport(reason("csv-line-long", name=path.name, line=number,
                                     limit=limits.MAX_LINE))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error:  # a quote not closed, or text after a closing quote
            raise NotAnExport(reason("csv-quote", name=path.name, line=start)) from None
        if row:
            rows.append((start, row))


def _header(key: str, rows: list[tuple[int, list[str]]], doc: Document,
            allowed: tuple[str, ...]) -> tuple[str, ...] | None:
    """The columns, or None after naming each one unknown or named twice."""
    columns = tuple(rows[0][1]) if rows else ()
    ok = True
    for i, name in enumerate(columns):
        if name not in allowed:
            doc.problems.append(Problem(key, 1, InvalidInput(
                name, "", reason("export-field", fields=", ".join(allowed)))))
            ok = False
        elif name in columns[:i]:
            doc.problems.append(Problem(key, 1, InvalidInput(name, "", reason("csv-twice"))))
            ok = False
    return columns if ok else None


def _cells(key: str, line: int, columns: tuple[str, ...], cells: list[str],
           doc: Document) -> dict[str, str] | None:
    if len(cells) > len(columns):
        doc.problems.append(Problem(key, line, InvalidInput(
            "row", len(cells), reason("csv-cells", columns=len(columns)))))
        return None
    return dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True))


def _records(kind: Kind, rows: list[tuple[int, list[str]]], doc: Document) -> None:
    columns = _header(kind.key, rows, doc, kind.names)
    if columns is None:
        return
    types = dict(kind.fields)
    for line, cells in rows[1:]:
        raw = _cells(kind.key, line, columns, cells, doc)
        if raw is not None:
            read_row(kind, line, {n: _value(types[n], v) for n, v in raw.items()}, doc)


def _settings(name: str, rows: list[tuple[int, list[str]]], doc: Document) -> None:
    columns = _header(SETTINGS, rows, doc, SETTINGS_COLUMNS)
    if columns is None:
        return
    for line, cells in rows[1:]:
        raw = _cells(SETTINGS, line, columns, cells, doc)
        if raw is None:
            continue
        key, value = unescape(raw.get("key", "")), unescape(raw.get("value", ""))
        if not key:
            doc.problems.append(Problem(SETTINGS, line, InvalidInput(
                "key", "", reason("required"))))
        elif key in doc.settings:
            doc.problems.append(Problem(SETTINGS, line, InvalidInput(
                key, "", reason("setting-twice"))))
        else:
            doc.settings[key] = value
            doc.setting_rows[key] = line


__all__ = ["README", "files", "read"]
