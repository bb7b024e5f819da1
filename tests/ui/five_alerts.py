"""A real diary that puts five alerts on Today (issue 25): the relapse of ../shared/DOMAIN.md's
Case 3, told up to the visit a year later. 22 ng/mL, 50,000 IU weekly for 8 weeks, better;
daily maintenance stopped after 6 weeks for fear of toxicity; pain, spasm and night cramps
creep back over the 3 months before the visit, where the lab reads 14 ng/mL.

On the visit day Today has the lapse (a maintenance stopped with nothing after it), the low
25(OH)D and a rise in pain, in night cramps and in spasm: the wall of equal warnings a patient
met. Stored through the services as the window stores it (tests/journeys' Builder), seeded."""

from __future__ import annotations

from datetime import date

from journeys.build import ONE_DAY, Builder, days, ramp
from journeys.cases import STOPPED_NOTE, WEEK
from vdtracker.services.bundle import Services

LOAD_START = date(2025, 1, 13)
MAINT_START = LOAD_START + 8 * WEEK
STOP_DAY = MAINT_START + 6 * WEEK
CREEP_FROM = date(2025, 10, 15)
VISIT = date(2026, 1, 14)  # the relapse visit: Today shows this day


def relapse_at_the_visit(svc: Services, seed: int = 5) -> Builder:
    """The diary up to VISIT (nothing after it), the 14 ng/mL result entered that day."""
    b = Builder(svc, seed)
    first = LOAD_START - WEEK
    better_by = LOAD_START + 6 * WEEK
    b.lab("vitamin-d", "22", "ng/mL", date(2025, 1, 9), 30, 100)
    load = b.course("vitamin-d", "loading", 50000, "IU", LOAD_START, every_days=7, weeks=8)
    b.lab("vitamin-d", "32", "ng/mL", better_by, 30, 100)
    maint = b.course("vitamin-d", "maintenance", 2000, "IU", MAINT_START, every_days=1)
    b.take(load, LOAD_START, MAINT_START - ONE_DAY, hour=9, late=2)
    b.take(maint, MAINT_START, STOP_DAY - ONE_DAY, skip=1, miss=1)
    b.stop(maint, STOP_DAY, why="other", note=STOPPED_NOTE)
    b.lab("vitamin-d", "14", "ng/mL", VISIT, 30, 100)

    def pain(day: date) -> float:
        if day >= CREEP_FROM:
            return ramp(day, CREEP_FROM, VISIT, 1.8, 7.0)
        return ramp(day, LOAD_START, better_by, 9.0, 1.8)

    def per_week(day: date, start: float, then: float, back: float) -> float:
        if day >= CREEP_FROM:
            return ramp(day, CREEP_FROM, VISIT, then, back)
        return ramp(day, LOAD_START, better_by, start, then)

    for day in days(first, VISIT - ONE_DAY):  # the visit day itself is still to be logged
        odds = (1.0 if day < LOAD_START else 0.9 if day < better_by
                else 0.55 if day < CREEP_FROM else 0.85)
        if day not in (first, STOP_DAY) and b.rnd.random() >= odds:
            continue
        mean = pain(day)
        cramping = b.rnd.random() < per_week(day, 3.0, 0.0, 4.0) / 7
        b.log(day, pain=b.vas(mean), region="mid back",
              spasm=b.spasms(per_week(day, 6.0, 1.0, 5.0), min(8.0, 2.0 + mean * 0.6),
                             "mid back"),
              cramps=b.cramp_night(5) if cramping else None, at=b.clock(21))
    return b
