"""Checks on what a user types: dates, counts, minutes, free text and dose typos."""

from __future__ import annotations

import math
from datetime import date

from .adherence import substance_key
from .errors import ConfirmationNeeded, InvalidInput, reason
from .schedule import Rule, average_per_day
from .units import dose_in_unit, format_number

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


# Typo check, not a judgement of the dose (DOMAIN.md): above these a user is asked to confirm.
# Vitamin D is compared in IU whatever unit was typed (40 IU = 1 mcg), so 125 mg (5,000,000 IU)
# asks as 500,000 IU does; a 50,000 IU capsule twice a week averages about 14,286 IU a day,
# 50,000 IU every day 50,000: the daily limit sits between the two.
VITAMIN_D_DOSE_IU = 100_000
VITAMIN_D_DAY_IU = 20_000
B12_DOSE_MCG = 5_000  # B12 is compared in mcg (1 mg = 1,000 mcg)
TYPO_ABOVE = {"IU": 100_000, "mcg": 5_000, "mg": 5_000}  # other supplements, in the unit typed


def check_typo(field: str, amount: float, unit: str, supplement: str, confirmed: bool,
               rule: Rule | None = None) -> None:
    """Ask 'You entered 500,000 IU — is that right?' for amounts that are usually a slip, per
    dose and (for a schedule's `rule`) as an average per day."""
    if confirmed:
        return
    substance = substance_key(supplement)
    asked = dict(amount=amount, unit=unit, supplement=supplement)
    if substance == "vitamin-d":
        iu = dose_in_unit(amount, unit, "IU", substance)  # IU, mcg and mg all convert
        if iu is None:
            return
        if iu > VITAMIN_D_DOSE_IU:
            raise ConfirmationNeeded(field, format_number(amount),
                                     reason("typo", **asked, same=iu, same_unit="IU"))
        if rule is not None and average_per_day(iu, rule) > VITAMIN_D_DAY_IU:
            raise ConfirmationNeeded(field, format_number(amount), reason(
                "typo-per-day", **asked, rule=rule, per_day=average_per_day(iu, rule)))
        return
    if substance == "b12" and unit in ("mcg", "mg"):
        mcg = dose_in_unit(amount, unit, "mcg")
        if mcg is not None and mcg > B12_DOSE_MCG:
            raise ConfirmationNeeded(field, format_number(amount),
                                     reason("typo", **asked, same=mcg, same_unit="mcg"))
        return
    limit = TYPO_ABOVE.get(unit)
    if limit is not None and amount > limit:
        raise ConfirmationNeeded(field, format_number(amount),
                                 reason("typo", **asked, same=amount, same_unit=unit))
