"""What to remind of now, and which alerts to notify today (each at most once a day)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from ..domain import alerts as alert_rules
from ..domain import reminders as rules
from ..domain.ranges import Profile
from ..domain.schedule import Regimen
from ..domain.alert_types import Alert
from ..models import Setting
from ..storage import repositories as repo
from ..storage.database import Database
from . import settings as opts

NOTIFIED = "reminders.notified"  # {notice key: ISO date last notified}, kept for 30 days


class ReminderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def regimens(self) -> list[Regimen]:
        with self.db.reading() as s:
            return repo.regimens(s)

    def pending(self, now: datetime) -> list[rules.Reminder]:
        with self.db.reading() as s:
            regimens = repo.regimens(s)
            doses = repo.doses(s, now.date())
        return rules.pending(regimens, doses, now)

    def hide_names(self) -> bool:
        return opts.SettingsService(self.db).get(opts.HIDE_NAMES) == "on"

    def notices(self, today: date, profiles: dict[str, Profile] | None = None) -> list[Alert]:
        with self.db.reading() as s:
            snap = repo.snapshot(s, today)
            row = s.get(Setting, NOTIFIED)
            raw = json.loads(row.value) if row is not None else {}
        last = {k: date.fromisoformat(v) for k, v in raw.items()}
        return rules.notices_due(alert_rules.compute(snap, today, profiles), last, today)

    def mark_notified(self, alerts: list[Alert], today: date) -> None:
        with self.db.transaction() as s:
            row = s.get(Setting, NOTIFIED)
            raw = json.loads(row.value) if row is not None else {}
            cutoff = (today - timedelta(days=30)).isoformat()
            raw = {k: v for k, v in raw.items() if v >= cutoff}
            raw.update({rules.notice_key(a): today.isoformat() for a in alerts})
            s.merge(Setting(key=NOTIFIED, value=json.dumps(raw, sort_keys=True)))
