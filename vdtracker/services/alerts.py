"""The alerts in force on a day, from the user's own stored data."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain import alerts
from ..domain.alert_types import Alert
from ..domain.ranges import Profile
from ..storage import repositories as repo
from ..storage.database import Database


class AlertService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def alerts(self, as_of: date, profiles: Mapping[str, Profile] | None = None) -> list[Alert]:
        with self.db.reading() as s:
            snap = repo.snapshot(s, as_of)
        return alerts.compute(snap, as_of, profiles)
