"""A summary and its chart read the diary once (issue 28: a year's summary read ten years
twice): on real diaries the summary and the chart's series made from the one read are those
each reads for itself, for a period ending on the day of the summary and one ending before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from journeys import Journey, lapse_that_ends, relapse_and_return, sparse_logging
from vdtracker.services.bundle import Services


@pytest.mark.parametrize("build", [lapse_that_ends, relapse_and_return, sparse_logging],
                         ids=lambda f: f.__name__)
def test_one_read_tells_what_two_reads_told(svc: Services, build: Callable[..., Journey]):
    j = build(svc)
    profiles = svc.settings.profiles()
    read = svc.summary.read(j.as_of)
    for last in (j.as_of, j.as_of - timedelta(days=40)):
        first = min(j.report_from, last - timedelta(days=90))
        assert svc.summary.build(first, last, j.as_of, profiles, read) == \
            svc.summary.build(first, last, j.as_of, profiles)
    assert svc.trends.data(j.as_of, "ng/mL", profiles, since=j.report_from, read=read) == \
        svc.trends.data(j.as_of, "ng/mL", profiles, since=j.report_from)


def test_a_read_of_another_day_is_not_used(svc: Services):
    j = lapse_that_ends(svc)
    earlier = j.as_of - timedelta(days=60)
    stale = svc.summary.read(earlier)
    first = j.report_from
    assert svc.summary.build(first, j.as_of, j.as_of, None, stale) == \
        svc.summary.build(first, j.as_of, j.as_of)
