"""What is in the cupboard, in words: units of a form, a count saved, and how far it goes."""

from __future__ import annotations

from datetime import date

from ..domain.messages import Message
from ..domain.supplies import HORIZON_DAYS
from .base import Common, Words
from .translate import arg


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


__all__ = ["SupplyWords"]
