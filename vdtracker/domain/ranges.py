"""Where a lab value sits: the report's own range first, attributed guideline profiles opt-in."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from .errors import InvalidInput, reason
from .units import B12, VITAMIN_D, analyte, convert


class Flag(StrEnum):
    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"
    UNKNOWN = "unknown"  # no range printed on the report
    UNCLEAR = "unclear"  # "<10" against 5–50: the printed limit straddles the range


@dataclass(frozen=True)
class ReportRange:
    """The reference range printed on the lab's report, in the unit it was printed in."""

    low: float | None
    high: float | None
    unit: str


def check_range(low: float | None, high: float | None) -> None:
    for name, v in (("low", low), ("high", high)):
        if v is not None and (math.isnan(v) or v < 0):
            raise InvalidInput(name, v, reason("number-not-negative"))
    if low is not None and high is not None and low >= high:
        raise InvalidInput("low", low, reason("range-order", high=high))


def flag_against_report(value: float, unit: str, rng: ReportRange | None,
                        analyte_code: str, qualifier: str = "") -> Flag:
    """Compare in the unit the range was printed in (converting the value, never the range).

    A value printed beyond the assay's limit ("<10", ">150") is compared as what it says: every
    value below (or above) the limit. It is flagged only when all of them fall on one side."""
    if rng is None or (rng.low is None and rng.high is None):
        return Flag.UNKNOWN
    v = convert(value, unit, rng.unit, analyte_code)
    low, high = rng.low, rng.high
    if qualifier in ("<", "≤"):
        if low is not None and (v < low or (v == low and qualifier == "<")):
            return Flag.BELOW
        fits = (high is None or v <= high) and (low is None or low == 0)
        return Flag.WITHIN if fits else Flag.UNCLEAR
    if qualifier in (">", "≥"):
        if high is not None and (v > high or (v == high and qualifier == ">")):
            return Flag.ABOVE
        return Flag.WITHIN if high is None and (low is None or v >= low) else Flag.UNCLEAR
    if low is not None and v < low:
        return Flag.BELOW
    if high is not None and v > high:
        return Flag.ABOVE
    return Flag.WITHIN


# ---- attributed guideline profiles ---------------------------------------------

@dataclass(frozen=True)
class Band:
    """A half-open band [low, high) with its label; thresholds per unit as the source wrote them."""

    label: str
    bounds: dict[str, tuple[float, float]]  # unit -> (low, high), high may be inf
    concern: Flag = Flag.WITHIN  # BELOW / ABOVE make it a flag-worthy band


# Places outside a profile's own bands (wording names them; they are not the guideline's words).
ABOVE_BANDS = "above-bands"  # above the top of its highest band
BELOW_BANDS = "below-bands"  # below the start of its lowest band ("<" at the lowest edge)
ABOVE_REPORT = "above-report"  # vitamin D above the report's range, in a band with no concern
# Where toxicity is usually seen (the Endocrine Society 2011 table in DOMAIN.md): a profile
# whose top band sets no upper limit (UK NOS "sufficient" from 50 nmol/L) never calls a value
# this high by that band's name, even when the report prints no upper limit to flag it by
# (in each unit as reports print it: 150 ng/mL is 374.4 nmol/L, printed ">374 nmol/L")
VITAMIN_D_TOXIC = {"ng/mL": 150.0, "nmol/L": 374.0}


@dataclass(frozen=True)
class Profile:
    code: str
    analyte: str
    attribution: str
    bands: tuple[Band, ...]

    def written_in(self, unit: str) -> str:
        """The unit a comparison is made in: the result's own, where the source wrote it."""
        canon = analyte(self.analyte).canonical_unit(unit)
        written = self.bands[0].bounds
        return canon if canon in written else next(iter(written))

    def classify(self, value: float, unit: str, qualifier: str = "",
                 report: Flag = Flag.UNKNOWN) -> Band:
        """Compare in a unit the source wrote its thresholds in (DOMAIN.md: no rounding flips).
        "<30" is never read as 30: it falls in the band just below its limit (or lower); ">30"
        in the band its lowest possible value is in (or higher).

        Never a reassuring band for what is beyond it: a value past the highest (or lowest)
        band is placed outside the bands, and vitamin D above the report's own range (or at
        150 ng/mL and above, where toxicity is usually seen) is never put in a band without
        concern ("sufficient" beside the red-flag text reads as reassurance); both carry the
        concern their side has."""
        use = self.written_in(unit)
        v = convert(value, unit, use, self.analyte)
        band = self._band_at(v, use, qualifier)
        if band.concern is Flag.WITHIN and self.analyte == VITAMIN_D and (
                report is Flag.ABOVE
                or value >= VITAMIN_D_TOXIC.get(unit, INF)):
            return Band(ABOVE_REPORT, {}, Flag.ABOVE)
        return band

    def reach(self, value: float, unit: str, qualifier: str = "") -> tuple[Band, ...]:
        """Every band a printed value may fall in: one for a plain value, several for a limit
        that spans them ("<20 ng/mL" is below 49.9 nmol/L: deficient or insufficient by UK NOS)."""
        use = self.written_in(unit)
        v = convert(value, unit, use, self.analyte)
        if qualifier in ("<", "≤"):
            return tuple(b for b in self.bands
                         if b.bounds[use][0] < v or (qualifier == "≤" and b.bounds[use][0] == v))
        if qualifier in (">", "≥"):
            return tuple(b for b in self.bands if b.bounds[use][1] > v)
        return tuple(b for b in self.bands if b.bounds[use][0] <= v < b.bounds[use][1])

    def _band_at(self, v: float, use: str, qualifier: str) -> Band:
        for band in self.bands:
            lo, hi = band.bounds[use]
            inside = lo < v <= hi if qualifier == "<" else lo <= v < hi
            if inside:
                return band
        if v >= self.bands[-1].bounds[use][1]:
            return Band(ABOVE_BANDS, {}, Flag.ABOVE)
        return Band(BELOW_BANDS, {}, Flag.BELOW)

    def concern_from(self, unit: str) -> float | None:
        """Where the first band of concern above the bands without concern starts, if any."""
        use = self.written_in(unit)
        seen_within = False
        for band in self.bands:
            if band.concern is Flag.WITHIN:
                seen_within = True
            elif seen_within and band.concern is Flag.ABOVE:
                return band.bounds[use][0]
        return None


INF = math.inf
PROFILES: dict[str, Profile] = {
    p.code: p
    for p in (
        Profile("es2011", VITAMIN_D, "the Endocrine Society 2011 guideline (replaced in 2024 "
                "by one that sets no cut-offs)", (
            Band("deficient", {"ng/mL": (0, 20)}, Flag.BELOW),
            Band("insufficient", {"ng/mL": (20, 30)}, Flag.BELOW),
            Band("sufficient", {"ng/mL": (30, 100)}),
            Band("above the sufficient range", {"ng/mL": (100, 150)}, Flag.ABOVE),
            Band("toxicity usually above 150 ng/mL", {"ng/mL": (150, INF)}, Flag.ABOVE),
        )),
        Profile("iom2011", VITAMIN_D, "the IOM (now NAM) 2011 report", (
            Band("deficient", {"ng/mL": (0, 12), "nmol/L": (0, 30)}, Flag.BELOW),
            Band("inadequate", {"ng/mL": (12, 20), "nmol/L": (30, 50)}, Flag.BELOW),
            Band("sufficient", {"ng/mL": (20, 50), "nmol/L": (50, 125)}),
            Band("reason for concern", {"ng/mL": (50, INF), "nmol/L": (125, INF)}, Flag.ABOVE),
        )),
        Profile("uknos", VITAMIN_D, "the UK National Osteoporosis Society guideline", (
            Band("deficient", {"nmol/L": (0, 30)}, Flag.BELOW),
            Band("insufficient", {"nmol/L": (30, 50)}, Flag.BELOW),
            Band("sufficient", {"nmol/L": (50, INF)}),
        )),
        Profile("who-b12", B12, "WHO", (
            Band("deficient", {"pmol/L": (0, 148)}, Flag.BELOW),
            Band("low", {"pmol/L": (148, 221)}, Flag.BELOW),
            Band("not low", {"pmol/L": (221, INF)}),
        )),
        Profile("nice-b12", B12, "NICE NG239 (2024)", (
            Band("deficiency likely", {"pmol/L": (0, 133)}, Flag.BELOW),
            Band("indeterminate", {"pmol/L": (133, 258)}, Flag.BELOW),
            Band("deficiency unlikely", {"pmol/L": (258, INF)}),
        )),
    )
}

LAB_RANGE = "lab"  # the default: the range printed on the patient's own report


def profile(code: str) -> Profile | None:
    key = code.strip().lower()
    if key == LAB_RANGE:
        return None
    if key in PROFILES:
        return PROFILES[key]
    raise InvalidInput("profile", code, reason("one-of", choices=", ".join((LAB_RANGE, *PROFILES))))
