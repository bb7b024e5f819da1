"""The services, composed once over one store (by app.compose) and handed to every caller.

Each service is made, and its module imported, the first time it is asked for: a command that
logs a pain score never imports the export (iCalendar, FHIR), the import or the summary."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..storage.database import Database

if TYPE_CHECKING:
    from .alerts import AlertService
    from .diary import DiaryService
    from .doses import DoseService
    from .due_doses import DueDoseService
    from .entries import EntryService
    from .export import ExportService
    from .history import HistoryService
    from .importing import ImportService
    from .labs import LabService
    from .regimens import RegimenService
    from .reminders import ReminderService
    from .settings import SettingsService
    from .summary import SummaryService
    from .supplies import SupplyService
    from .trends import TrendsService


class Services:
    """One of each service over `db`; all of them share its connection and its settings."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def settings(self) -> SettingsService:
        from .settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def diary(self) -> DiaryService:
        from .diary import DiaryService

        return DiaryService(self.db)

    @cached_property
    def doses(self) -> DoseService:
        from .doses import DoseService

        return DoseService(self.db)

    @cached_property
    def regimens(self) -> RegimenService:
        from .regimens import RegimenService

        return RegimenService(self.db)

    @cached_property
    def labs(self) -> LabService:
        from .labs import LabService

        return LabService(self.db)

    @cached_property
    def alerts(self) -> AlertService:
        from .alerts import AlertService

        return AlertService(self.db)

    @cached_property
    def entries(self) -> EntryService:
        from .entries import EntryService

        return EntryService(self.db)

    @cached_property
    def history(self) -> HistoryService:
        """The entries as read (Today's day, the History page): no ORM to show them."""
        from .history import HistoryService

        return HistoryService(self.db)

    @cached_property
    def due_doses(self) -> DueDoseService:
        from .due_doses import DueDoseService

        return DueDoseService(self.db)

    @cached_property
    def reminders(self) -> ReminderService:
        from .reminders import ReminderService

        return ReminderService(self.db, self.settings)

    @cached_property
    def export(self) -> ExportService:
        from .export import ExportService

        return ExportService(self.db, self.settings)

    @cached_property
    def importing(self) -> ImportService:
        from .importing import ImportService

        return ImportService(self.db)

    @cached_property
    def trends(self) -> TrendsService:
        from .trends import TrendsService

        return TrendsService(self.db)

    @cached_property
    def summary(self) -> SummaryService:
        from .summary import SummaryService

        return SummaryService(self.db)

    @cached_property
    def supplies(self) -> SupplyService:
        from .supplies import SupplyService

        return SupplyService(self.db)

    def close(self) -> None:
        self.db.close()
