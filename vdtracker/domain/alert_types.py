"""Alert kinds, severities and the Alert record: data only (wording/ says them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import date
from typing import Any

KINDS = ("dose-due", "missed-dose", "double-dose", "lapsed-maintenance", "recheck-due",
         "level-low", "level-high", "symptom-recurrence", "supply-low")
SEVERITIES = ("urgent", "warning", "info")

@dataclass(frozen=True)
class Alert:
    """An alert as data: what kind, how serious, the date it is about, and its parameters
    (the wording layer says it in the user's language)."""

    kind: str
    severity: str
    date: date
    details: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "severity": self.severity, "date": self.date.isoformat(),
                **{k: _plain(v) for k, v in self.details.items()}}


def _plain(value: object) -> object:
    """Details as JSON can hold them (dates as ISO text, plans and ranges as objects)."""
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def sort_key(alert: Alert) -> tuple[int, int, int]:
    return (SEVERITIES.index(alert.severity), KINDS.index(alert.kind), -alert.date.toordinal())
