"""A typo check for lab results: a value or a report's range far outside what the test prints in
that unit (3,200 ng/mL of vitamin D, a 25(OH)D range of 75–250 *ng/mL*) is asked about first."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ConfirmationNeeded, reason
from .units import analyte, convert, format_number


@dataclass(frozen=True)
class Span:
    """What reports print for a test, in its base unit (the one with factor 1): values from
    `lowest` to `highest`, and a range whose high end is at most `range_high`."""

    lowest: float
    highest: float
    range_high: float


# Wide on purpose: only a wrong unit or a slipped digit lands outside (never a judgement of a
# result). Vitamin D in ng/mL (toxicity is usually above 150), B12 in pmol/L (assays stop near
# 1,476), PTH in pg/mL, calcium, magnesium and phosphate in mmol/L, ferritin in ng/mL.
SPANS = {
    "vitamin-d": Span(0, 250, 150),
    "b12": Span(0, 15_000, 2_000),
    "pth": Span(0, 2_500, 200),
    "calcium": Span(0.8, 5.0, 3.5),
    "magnesium": Span(0.2, 4.0, 2.0),
    "phosphate": Span(0.2, 5.0, 3.0),
    "ferritin": Span(0, 20_000, 1_000),
}


def check_lab(code: str, value: float, unit: str, low: float | None, high: float | None,
              confirmed: bool) -> None:
    """Raise ConfirmationNeeded for a value or a range high end this test does not print in this
    unit; `confirmed` (the user said it is as printed) lets it through."""
    span = SPANS.get(code)
    if confirmed or span is None:
        return
    a = analyte(code)
    canon = a.canonical_unit(unit)
    base = next(u for u, factor in a.units.items() if factor == 1.0)

    def here(limit: float) -> float:
        return convert(limit, base, canon, code)

    odd_value = not here(span.lowest) <= value <= here(span.highest)
    odd_range = high is not None and high > here(span.range_high)
    if odd_value or odd_range:  # one question for both: "yes" must not skip the other
        raise ConfirmationNeeded("value" if odd_value else "high", format_number(value), reason(
            "lab-implausible", analyte=code, value=value if odd_value else None, unit=unit,
            lowest=here(span.lowest), highest=here(span.highest),
            low=low, high=high if odd_range else None, usual=here(span.range_high)))


__all__ = ["SPANS", "check_lab"]
