"""What to remind of now, and which alerts to notify today (each at most once a day)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

from ..domain import alerts as alert_rules
from ..domain import reminders as rules
from ..domain.alert_types import Alert
from ..domain.ranges import Profile
from ..domain.schedule import Regimen
from ..storage import repositories as repo
from ..storage.database import Database
from . import settings as opts


class ReminderService:
    def __init__(self, db: Database, settings: opts.SettingsService) -> None:
        self.db = db
        self.settings = settings

    def regimens(self) -> list[Regimen]:
        with self.db.reading() as s:
            return repo.regimens(s)

    def pending(self, now: datetime) -> list[rules.Reminder]:
        with self.db.reading() as s:
            regimens = repo.regimens(s)
            doses = repo.doses(s, now.date())
            paused = repo.breaks(s)
        return rules.pending(regimens, doses, now, paused)

    def hide_names(self) -> bool:
        return self.settings.get(opts.HIDE_NAMES)

    def notices(self, today: date, profiles: dict[str, Profile] | None = None) -> list[Alert]:
        with self.db.reading() as s:
            snap = repo.snapshot(s, today, whole_diary=False)
        last = self.settings.get(opts.NOTIFIED)
        return rules.notices_due(alert_rules.compute(snap, today, profiles), last, today)

    def mark_notified(self, alerts: list[Alert], today: date) -> None:
        cutoff = today - timedelta(days=30)  # older marks no longer hold anything back

        def marked(last: Mapping[str, date]) -> Mapping[str, date]:
            kept = {k: d for k, d in last.items() if d >= cutoff}
            kept.update({rules.notice_key(a): today for a in alerts})
            return kept

        self.settings.update(opts.NOTIFIED, marked)
