"""Use cases the UI and CLI call: each commits in one transaction and returns plain dataclasses."""

from .alerts import AlertService
from .diary import DiaryService
from .labs import LabService
from .regimens import RegimenService
from .settings import SettingsService

__all__ = ["AlertService", "DiaryService", "LabService", "RegimenService", "SettingsService"]
