"""Supplies: the patient's count of a supplement, packs bought, and how far what is left goes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import supplies as sup
from ..domain.errors import InvalidInput, reason
from ..domain.messages import message
from ..models import Dose, Supplement, Supply, SupplyPack
from ..storage import repositories as repo
from ..storage.database import Database
from .results import Change, Saved, added, data_of


@dataclass(frozen=True)
class SupplyView:
    """One supplement's supply as of a day: units left and how far they go as scheduled."""

    supplement: str
    form: str
    holds_amount: float | None
    holds_unit: str | None
    left: float
    last_covered: date | None  # the last due dose covered (None: none)
    runs_out: date | None  # the first due dose not covered (None: none within two years)
    doses_left: int
    scheduled: bool  # a schedule of it is due from that day on
    open_ended: bool  # a schedule runs on past two years: runs_out None means "more than 2"
    low: bool  # time to say so: it runs out within the lead time
    left_out: int = 0  # logged doses not taken off: not whole units of this supply
    misfit: sup.Misfit | None = None  # a saved schedule not whole units: how far is not known


class SupplyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def set(self, name: str, count: float, now: datetime, form: str | None = None,
            holds_amount: float | None = None, holds_unit: str | None = None) -> Saved:
        """What the patient counted now. The form and what one unit holds are kept from the
        last count when not given (a first count without a form is of tablets). A new form or
        holding is refused when a saved schedule of it, running or starting later, is not whole
        units of it; a recount of the same is always taken."""
        with self.db.transaction() as s:
            found = _supplement(s, name)
            row = s.scalar(select(Supply).where(Supply.supplement_id == found.id))
            keep_holds = holds_amount is None and holds_unit is None and row is not None
            count, form, holds_amount, holds_unit = sup.checked_stock(
                count, form or (row.form if row else "tablet"),
                row.holds_amount if keep_holds and row else holds_amount,
                row.holds_unit if keep_holds and row else holds_unit, found.substance)
            if row is None or (row.form, row.holds_amount, row.holds_unit) != (
                    form, holds_amount, holds_unit):  # a recount alone is never refused:
                # a stale count would make the warning late ("Check this" says the misfit)
                sup.check_fits(sup.Stock(found.name, found.substance, form, count, now,
                                         holds_amount, holds_unit), repo.regimens(s),
                               now.date())
            before = data_of("supply", row) if row is not None else None
            if row is None:
                row = Supply(supplement_id=found.id, form=form, holds_amount=holds_amount,
                             holds_unit=holds_unit, counted=count, counted_at=now)
                s.add(row)
                s.flush()
                change = added("supply", row)
            else:
                row.form, row.holds_amount, row.holds_unit = form, holds_amount, holds_unit
                row.counted, row.counted_at = count, now
                s.flush()
                change = Change("supply", int(row.id), before, data_of("supply", row))
            return Saved(message("saved.supply", supplement=found.name, count=count, form=form,
                                 holds_amount=holds_amount, holds_unit=holds_unit),
                         (change,))

    def add(self, name: str, count: float, now: datetime) -> Saved:
        """A pack bought: `count` more units, on top of the last count."""
        if not 0 < count <= sup.MAX_COUNT:
            raise InvalidInput("count", count, reason("count-range", high=sup.MAX_COUNT,
                                                      positive=True))
        with self.db.transaction() as s:
            found = _supplement(s, name)
            stock = s.scalar(select(Supply).where(Supply.supplement_id == found.id))
            if stock is None:
                raise InvalidInput("supply_name", name, reason("supply-not-counted"))
            pack = SupplyPack(supplement_id=found.id, count=count, added_at=now)
            s.add(pack)
            s.flush()
            return Saved(message("saved.supply-pack", supplement=found.name, count=count,
                                 form=stock.form), (added("supply_pack", pack),))

    def status(self, today: date) -> list[SupplyView]:
        """Every supplement with a count, by name, as of `today`."""
        with self.db.reading() as s:
            return [self._view(s, stock, taken, today)
                    for stock, taken in repo.supplies(s, today)]

    @staticmethod
    def _view(s: Session, stock: sup.Stock, taken: list[sup.Taken], today: date
              ) -> SupplyView:
        settled_today = s.scalar(
            select(Dose.id).join(Supplement, Dose.supplement_id == Supplement.id)
            .where(Supplement.name == stock.supplement, Dose.day == today).limit(1)) is not None
        found, low = sup.reach(stock, taken, repo.regimens(s), today, settled_today)
        return SupplyView(stock.supplement, stock.form, stock.holds_amount, stock.holds_unit,
                          found.left, found.last_covered, found.runs_out, found.doses_left,
                          found.scheduled, found.open_ended, low, found.left_out,
                          found.misfit)


def _supplement(s: Session, name: str) -> Supplement:
    """A supplement the diary knows (a count of one it does not is most likely a typo)."""
    found = repo.find_supplement(s, name)
    if found is None:
        known = ", ".join(sorted(s.scalars(select(Supplement.name))))
        raise InvalidInput("supply_name", name, reason("supplement-unknown", known=known))
    return found


__all__ = ["SupplyService", "SupplyView"]
