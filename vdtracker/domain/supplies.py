"""What is left of a supplement in the cupboard, and the last due dose it covers as scheduled."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .errors import InvalidInput, reason
from .schedule import Regimen
from .units import canonical_dose_unit, dose_in_unit

FORMS = ("capsule", "tablet", "drop", "ml", "ampoule")
HORIZON_DAYS = 730  # an open-ended schedule is followed this far ahead: "enough for 2 years"
LEAD_DAYS = 7  # the warning comes this many days before the last covered dose …
LEAD_DOSES = 2  # … or, for a schedule a week apart or more, with this many doses left
STEPS = {"capsule": 1.0, "ampoule": 1.0, "drop": 1.0, "tablet": 0.5}  # ml: any amount
TOLERANCE = 1e-6  # of a unit: 0.1 mg from 100 mcg tablets is 1.0000000000000002 tablets


@dataclass(frozen=True)
class Stock:
    """What the patient counted (`counted` units at `counted_at`), what one unit holds (a
    50,000 IU capsule; None: one unit is one dose), and the packs bought since."""

    supplement: str
    substance: str | None
    form: str
    counted: float
    counted_at: datetime
    holds_amount: float | None = None
    holds_unit: str | None = None
    packs: tuple[tuple[datetime, float], ...] = ()


@dataclass(frozen=True)
class Taken:
    """A logged dose: when (the time, or when it was logged for a dose with none) and how much."""

    day: date
    at: time | None
    logged: datetime
    amount: float
    unit: str


@dataclass(frozen=True)
class Misfit:
    """A saved schedule whose dose is not whole units of the stock (2,000 IU is 0.04 of one
    50,000 IU capsule): `per` units a dose, first due on `first_due`."""

    amount: float
    unit: str
    per: float
    first_due: date


@dataclass(frozen=True)
class Outlook:
    """Units left, and at the saved schedules: the last due date they cover (None: none is
    covered, or no schedule is due), the first one they do not (None: none within the
    horizon, or `misfit`: not known), and how many due doses they cover."""

    left: float
    last_covered: date | None
    runs_out: date | None
    doses_left: int
    scheduled: bool  # a schedule of this supplement is due from today on
    open_ended: bool = False  # one runs on past the two years followed (runs_out None: enough)
    left_out: int = 0  # logged doses after the count that are not whole units: not taken off
    # a saved schedule that is not whole units: nothing is counted from its first due date on,
    # so runs_out is None unless the stock runs out before it (then that day is true)
    misfit: Misfit | None = None


def units_per_dose(stock: Stock, amount: float, unit: str) -> float | None:
    """How many units one dose takes: amount ÷ what one unit holds (in the holding's unit); one
    unit per dose when the holding is not known; None when the two units do not convert (IU
    of something other than vitamin D)."""
    if stock.holds_amount is None or stock.holds_unit is None:
        return 1.0
    same = dose_in_unit(amount, unit, stock.holds_unit, stock.substance)
    return None if same is None else same / stock.holds_amount


def whole_units(form: str, per: float | None) -> bool:
    """Whether `per` units a dose come out of whole units of the form: a whole number of
    capsules, ampoules or drops, whole or half tablets, any amount of ml. A unit that does not
    convert (None) is taken as one unit, as before."""
    step = STEPS.get(form)
    if per is None or step is None:
        return True
    n = per / step
    return round(n) >= 1 and abs(n - round(n)) <= TOLERANCE


def fits(stock: Stock, amount: float, unit: str) -> bool:
    """Whether a dose of `amount` `unit` comes out of whole units of this stock."""
    return whole_units(stock.form, units_per_dose(stock, amount, unit))


def first_misfit(stock: Stock, schedules: Iterable[Regimen], first: date, last: date
                 ) -> Misfit | None:
    """The schedule due within [first, last] whose dose is not whole units of the stock, the
    one first due (None: every one fits)."""
    found = None
    for r in schedules:
        if fits(stock, r.amount, r.unit):
            continue
        day = next(r.due_dates(first, last), None)
        if day is not None and (found is None or day < found.first_due):
            per = units_per_dose(stock, r.amount, r.unit)
            found = Misfit(r.amount, r.unit, 1.0 if per is None else per, day)
    return found


def _after_count(stock: Stock, dose: Taken) -> bool:
    """Whether a dose was taken after the count (a dose logged late for an earlier day was
    already gone when the patient counted)."""
    if dose.day != stock.counted_at.date():
        return dose.day > stock.counted_at.date()
    if dose.at is not None:
        moment = datetime.combine(dose.day, dose.at)
        counted = stock.counted_at.replace(second=0, microsecond=0)
        if moment != counted:  # a dose's time is kept to the minute
            return moment > counted
    return dose.logged > stock.counted_at


def left(stock: Stock, taken: Iterable[Taken]) -> float:
    """The count, plus the packs bought since, less each dose taken after it (a skipped
    dose is not in `taken`); never below zero. A dose whose unit does not convert takes one
    unit; one that is not whole units of the stock (a 2,000 IU tablet logged against 50,000
    IU capsules) takes nothing (left_out counts them)."""
    # a pack added at the very moment of the count (one --as-of day) was added after it
    out = stock.counted + sum(n for at, n in stock.packs if at >= stock.counted_at)
    for dose in taken:
        if _after_count(stock, dose) and fits(stock, dose.amount, dose.unit):
            per = units_per_dose(stock, dose.amount, dose.unit)
            out -= 1.0 if per is None else per
    return max(0.0, round(out, 6))


def left_out(stock: Stock, taken: Iterable[Taken]) -> int:
    """How many doses taken after the count were not taken off: not whole units of it."""
    return sum(1 for dose in taken
               if _after_count(stock, dose) and not fits(stock, dose.amount, dose.unit))


def outlook(stock: Stock, taken: Sequence[Taken], schedules: Iterable[Regimen], today: date,
            settled_today: bool) -> Outlook:
    """Units left and how far they go at the saved schedules from `today` (today's dose
    included unless it is already logged, `settled_today`). A schedule that is not whole units
    of the stock stops the count at its first due date: no run-out day is made up past it."""
    start = have = left(stock, taken)
    skipped = left_out(stock, taken)
    first = today + timedelta(days=1) if settled_today else today
    last = today + timedelta(days=HORIZON_DAYS)
    schedules = list(schedules)
    misfit = first_misfit(stock, schedules, first, last)
    due = sorted(((day, r) for r in schedules for day in r.due_dates(first, last)),
                 key=lambda x: x[0])
    open_ended = any(r.last_day is None or r.last_day > last for r in schedules
                     if r.last_day is None or r.last_day >= first)
    covered, last_covered = 0, None
    for day, r in due:
        if misfit is not None and day >= misfit.first_due:
            break
        per = units_per_dose(stock, r.amount, r.unit)
        per = 1.0 if per is None else per
        if have + 1e-9 < per:
            return Outlook(start, last_covered, day, covered, True, open_ended, skipped, misfit)
        have -= per
        covered += 1
        last_covered = day
    return Outlook(start, last_covered, None, covered, bool(due), open_ended, skipped, misfit)


def is_low(found: Outlook, today: date, shortest_gap: int, lead_days: int = LEAD_DAYS) -> bool:
    """Whether to warn: a schedule runs on and the units run out within `lead_days` of today,
    or (a schedule a week apart or more) with LEAD_DOSES due doses or fewer left."""
    if not found.scheduled or found.runs_out is None:
        return False
    if shortest_gap >= 7:
        return found.doses_left <= LEAD_DOSES
    return (found.runs_out - today).days <= lead_days


MAX_COUNT = 100_000


def reach(stock: Stock, taken: Sequence[Taken], schedules: Iterable[Regimen], today: date,
          settled_today: bool, lead_days: int = LEAD_DAYS) -> tuple[Outlook, bool]:
    """How far the stock goes at every saved schedule of its supplement (one that starts later
    too: the maintenance after a loading course), and whether to warn now. The one reading
    `supply list`, the Supplements page and the supply-low alert share."""
    own = [r for r in schedules if r.supplement == stock.supplement]
    found = outlook(stock, taken, own, today, settled_today)
    running = [r for r in own if r.last_day is None or r.last_day >= today]
    gap = min((r.rule.shortest_gap for r in running), default=1)
    return found, is_low(found, today, gap, lead_days)


def checked_stock(count: float, form: str, holds_amount: float | None,
                  holds_unit: str | None, substance: str | None = None
                  ) -> tuple[float, str, float | None, str | None]:
    """The count (0 or more: 2.5 ml is a count), a known form, and what one unit holds (both or
    neither; more than 0, in IU, mcg or mg; B12 has no IU) as the patient typed them;
    InvalidInput naming what is wrong."""
    if not 0 <= count <= MAX_COUNT:
        raise InvalidInput("count", count, reason("count-range", high=MAX_COUNT))
    if form not in FORMS:
        raise InvalidInput("form", form, reason("one-of", choices=", ".join(FORMS)))
    if (holds_amount is None) != (holds_unit is None):
        raise InvalidInput("holds", holds_amount if holds_unit is None else holds_unit,
                           reason("amount-with-unit"))
    if holds_amount is not None and holds_unit is not None:
        if not holds_amount > 0:
            raise InvalidInput("holds", holds_amount, reason("dose-positive"))
        try:
            holds_unit = canonical_dose_unit(holds_unit)
        except InvalidInput as err:
            raise InvalidInput("holds", holds_unit, err.reason) from None
        if holds_unit == "IU" and substance == "b12":
            raise InvalidInput("holds", holds_unit, reason("b12-not-iu"))
    return count, form, holds_amount, holds_unit


def check_fits(stock: Stock, schedules: Iterable[Regimen], today: date) -> None:
    """InvalidInput ("holds") when a saved schedule of the stock's supplement, running on today
    or starting later, is not whole units of it: each product is counted under its own name."""
    own = [r for r in schedules if r.supplement == stock.supplement]
    found = first_misfit(stock, own, today, today + timedelta(days=HORIZON_DAYS))
    if found is not None:
        raise InvalidInput("holds", stock.holds_amount, reason(
            "holds-misfit", supplement=stock.supplement, amount=found.amount,
            unit=found.unit, per=found.per, form=stock.form,
            holds_amount=stock.holds_amount, holds_unit=stock.holds_unit))


__all__ = ["FORMS", "HORIZON_DAYS", "LEAD_DAYS", "LEAD_DOSES", "Misfit", "Outlook", "Stock",
           "Taken", "check_fits", "checked_stock", "first_misfit", "fits", "is_low", "left",
           "left_out", "outlook", "reach", "units_per_dose", "whole_units"]
