"""The doses the saved schedules have due today (or still in their grace window)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import adherence
from ..domain.breaks import TakingBreak
from ..domain.schedule import Plan, Regimen
from ..storage import repositories as repo
from ..storage.database import Database


@dataclass(frozen=True)
class DueDose:
    regimen_id: int
    supplement: str
    amount: float
    unit: str
    plan: Plan
    due: date
    days_late: int
    status: str  # "open", "taken", "skipped"
    dose_id: int | None


def due_on(today: date, regimens: Sequence[Regimen], doses: Sequence[adherence.Dose],
           paused: Sequence[TakingBreak]) -> list[DueDose]:
    """The doses due on `today` (or still in their grace window) and those answered on it, of
    the schedules read with the doses logged up to `today` and every break said."""
    out = []
    for r in regimens:
        for st in adherence.current(r, adherence.doses_for(r, doses), today, paused):
            if st.on_break:
                continue  # the user said they had stopped taking it then: nothing to answer
            status = "skipped" if st.skipped else ("taken" if st.dose_id else "open")
            # taken ones stay listed only on their own day, as a quiet confirmation
            if status != "open" and st.due != today:
                continue
            out.append(DueDose(r.id, r.supplement, r.amount, r.unit, r.plan, st.due,
                               (today - st.due).days, status, st.dose_id))
    return sorted(out, key=lambda d: (d.status != "open", d.due, d.supplement))


class DueDoseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def due(self, today: date) -> list[DueDose]:
        with self.db.connect() as s:
            regimens = repo.regimens(s)
            doses = repo.doses(s, today)
            paused = repo.breaks(s)
        return due_on(today, regimens, doses, paused)

    def open_before(self, regimen_id: int, today: date) -> list[date]:
        """This schedule's due dates before today with nothing logged (no dose, not skipped):
        what a schedule saved with a start in the past leaves open."""
        with self.db.connect() as s:
            regimens = [r for r in repo.regimens(s) if r.id == regimen_id]
            doses = repo.doses(s, today)
            paused = repo.breaks(s, regimen_id)
        if not regimens:
            return []
        r = regimens[0]
        own = adherence.doses_for(r, doses)
        return [st.due for st in adherence.match(r, own, r.start, today - timedelta(days=1),
                                                 paused) if st.open]
