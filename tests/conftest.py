"""Shared fixtures: a real database in a temporary data folder and the services over it."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vdtracker.services import (  # noqa: E402
    AlertService, DiaryService, LabService, RegimenService, SettingsService)
from vdtracker.storage.database import Database  # noqa: E402


@dataclass
class Services:
    db: Database
    diary: DiaryService
    regimens: RegimenService
    labs: LabService
    alerts: AlertService
    settings: SettingsService


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("VDTRACKER_DATABASE_URL", raising=False)
    database = Database.open(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def svc(db):
    return Services(db, DiaryService(db), RegimenService(db), LabService(db), AlertService(db),
                    SettingsService(db))
