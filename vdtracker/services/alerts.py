"""The alerts in force on a day, from the user's own stored data; Today's ranked list, and the
lab flags the user marked as discussed with their clinician."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain import alerts
from ..domain.alert_rank import Discussed, mark_of, rank
from ..domain.alert_types import Alert
from ..domain.ranges import Profile
from ..storage import repositories as repo
from ..storage.database import Database
from . import settings
from .due_doses import DueDose, due_on


class AlertService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def alerts(self, as_of: date, profiles: Mapping[str, Profile] | None = None) -> list[Alert]:
        with self.db.connect() as s:
            snap = repo.snapshot(s, as_of, whole_diary=False)
        return alerts.compute(snap, as_of, profiles)

    def ranked(self, as_of: date, profiles: Mapping[str, Profile] | None = None
               ) -> list[Alert]:
        """Today's list (domain.alert_rank): the lapse first, the rises in symptoms as one, a
        flag marked as discussed last and quiet until the next result of its test."""
        with self.db.connect() as s:
            snap = repo.snapshot(s, as_of, whole_diary=False)
            discussed = settings.read(s, settings.DISCUSSED)
        return rank(alerts.compute(snap, as_of, profiles), discussed)

    def today(self, as_of: date, day: date, profiles: Mapping[str, Profile] | None = None
              ) -> tuple[list[Alert], list[DueDose]]:
        """What Today shows, read in one go: the ranked alerts on `as_of` and the doses due
        on `day` (as `ranked` and DueDoseService.due), the schedules and doses read once."""
        with self.db.connect() as s:
            snap = repo.snapshot(s, as_of, whole_diary=False)
            discussed = settings.read(s, settings.DISCUSSED)
            paused = repo.breaks(s)
        doses = snap.doses if day >= as_of else [d for d in snap.doses if d.day <= day]
        return (rank(alerts.compute(snap, as_of, profiles), discussed),
                due_on(day, snap.regimens, doses, paused))

    def mark_discussed(self, alert: Alert, on: date) -> None:
        """The lab flag `alert` was discussed with the clinician (said on `on`): kept quiet
        until another result of its test is entered. An alert that cannot be marked (not a
        lab flag, or an urgent one) changes nothing."""
        mark = mark_of(alert, on)
        if mark is not None:
            self._change(str(alert.details["analyte"]), mark)

    def unmark_discussed(self, analyte: str) -> None:
        """The mark taken back: the flag of that test is told in full again."""
        self._change(analyte, None)

    def _change(self, analyte: str, mark: Discussed | None) -> None:
        with self.db.connect() as s:
            stored: Mapping[str, Discussed] = settings.read(s, settings.DISCUSSED)
            marks = dict(stored)
            if mark is None:
                marks.pop(analyte, None)
            else:
                marks[analyte] = mark
            settings.write(s, settings.DISCUSSED, marks)
