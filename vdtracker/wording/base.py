"""What every wording part shares: the translator, the formats, and the common phrases."""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from ..domain.printed import qualifier_of
from ..domain.units import ANALYTES, convert, other_unit
from .formats import Formats
from .translate import Translate, arg

if TYPE_CHECKING:  # a command that words no lab band or schedule loads neither (issue 28)
    from ..domain.ranges import ReportRange
    from ..domain.schedule import Plan


class Words:
    """A part of the wording; `self.tr("…")` literals are what pyside6-lupdate extracts,
    under the class's own name as the context."""

    def __init__(self, translate: Translate, formats: Formats) -> None:
        self._translate = translate
        self.formats = formats

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self._translate(type(self).__name__, text, disambiguation, n)


class Common(Words):
    """Dates, numbers, schedules, lab values and ranges, as every sentence writes them."""

    def day(self, d: date) -> str:
        return self.formats.day(d)

    def weekday_day(self, d: date) -> str:
        return self.formats.weekday_day(d)

    def number(self, value: float, decimals: int | None = None) -> str:
        return self.formats.number(value, decimals)

    def printed(self, text: str, value: float | None = None) -> str:
        """A lab value as printed on its report, in the reader's number style ('2,38')."""
        return self.formats.printed(text, value)

    def ago(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("1 day ago")
        if days > 1:
            return self.tr("%n days ago", None, days)
        if days == -1:
            return self.tr("tomorrow")
        return self.tr("in %n days", None, -days)

    def score(self, value: float) -> str:
        return arg(self.tr("%1/10"), self.number(value))

    def how_often(self, plan: Plan) -> str:
        if plan.every_days == 1:
            return self.tr("daily")
        if plan.every_days == 7:
            return self.tr("weekly")
        if plan.every_days is not None:
            return self.tr("every %n days", None, plan.every_days)
        names = ", ".join(self.formats.weekday_name(d) for d in plan.weekdays)
        return arg(self.tr("on %1"), names)

    def unit(self, unit: str) -> str:
        """A dose unit as the patient's packs and prescriptions print it: IU and mcg in English,
        I.E. and µg in German. Stored and exported as IU, mcg, mg whatever the language."""
        return {"IU": self.tr("IU", "dose unit"), "mcg": self.tr("mcg", "dose unit"),
                "mg": self.tr("mg", "dose unit")}.get(unit, unit)

    def schedule(self, plan: Plan, hide: bool = False) -> str:
        """'Vitamin D3 50,000 IU weekly'."""
        if hide:
            return self.tr("A dose on your saved schedule")
        return arg(self.tr("%1 %2 %3 %4"), plan.supplement, self.number(plan.amount),
                   self.unit(plan.unit),
                   self.how_often(plan))

    def phase(self, phase: str) -> str:
        return {"loading": self.tr("loading"), "maintenance": self.tr("maintenance"),
                "ongoing": self.tr("ongoing")}.get(phase, phase)

    def analyte(self, code: str) -> str:
        titles = {"vitamin-d": self.tr("Vitamin D, 25-hydroxy (serum)"),
                  "b12": self.tr("Vitamin B12"), "pth": self.tr("Parathyroid hormone (intact)"),
                  "calcium": self.tr("Calcium"), "magnesium": self.tr("Magnesium"),
                  "phosphate": self.tr("Phosphate"), "ferritin": self.tr("Ferritin")}
        return titles.get(code, ANALYTES[code].title if code in ANALYTES else code)

    def lab_value(self, value: float, unit: str, analyte: str, qualifier: str = "") -> str:
        """Display rule: nmol/L as whole numbers, ng/mL with one decimal (DOMAIN.md); a value
        printed as a limit keeps its sign in any unit ("<10 ng/mL" is "<25 nmol/L")."""
        a = ANALYTES[analyte]
        canon = a.canonical_unit(unit)
        return f"{qualifier}{self.number(value, a.decimals.get(canon, 1))} {canon}"

    def in_other_unit(self, analyte: str, value: float, unit: str,
                      printed: str | None = None) -> str:
        """The result in the analyte's other unit, with the sign it was printed with
        ('<25 nmol/L' for '<10 ng/mL'); '' when the analyte has no other unit."""
        other = other_unit(analyte, unit)
        if other is None:
            return ""
        return self.lab_value(convert(value, unit, other, analyte), other, analyte,
                              qualifier_of(printed))

    def range(self, rng: ReportRange) -> str:
        if rng.low is not None and rng.high is not None:
            return f"{self.number(rng.low)}–{self.number(rng.high)} {rng.unit}"
        if rng.low is not None:
            return f"≥ {self.number(rng.low)} {rng.unit}"
        return f"≤ {self.number(rng.high or 0)} {rng.unit}"

    def flag(self, flag: str) -> str:
        return {"below": self.tr("below the report's range"),
                "above": self.tr("above the report's range"),
                "within": self.tr("within the report's range"),
                "unknown": self.tr("no range recorded"),
                "unclear": self.tr("printed as a limit: it may be inside or outside the range")
                }[flag]

    def band(self, profile_code: str, label: str, unit: str | None = None,
             value: float | None = None, printed: str | None = None) -> str:
        """'“deficient” (below 20 ng/mL) by the Endocrine Society 2011 guideline …', in the unit
        the comparison was made in (the result's own unit where the guideline wrote it); a
        result in another unit is shown converted, with the sign it was printed with, so the
        two numbers can be compared. A limit that spans bands says so ('or lower')."""
        from ..domain.ranges import ABOVE_BANDS, ABOVE_REPORT, BELOW_BANDS, PROFILES

        prof = PROFILES[profile_code]
        use = prof.written_in(unit) if unit else next(iter(prof.bands[0].bounds))
        limit = qualifier_of(printed)
        yours = ""
        if value is not None and unit is not None and ANALYTES[prof.analyte].canonical_unit(
                unit) != use:
            converted = convert(value, unit, use, prof.analyte)
            yours = arg(self.tr("; your result is %1"), self.lab_value(converted, use,
                                                                       prof.analyte, limit))
        if label in (ABOVE_BANDS, BELOW_BANDS, ABOVE_REPORT):
            return self._outside_bands(profile_code, label, use) + yours
        band = next(b for b in prof.bands if b.label == label)
        lo, hi = band.bounds[use]
        if lo <= 0:
            span = arg(self.tr("below %1 %2"), self.number(hi), use)
        elif math.isinf(hi):
            span = arg(self.tr("%1 %2 or more"), self.number(lo), use)
        else:
            span = arg(self.tr("%1 to under %2 %3"), self.number(lo), self.number(hi), use)
        span += yours
        spans = value is not None and unit is not None and len(prof.reach(value, unit, limit)) > 1
        if spans and limit in ("<", "≤"):
            name = arg(self.tr("“%1” or lower"), self.band_label(label))
        elif spans:
            name = arg(self.tr("“%1” or higher"), self.band_label(label))
        else:
            return arg(self.tr("“%1” (%2) by %3"), self.band_label(label), span,
                       self.attribution(profile_code))
        return arg(self.tr("%1 (%2) by %3"), name, span, self.attribution(profile_code))

    def _outside_bands(self, profile_code: str, label: str, use: str) -> str:
        """A result the profile has no band for: never named by the nearest band's words."""
        from ..domain.ranges import ABOVE_BANDS, BELOW_BANDS, PROFILES

        prof, who = PROFILES[profile_code], self.attribution(profile_code)
        if label == ABOVE_BANDS:
            return arg(self.tr("above the bands of %1 (the highest ends at %2 %3)"), who,
                       self.number(prof.bands[-1].bounds[use][1]), use)
        if label == BELOW_BANDS:
            return arg(self.tr("below the bands of %1 (the lowest starts at %2 %3)"), who,
                       self.number(prof.bands[0].bounds[use][0]), use)
        start = prof.concern_from(use)
        if start is None:
            return arg(self.tr("not in a band of %1, which sets no upper limit"), who)
        return arg(self.tr("not in a band of %1, which names a concern from %2 %3"), who,
                   self.number(start), use)

    def profile_note(self, profile_code: str, label: str, unit: str | None = None,
                     value: float | None = None, printed: str | None = None) -> str:
        """The sentence an alert adds about the chosen profile, beside the report's flag."""
        from ..domain.ranges import ABOVE_REPORT

        said = self.band(profile_code, label, unit, value, printed)
        if label == ABOVE_REPORT:
            return arg(self.tr("By the profile you chose, it is %1."), said)
        return arg(self.tr("The profile you chose calls it %1."), said)

    def band_label(self, label: str) -> str:
        return {"deficient": self.tr("deficient"), "insufficient": self.tr("insufficient"),
                "sufficient": self.tr("sufficient"),
                "above the sufficient range": self.tr("above the sufficient range"),
                # the guideline's words about a level, not a finding about the user
                "toxicity usually above 150 ng/mL": self.tr("the range the guideline links with "
                                                            "toxicity"),
                "inadequate": self.tr("inadequate"),
                "reason for concern": self.tr("reason for concern"), "low": self.tr("low"),
                "not low": self.tr("not low"), "deficiency likely": self.tr("deficiency likely"),
                "indeterminate": self.tr("indeterminate"),
                "deficiency unlikely": self.tr("deficiency unlikely")}.get(label, label)

    def setting(self, key: str, fallback: str) -> str:
        """What a setting does, as the Settings page and `vdtracker settings` name it."""
        return {"profile.vitamin-d": self.tr("Flag vitamin D results by"),
                "profile.b12": self.tr("Flag B12 results by"),
                "display.vitamin-d-unit": self.tr("Show vitamin D in"),
                "reminders.hide-names": self.tr("Hide supplement names and doses in "
                                                "notifications and calendar exports"),
                "summary.paper": self.tr("Paper size of the summary"),
                }.get(key, fallback)

    def attribution(self, profile_code: str) -> str:
        from ..domain.ranges import PROFILES

        return {"es2011": self.tr("the Endocrine Society 2011 guideline (replaced in 2024 by "
                                  "one that sets no cut-offs)"),
                "iom2011": self.tr("the IOM (now NAM) 2011 report"),
                "uknos": self.tr("the UK National Osteoporosis Society guideline"),
                "who-b12": self.tr("WHO"),
                "nice-b12": self.tr("NICE NG239 (2024)")}.get(profile_code,
                                                              PROFILES[profile_code].attribution)
