"""The services, composed once over one store (by app.compose) and handed to every caller."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage.database import Database
from .alerts import AlertService
from .diary import DiaryService
from .due_doses import DueDoseService
from .entries import EntryService
from .export import ExportService
from .importing import ImportService
from .labs import LabService
from .regimens import RegimenService
from .reminders import ReminderService
from .settings import SettingsService
from .summary import SummaryService
from .supplies import SupplyService
from .trends import TrendsService


@dataclass(frozen=True)
class Services:
    db: Database
    diary: DiaryService
    regimens: RegimenService
    labs: LabService
    alerts: AlertService
    settings: SettingsService
    entries: EntryService
    due_doses: DueDoseService
    reminders: ReminderService
    export: ExportService
    importing: ImportService
    trends: TrendsService
    summary: SummaryService
    supplies: SupplyService

    def close(self) -> None:
        self.db.close()
