"""Realistic patient journeys for the summary, Trends and alert tests (issue 23).

Each journey stores several hundred entries through the services on the store it is handed and
returns a `Journey` of plain facts (courses with their dates, the diary's first day, as_of, gaps,
lapses, late/skipped/missing doses). A test recomputes any figure it checks from the stored data
with `journeys.plain`, never from the app's own code:

    from journeys import lapse_that_ends, plain

    def test_something(svc):
        j = lapse_that_ends(svc)
        doc = svc.export.document()
        ...
"""

from . import plain
from .cases import (
    ALL,
    STOPPED_NOTE,
    b12_then_d_loading_then_maintenance,
    diary_starts_9_days_before,
    diary_starts_with_course,
    lapse_that_ends,
    relapse_and_return,
    sparse_logging,
    twice_weekly_retreatment,
)
from .model import Course, Journey, Lab, Lapse, LateDose, Span

__all__ = ["ALL", "STOPPED_NOTE", "Course", "Journey", "Lab", "Lapse", "LateDose", "Span",
           "b12_then_d_loading_then_maintenance", "diary_starts_9_days_before",
           "diary_starts_with_course", "lapse_that_ends", "plain", "relapse_and_return",
           "sparse_logging", "twice_weekly_retreatment"]
