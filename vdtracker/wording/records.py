"""What an export holds, what an import adds or skips, and why a record in a file is refused."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date, time

from ..domain.errors import InvalidInput
from .base import Words
from .translate import arg


class RecordWords(Words):
    def count(self, kind: str, n: int) -> str:
        """'3 pain ratings', '1 schedule' (kinds as the export document and backups name them)."""
        said = {
            "supplements": self.tr("%n supplement(s)", None, n),
            "schedules": self.tr("%n schedule(s)", None, n),
            "doses": self.tr("%n dose(s)", None, n),
            "decisions": self.tr("%n clinician decision(s)", None, n),
            "breaks": self.tr("%n time(s) not taken", None, n),
            "pain": self.tr("%n pain rating(s)", None, n),
            "cramps": self.tr("%n cramp entr(y/ies)", None, n),
            "spasms": self.tr("%n spasm entr(y/ies)", None, n),
            "labs": self.tr("%n lab result(s)", None, n),
            "rechecks": self.tr("%n retest date(s)", None, n),
            "settings": self.tr("%n setting(s)", None, n),
        }
        return said.get(kind, f"{n} {kind}")

    def counts(self, counts: Mapping[str, int], empty: str = "") -> str:
        """'12 pain ratings, 3 doses' (kinds with none left out); `empty` when all are none."""
        parts = [self.count(kind, n) for kind, n in counts.items() if n]
        return ", ".join(parts) if parts else (empty or self.tr("nothing"))

    def where(self, kind: str, row: int) -> str:
        """Where a problem is: 'labs, row 4' (the list's position in a JSON file, the line in
        a CSV file), or the list alone."""
        if row <= 0:
            return kind
        return arg(self.tr("%1, row %2"), kind, str(row))

    def problem(self, kind: str, row: int, err: InvalidInput, reason: str) -> str:
        value = "" if err.value in (None, "") else f" {as_written(err.value)}"
        return arg(self.tr("%1: %2%3 — %4"), self.where(kind, row), err.field, value, reason)


def as_written(value: object) -> str:
    """A value as the file has it: -3 (not -3.0), 2025-01-31, 08:30:00; on one line (a line
    break or other control character shown as \\n, \\t, \\x07), at most QUOTED characters."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date | time):
        return value.isoformat()
    text = "".join(_visible(c) for c in str(value))
    return text if len(text) <= QUOTED else text[:QUOTED - 1] + "…"


QUOTED = 60  # characters of a refused value quoted in a message
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(c: str) -> str:
    if c in _ESCAPES:
        return _ESCAPES[c]
    if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c not in "\u200d\u200c":
        return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
    return c


__all__ = ["RecordWords", "as_written"]
