"""Today's alerts and doses due are read in one go (issue 28: the schedules and a ten-year dose
log read once, not twice): on real diaries, for every fortnight and for days looked back at,
they are exactly what the alert list and the doses-due list give on their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from journeys import ALL, Journey
from vdtracker.services.bundle import Services


@pytest.mark.parametrize("build", ALL, ids=lambda f: f.__name__)
def test_todays_read_is_the_alerts_and_the_doses_due(svc: Services, build: Callable[..., Journey]):
    j = build(svc)
    profiles = svc.settings.profiles()
    as_of, shown = j.diary_first, 0
    while as_of <= j.as_of:
        for back in (0, 1, 3, 9):  # today, and days the patient steps back to
            day = as_of - timedelta(days=back)
            alerts, due = svc.alerts.today(as_of, day, profiles)
            assert alerts == svc.alerts.ranked(as_of, profiles), (as_of, day)
            assert due == svc.due_doses.due(day), (as_of, day)
            shown += len(due)
        as_of += timedelta(days=14)
    assert shown, "no dose was due on any day compared"
