"""The alert rules read the symptoms from the latest course's start only (issue 28: a ten-year
diary is not read whole for Today's alerts): on real diaries, on every fortnight of each, the
alerts said are exactly those the rules give over the whole diary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from journeys import ALL, Journey
from vdtracker.domain import alerts as rules
from vdtracker.services.bundle import Services
from vdtracker.storage import repositories as repo


@pytest.mark.parametrize("build", ALL, ids=lambda f: f.__name__)
def test_the_alerts_are_those_of_the_whole_diary(svc: Services, build: Callable[..., Journey]):
    j = build(svc)
    profiles = svc.settings.profiles()
    day, told = j.diary_first, set()
    while day <= j.as_of:
        with svc.db.reading() as s:
            whole = rules.compute(repo.snapshot(s, day), day, profiles)
        said = svc.alerts.alerts(day, profiles)
        assert said == whole, day
        told |= {a.kind for a in said}
        day += timedelta(days=14)
    if j.name in ("relapse_and_return", "lapse_that_ends"):
        assert "lapsed-maintenance" in told  # the journeys' lapses were among those compared


def test_a_return_of_symptoms_is_still_said(svc: Services):
    """Pain back after the best weeks of the course: read from the course's start, it is told
    as it is over the whole diary (both would go quiet if the symptoms were not read)."""
    from journeys import relapse_and_return

    j = relapse_and_return(svc)
    day, seen = j.diary_first, []
    while day <= j.as_of:
        said = svc.alerts.alerts(day)
        seen += [a for a in said if a.kind == "symptom-recurrence"]
        day += timedelta(days=7)
    assert seen, "no return of symptoms told in a journey built to show one"
