"""Today's order of the alerts: the one to act on first, the rest after it, and a lab warning
the patient has discussed with their clinician last and quiet (never gone).

The rules (issue 25): a lapsed maintenance schedule always leads, whatever else is in force;
then the alerts by severity and kind (alert_types.sort_key); a rise in pain, night cramps and
spasm is told as one alert that names each; a level flag the patient marked "discussed with my
clinician" stays in the list, last and quiet, until the next result of that test is entered
(another result is another id: the mark no longer matches it, and the flag is loud again)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .alert_types import Alert, sort_key

LEADS = "lapsed-maintenance"
RECURRENCE = "symptom-recurrence"
# the flags a patient may mark as discussed: a result outside its range, not the urgent ones
# (calcium above its range carries the red-flag text, which must stay loud)
DISCUSSABLE = ("level-low", "level-high")


@dataclass(frozen=True)
class Discussed:
    """A result the patient marked as discussed with their clinician, on the day they did."""

    lab_id: int
    value: float  # a result changed since (a typo mended) is not the one that was discussed
    on: date


def discussable(alert: Alert) -> bool:
    return alert.kind in DISCUSSABLE and alert.severity != "urgent"


def mark_of(alert: Alert, on: date) -> Discussed | None:
    """What marking this alert as discussed on `on` stores (None: it cannot be marked)."""
    if not discussable(alert):
        return None
    d = alert.details
    return Discussed(int(d["lab_id"]), float(d["value"]), on)


def is_quiet(alert: Alert) -> bool:
    """Marked as discussed: told in one calm line, after every other alert."""
    return alert.details.get("discussed") is not None


def rank(alerts: Sequence[Alert], discussed: Mapping[str, Discussed]) -> list[Alert]:
    """The alerts in Today's order, rises in symptoms merged into one, the discussed quiet."""
    marked = [_with_mark(a, discussed) for a in alerts]
    rises = [a for a in marked if a.kind == RECURRENCE]
    if len(rises) > 1:
        merged = Alert(RECURRENCE, min(rises, key=sort_key).severity, max(a.date for a in rises),
                       {"symptoms": tuple(a.details["symptom"] for a in rises),
                        "parts": tuple(rises)})
        marked = [a for a in marked if a.kind != RECURRENCE] + [merged]
    return sorted(marked, key=lambda a: (is_quiet(a), a.kind != LEADS, *sort_key(a)))


def _with_mark(alert: Alert, discussed: Mapping[str, Discussed]) -> Alert:
    if not discussable(alert):
        return alert
    d = alert.details
    mark = discussed.get(str(d["analyte"]))
    if mark is None or mark.lab_id != d["lab_id"] or mark.value != d["value"]:
        return alert
    return replace(alert, details={**d, "discussed": mark.on})
