"""A summary and its chart read the diary once (issue 28: a year's summary read ten years
twice). The story told from that one read, of the whole diary up to the day of the summary, is
the story told from the diary read up to the period's own last day, as each summary was told
before; on real diaries, for a period ending on that day and for ones ending before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from journeys import Journey, lapse_that_ends, relapse_and_return, sparse_logging
from vdtracker.services.bundle import Services
from vdtracker.services.story import read_days, tell
from vdtracker.storage import repositories as repo


@pytest.mark.parametrize("build", [lapse_that_ends, relapse_and_return, sparse_logging],
                         ids=lambda f: f.__name__)
def test_one_read_tells_what_reading_up_to_the_period_told(svc: Services,
                                                            build: Callable[..., Journey]):
    j = build(svc)
    read = svc.summary.read(j.as_of)
    for back in (0, 40, 120):
        last = j.as_of - timedelta(days=back)
        first = min(j.report_from, last - timedelta(days=90))
        with svc.db.reading() as s:  # the diary read up to `last` alone
            then = repo.snapshot(s, last)
            alone = tell(read_days(s, last), then.regimens, then.doses, first, last, j.as_of,
                         then.breaks)
        told = svc.summary.build(first, last, j.as_of, svc.settings.profiles(), read).story
        assert told == alone, last
        assert max(told.days, default=last) <= last  # nothing after the period is told


def test_a_read_of_another_day_is_not_used(svc: Services):
    j = lapse_that_ends(svc)
    stale = svc.summary.read(j.as_of - timedelta(days=60))
    assert svc.summary.build(j.report_from, j.as_of, j.as_of, None, stale) == \
        svc.summary.build(j.report_from, j.as_of, j.as_of)
