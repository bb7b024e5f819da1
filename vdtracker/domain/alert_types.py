"""Alert kinds, severities and the Alert record; the red-flag text and the forbidden phrases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("dose-due", "missed-dose", "double-dose", "lapsed-maintenance", "recheck-due",
         "level-low", "level-high", "symptom-recurrence")
SEVERITIES = ("urgent", "warning", "info")

RED_FLAG = ("Signs of too much vitamin D include nausea, vomiting, excessive thirst or "
            "urination, confusion, or very high calcium on a report: contact your clinician "
            "promptly, or emergency services if severe.")

# Words the app must never use about doses or levels (DOMAIN.md, "Where a diary must stop").
FORBIDDEN_PHRASES = ("you should take", "increase", "decrease your", "safe dose",
                     "optimal level", "restart", "at risk")


@dataclass(frozen=True)
class Alert:
    kind: str
    severity: str
    date: date
    message: str
    details: dict[str, object] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "severity": self.severity, "date": self.date.isoformat(),
                "message": self.message, **self.details}


def day_text(d: date) -> str:
    """'3 Feb 2026' without depending on the locale."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{d.day} {months[d.month - 1]} {d.year}"


def weekday_day_text(d: date) -> str:
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    return f"{names[d.weekday()]} {day_text(d)}"


def ago(days: int) -> str:
    if days == 0:
        return "today"
    if days > 0:
        return "1 day ago" if days == 1 else f"{days} days ago"
    return "tomorrow" if days == -1 else f"in {-days} days"


def sort_key(alert: Alert) -> tuple[int, str, int]:
    return (SEVERITIES.index(alert.severity), KINDS.index(alert.kind), -alert.date.toordinal())
