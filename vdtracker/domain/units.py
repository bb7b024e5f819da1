"""Analytes, their units and conversions (per DOMAIN.md); values are stored as reported."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .errors import InvalidInput, reason

VITAMIN_D = "vitamin-d"
B12 = "b12"
PTH = "pth"
CALCIUM = "calcium"
MAGNESIUM = "magnesium"
PHOSPHATE = "phosphate"
FERRITIN = "ferritin"


@dataclass(frozen=True)
class Analyte:
    code: str
    title: str
    # canonical unit spelling -> factor that turns a value in that unit into the base unit
    units: dict[str, float]
    # lowercase spellings a user may type -> canonical unit
    aliases: dict[str, str]
    decimals: dict[str, int]
    # every spelling offered when a result is entered: the units, and others reports print
    printed: tuple[str, ...] = ()

    def canonical_unit(self, typed: str) -> str:
        key = typed.strip().lower().replace("µ", "u").replace("μ", "u")
        if key in self.aliases:
            return self.aliases[key]
        allowed = ", ".join(self.units)
        raise InvalidInput("unit", typed, reason("lab-unit", analyte=self.code, units=allowed))


def _analyte(code: str, title: str, units: dict[str, float], decimals: dict[str, int],
             extra: dict[str, str] | None = None) -> Analyte:
    """`extra`: other printed spellings -> the unit they mean ("µg/L" is ng/mL)."""
    aliases = {u.lower().replace("µ", "u"): u for u in units}
    aliases.update({k.lower().replace("µ", "u"): u for k, u in (extra or {}).items()})
    return Analyte(code, title, units, aliases, decimals, (*units, *(extra or {})))


# 25(OH)D molar mass 400.64 g/mol: 1 ng/mL = 2.496 nmol/L.
NMOL_PER_NG_VITD = 2.496
# B12: 1 pg/mL = 0.7378 pmol/L.
PMOL_PER_PG_B12 = 0.7378
# PTH: pmol/L = pg/mL / 9.425.
PG_PER_PMOL_PTH = 9.425
MMOL_PER_MG_DL_CALCIUM = 0.2495
MMOL_PER_MG_DL_MAGNESIUM = 0.4114
MMOL_PER_MG_DL_PHOSPHATE = 0.3229

ANALYTES: dict[str, Analyte] = {
    a.code: a
    for a in (
        _analyte(VITAMIN_D, "Vitamin D, 25-hydroxy (serum)",
                 {"ng/mL": 1.0, "nmol/L": 1 / NMOL_PER_NG_VITD},
                 {"ng/mL": 1, "nmol/L": 0},
                 {"µg/L": "ng/mL"}),
        _analyte(B12, "Vitamin B12",
                 {"pmol/L": 1.0, "pg/mL": PMOL_PER_PG_B12, "ng/L": PMOL_PER_PG_B12},
                 {"pmol/L": 0, "pg/mL": 0, "ng/L": 0}),
        _analyte(PTH, "Parathyroid hormone (intact)",
                 {"pg/mL": 1.0, "ng/L": 1.0, "pmol/L": PG_PER_PMOL_PTH},
                 {"pg/mL": 0, "ng/L": 0, "pmol/L": 1}),
        _analyte(CALCIUM, "Calcium",
                 {"mmol/L": 1.0, "mg/dL": MMOL_PER_MG_DL_CALCIUM},
                 {"mmol/L": 2, "mg/dL": 1}),
        _analyte(MAGNESIUM, "Magnesium",
                 {"mmol/L": 1.0, "mg/dL": MMOL_PER_MG_DL_MAGNESIUM},
                 {"mmol/L": 2, "mg/dL": 1}),
        _analyte(PHOSPHATE, "Phosphate",
                 {"mmol/L": 1.0, "mg/dL": MMOL_PER_MG_DL_PHOSPHATE},
                 {"mmol/L": 2, "mg/dL": 1}),
        _analyte(FERRITIN, "Ferritin",
                 {"ng/mL": 1.0, "µg/L": 1.0},
                 {"ng/mL": 0, "µg/L": 0}),
    )
}


def analyte(code: str) -> Analyte:
    key = code.strip().lower()
    if key in ANALYTES:
        return ANALYTES[key]
    raise InvalidInput("analyte", code, reason("one-of", choices=", ".join(ANALYTES)))


def convert(value: float, from_unit: str, to_unit: str, analyte_code: str) -> float:
    """Convert a lab value between two units of the same analyte."""
    a = analyte(analyte_code)
    src, dst = a.canonical_unit(from_unit), a.canonical_unit(to_unit)
    if src == dst:
        return value
    return value * a.units[src] / a.units[dst]


def other_unit(analyte_code: str, unit: str) -> str | None:
    """The analyte's other common unit (ng/mL <-> nmol/L, pmol/L <-> pg/mL ...): the first
    one that is not the same quantity under another name ("µg/L" is ng/mL for vitamin D)."""
    a = analyte(analyte_code)
    canon = a.canonical_unit(unit)
    return next((u for u in a.units if u != canon and a.units[u] != a.units[canon]), None)


def format_number(value: float, decimals: int | None = None) -> str:
    """A number as a person writes it: thousands separators, no trailing zeros unless asked."""
    if decimals is not None:
        return f"{value:,.{decimals}f}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_lab_value(value: float, unit: str, analyte_code: str) -> str:
    """Display rule: nmol/L as whole numbers, ng/mL with one decimal (DOMAIN.md)."""
    a = analyte(analyte_code)
    canon = a.canonical_unit(unit)
    return f"{format_number(value, a.decimals.get(canon, 1))} {canon}"


# ---- supplement doses -------------------------------------------------------

IU_PER_UG_VITAMIN_D = 40.0
# every spelling a pack, a prescription or a patient writes (German: I.E., IE, µg)
DOSE_UNITS = {"iu": "IU", "[iu]": "IU", "ie": "IU", "i.e.": "IU", "mcg": "mcg", "ug": "mcg",
              "µg": "mcg", "μg": "mcg", "mg": "mg"}


DOSE_UNIT_ORDER = ("IU", "mcg", "mg")  # as offered when a schedule is entered


def canonical_dose_unit(typed: str) -> str:
    key = "".join(typed.split()).lower()  # "I. E." is I.E.
    if key in DOSE_UNITS:
        return DOSE_UNITS[key]
    raise InvalidInput("unit", typed, reason("dose-unit"))


def dose_in_unit(amount: float, unit: str, wanted: str,
                 substance: str | None = None) -> float | None:
    """Convert a dose between IU, mcg and mg; IU only for vitamin D. None if not convertible."""
    src, dst = canonical_dose_unit(unit), canonical_dose_unit(wanted)
    to_ug = {"mcg": 1.0, "mg": 1000.0}
    if src == dst:
        return amount
    if src in to_ug and dst in to_ug:
        return amount * to_ug[src] / to_ug[dst]
    if substance != "vitamin-d":
        return None
    if src == "IU":
        return amount / IU_PER_UG_VITAMIN_D * 1.0 / to_ug[dst]
    return amount * to_ug[src] * IU_PER_UG_VITAMIN_D


def far_from(amount: float, unit: str, scheduled: float, scheduled_unit: str,
             substance: str | None) -> bool:
    """A logged dose more than twice (or under half) its schedule's amount, compared in the
    schedule's unit; False when the two cannot be compared (IU of something else)."""
    same = dose_in_unit(amount, unit, scheduled_unit, substance)
    if same is None or same <= 0 or scheduled <= 0:
        return False
    return not 0.5 <= same / scheduled <= 2


def readable(value: float) -> float:
    """A computed amount rounded for reading (an average per day, a converted limit): whole
    from 100 up (7,143 IU), one decimal from 10, else two significant digits (1.25 mg weekly
    is about 0.18 mg a day, not 0)."""
    if value >= 100:
        return float(round(value))
    if value >= 10:
        return round(value, 1)
    if value <= 0:
        return 0.0
    digits = 1 - math.floor(math.log10(value))
    return round(value, digits)
