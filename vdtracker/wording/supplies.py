"""What is in the cupboard, in words: units of a form, a count saved, and how far it goes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Protocol

from ..domain.messages import Message
from ..domain.supplies import HORIZON_DAYS, Misfit
from ..domain.units import readable
from .base import Common, Words
from .translate import arg


class Reached(Protocol):
    """A supply as of a day (services.supplies.SupplyView): what `said_reach` reads."""

    @property
    def form(self) -> str: ...
    @property
    def holds_amount(self) -> float | None: ...
    @property
    def holds_unit(self) -> str | None: ...
    @property
    def last_covered(self) -> date | None: ...
    @property
    def runs_out(self) -> date | None: ...
    @property
    def scheduled(self) -> bool: ...
    @property
    def open_ended(self) -> bool: ...
    @property
    def misfit(self) -> Misfit | None: ...


class SupplyWords(Words):
    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def units(self, form: str, n: float) -> str:
        """'12 capsules', '1 tablet', '2.5 ml'."""
        if not float(n).is_integer():
            return arg({"capsule": self.tr("%1 capsules"), "tablet": self.tr("%1 tablets"),
                        "drop": self.tr("%1 drops"), "ml": self.tr("%1 ml"),
                        "ampoule": self.tr("%1 ampoules")}.get(form, "%1"), self.c.number(n))
        k = int(n)
        return {"capsule": self.tr("%n capsule(s)", None, k),
                "tablet": self.tr("%n tablet(s)", None, k),
                "drop": self.tr("%n drop(s)", None, k),
                "ml": self.tr("%n ml", None, k),
                "ampoule": self.tr("%n ampoule(s)", None, k)}.get(form, str(k))

    def holding(self, amount: float | None, unit: str | None) -> str:
        """' of 50,000 IU each', or '' when not given."""
        if amount is None or unit is None:
            return ""
        return arg(self.tr(" of %1 %2 each"), self.c.number(amount), self.c.unit(unit))

    def saved(self, m: Message) -> str:
        p = m.params
        if m.kind == "saved.supply":
            said = arg(self.tr("Counted: %1, %2%3."), p["supplement"],
                       self.units(p["form"], p["count"]),
                       self.holding(p["holds_amount"], p["holds_unit"]))
            return said[:-1] if said.endswith("..") else said  # "… 20.000 I.E.." in German
        return arg(self.tr("Added: %1 of %2."), self.units(p["form"], p["count"]),
                   p["supplement"])

    def what(self, m: Message) -> str:
        """What a save did, for Undo and Redo: 'the count of Vitamin D3 (12 capsules)',
        'the pack of 60 capsules of Vitamin D3'."""
        p = m.params
        if m.kind == "saved.supply":
            return arg(self.tr("the count of %1 (%2%3)"), p["supplement"],
                       self.units(p["form"], p["count"]),
                       self.holding(p["holds_amount"], p["holds_unit"]))
        return arg(self.tr("the pack of %1 of %2"), self.units(p["form"], p["count"]),
                   p["supplement"])

    def form_name(self, form: str) -> str:
        """A form as a box offers it: 'capsules', 'ml'."""
        return {"capsule": self.tr("capsules"), "tablet": self.tr("tablets"),
                "drop": self.tr("drops"), "ml": self.tr("ml"),
                "ampoule": self.tr("ampoules")}.get(form, form)

    def share(self, per: float, form: str, holds_amount: float | None,
              holds_unit: str | None) -> str:
        """What one dose is of the stock's units: '0.04 of one 50,000 IU capsule', '1.5
        capsules of 50,000 IU each'."""
        n = readable(per)
        if n >= 1 or holds_amount is None or holds_unit is None:
            return self.units(form, n) + self.holding(holds_amount, holds_unit)
        one = {"capsule": self.tr("%1 of one %2 %3 capsule"),
               "tablet": self.tr("%1 of one %2 %3 tablet"),
               "drop": self.tr("%1 of one %2 %3 drop"),
               "ampoule": self.tr("%1 of one %2 %3 ampoule")}.get(form, "%1 of one %2 %3")
        return arg(one, self.c.number(n), self.c.number(holds_amount), self.c.unit(holds_unit))

    def misfit_refused(self, p: Mapping[str, Any]) -> str:
        """Why a count was refused: a saved schedule's dose is not whole units of it."""
        return arg(self.tr("a dose of %1 %2 (your saved schedule) is %3: count each product "
                           "under its own supplement name (for example \"%4 %1 %2\")"),
                   self.c.number(p["amount"]), self.c.unit(p["unit"]),
                   self.share(p["per"], p["form"], p["holds_amount"], p["holds_unit"]),
                   p["supplement"])

    def not_known(self, misfit: Misfit, last_covered: date | None, form: str,
                  holds_amount: float | None, holds_unit: str | None) -> str:
        """How far it goes when a saved schedule is not whole units of it: not said past the
        first dose of that schedule, and why."""
        why = arg(self.tr("a dose of %1 %2 (your saved schedule) is %3; count each product "
                          "under its own supplement name"),
                  self.c.number(misfit.amount), self.c.unit(misfit.unit),
                  self.share(misfit.per, form, holds_amount, holds_unit))
        if last_covered is None:
            return arg(self.tr("how far it goes is not known: %1"), why)
        return arg(self.tr("enough for the doses due until %1; from %2 not known: %3"),
                   self.c.weekday_day(last_covered), self.c.weekday_day(misfit.first_due), why)

    def left_out(self, n: int, form: str) -> str:
        """'1 logged dose not taken off (not whole capsules)', or '' for none."""
        if n == 0:
            return ""
        if form == "tablet":
            return self.tr("%n logged dose(s) not taken off (not whole or half tablets)",
                           None, n)
        return arg(self.tr("%n logged dose(s) not taken off (not whole %1)", None, n),
                   self.form_name(form))

    def said_reach(self, v: Reached) -> str:
        """How far it goes, or (a saved schedule not whole units of it) up to where it is
        known and why not further."""
        if v.misfit is not None and v.runs_out is None:
            return self.not_known(v.misfit, v.last_covered, v.form, v.holds_amount,
                                  v.holds_unit)
        return self.reach(v.last_covered, v.runs_out, v.scheduled, v.open_ended)

    def reach(self, last_covered: date | None, runs_out: date | None, scheduled: bool,
              open_ended: bool) -> str:
        """How far what is left goes at the saved schedules."""
        if not scheduled:
            return self.tr("no saved schedule is due")
        if runs_out is None:
            if open_ended or last_covered is None:
                return self.tr("enough for more than %n year(s)", None, HORIZON_DAYS // 365)
            return arg(self.tr("enough for every dose still due (the last on %1)"),
                       self.c.weekday_day(last_covered))
        if last_covered is None:
            return arg(self.tr("not enough for the next dose, due %1"),
                       self.c.weekday_day(runs_out))
        return arg(self.tr("enough until %1"),
                   self.c.weekday_day(last_covered))


__all__ = ["Reached", "SupplyWords"]
