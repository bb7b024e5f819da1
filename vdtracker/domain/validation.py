"""Checks on what a user types: dates, counts, minutes, free text and dose typos."""

from __future__ import annotations

import math
from datetime import date

from .adherence import substance_key
from .errors import ConfirmationNeeded, InvalidInput, reason
from .units import format_number

MAX_TEXT = 2000
MAX_LABEL = 80


def not_future(field: str, day: date, today: date) -> date:
    if day > today:
        raise InvalidInput(field, day.isoformat(), reason("date-not-future", today=today))
    return day


def count(field: str, value: int | None, *, low: int = 0, high: int = 200) -> int | None:
    if value is not None and not low <= value <= high:
        raise InvalidInput(field, value, reason("whole-range", low=low, high=high))
    return value


def minutes(field: str, value: float | None, high: float = 24 * 60) -> float | None:
    if value is not None and (math.isnan(value) or not 0 <= value <= high):
        raise InvalidInput(field, f"{value:g}", reason("minutes-range", high=high))
    return value


def text(field: str, value: str | None, limit: int = MAX_LABEL) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > limit:
        raise InvalidInput(field, value[:20] + "…", reason("max-chars", limit=limit))
    return value or None


def choice(field: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    key = value.strip().lower()
    if key not in allowed:
        raise InvalidInput(field, value, reason("one-of", choices=", ".join(allowed)))
    return key


def dose_amount(field: str, amount: float, unit: str, supplement: str) -> float:
    """Positive and in a unit that makes sense for the substance (no IU for B12)."""
    if math.isnan(amount) or amount <= 0 or math.isinf(amount):
        raise InvalidInput(field, f"{amount:g}", reason("dose-positive"))
    if unit == "IU" and substance_key(supplement) == "b12":
        raise InvalidInput("unit", unit, reason("b12-not-iu"))
    return amount


# Typo check, not a judgement of the dose: above these a user is asked to confirm.
TYPO_ABOVE = {"IU": 100_000, "mcg": 5_000, "mg": 5_000}


def check_typo(field: str, amount: float, unit: str, supplement: str, confirmed: bool) -> None:
    """Ask 'You entered 500,000 IU — is that right?' for amounts that are usually a slip."""
    limit = TYPO_ABOVE.get(unit)
    if limit is not None and amount > limit and not confirmed:
        raise ConfirmationNeeded(field, format_number(amount),
                                 reason("typo", amount=amount, unit=unit, supplement=supplement))
