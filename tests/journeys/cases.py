"""Seven realistic patient journeys (../shared/DOMAIN.md, "Real diaries"; issue 23), each stored
through the services on the store it is handed and described by a Journey of plain facts.

Every journey is reproducible from its seed (random.Random(seed)); another seed gives another
diary of the same shape. Symptoms follow the published cases: pain VAS 0-10 with one decimal,
cramp nights with count, severity, longest cramp and sleep disturbance, spasm episodes with a
count and a 0-10 severity. Doses are answered as on Today (each on its day and time, some a day
or two late, some "skipped", a few never answered) or, for the sparse logger, together later.
"""

from __future__ import annotations

from datetime import date, timedelta

from vdtracker.domain.day_entry import SpasmPart
from vdtracker.services.bundle import Services

from .build import ONE_DAY, Builder, days, ramp
from .model import Journey, Lapse, Span

WEEK = timedelta(weeks=1)
STOPPED_NOTE = "Stopped the daily vitamin D — read about toxicity"


def _journey(b: Builder, name: str, seed: int, story: str, as_of: date, report_from: date,
             **facts: object) -> Journey:
    return Journey(name=name, seed=seed, story=story, diary_first=min(b.diary),
                   diary_last=max(b.diary), as_of=as_of, report_from=report_from,
                   courses=tuple(sorted(b.courses.values(), key=lambda c: (c.start,
                                                                          c.regimen_id))),
                   labs=tuple(sorted(b.labs, key=lambda lab: lab.day)),
                   late=tuple(b.late), skipped=tuple(b.skipped), missing=tuple(b.missing),
                   **facts)  # type: ignore[arg-type]


def _logs(b: Builder, day: date, odds: float, *always: date) -> bool:
    """Whether the patient logged on `day` (always on the days named)."""
    return day in always or b.rnd.random() < odds


# ---- 1 -------------------------------------------------------------------------------------

def diary_starts_with_course(svc: Services, seed: int = 1) -> Journey:
    """The diary begins at the visit that starts a vitamin D loading course (50,000 IU weekly,
    8 weeks), then 2,000 IU daily; low back pain ~6 -> ~3, back spasm ~7 a week -> ~2."""
    b = Builder(svc, seed)
    start = date(2025, 9, 1)  # a Monday: the visit, the first dose, the first diary entry
    works_from = start + WEEK  # nothing changes in the first week
    maint_start = start + 8 * WEEK
    as_of = start + 24 * WEEK - ONE_DAY
    b.lab("vitamin-d", "17", "ng/mL", start - timedelta(days=4), 30, 100)
    load = b.course("vitamin-d", "loading", 50000, "IU", start, every_days=7, weeks=8,
                    note="50.000 I.E. once a week for 8 weeks")
    maint = b.course("vitamin-d", "maintenance", 2000, "IU", maint_start, every_days=1)
    b.lab("vitamin-d", "34", "ng/mL", start + 12 * WEEK, 30, 100)
    for day in days(start, as_of):
        if not _logs(b, day, 0.88, start, as_of):
            continue
        cramps = (b.cramp_night(5) if b.rnd.random() < ramp(day, start, maint_start, 0.15, 0.04)
                  else None)
        b.log(day, pain=b.vas(ramp(day, works_from, maint_start, 6.0, 3.0)),
              region="lower back",
              spasm=b.spasms(ramp(day, works_from, maint_start, 7.0, 2.0),
                             ramp(day, works_from, maint_start, 6.0, 3.0), "back"),
              cramps=cramps, at=b.clock(20))
    b.take(load, start, maint_start - ONE_DAY, hour=9, late=2)
    b.take(maint, maint_start, as_of, skip=3, miss=3)
    return _journey(b, "diary_starts_with_course", seed,
                    "Low back pain and spasm; the diary starts the day the loading course does.",
                    as_of, start, marks={"course_start": start, "maintenance_start": maint_start})


# ---- 2 -------------------------------------------------------------------------------------

def diary_starts_9_days_before(svc: Services, seed: int = 2) -> Journey:
    """The hemifacial-spasm case: ~44 episodes a week over the 9 days logged before B12
    1,000 mcg daily (ongoing) starts; severity moderate -> mild over 8 weeks. Only spasm is
    logged (morning and evening counts), no pain, no cramps."""
    b = Builder(svc, seed)
    b12_start = date(2025, 9, 10)  # a Wednesday
    first = b12_start - timedelta(days=9)
    mild_by = b12_start + 8 * WEEK
    as_of = b12_start + 16 * WEEK - ONE_DAY
    visit = b12_start - timedelta(days=2)
    b.lab("vitamin-d", "19", "nmol/L", visit, 75, 250, "Hospital lab")
    b.lab("b12", "212", "pmol/L", visit, 145, 569, "Hospital lab")
    b.lab("pth", "89", "ng/L", visit, 15, 65, "Hospital lab")
    b12 = b.course("b12", "ongoing", 1000, "mcg", b12_start, every_days=1,
                   note="Neurology: B12 1000 µg daily")
    b.lab("b12", "625", "pmol/L", b12_start + 6 * WEEK, 145, 569, "Hospital lab")
    before = [4] * 9  # 57 episodes over the 9 days: 44.3 a week, whatever the seed
    for _ in range(round(44 * 9 / 7) - sum(before)):
        before[b.rnd.randrange(9)] += 1
    for i, day in enumerate(days(first, as_of)):
        if i < 9:
            total = before[i]
        elif b.rnd.random() < 0.9 or day == as_of:
            total = max(1, b.poisson(ramp(day, b12_start, as_of, 44.0, 20.0) / 7))
        else:
            continue
        severity = ramp(day, b12_start, mild_by, 5.5, 2.5)
        morning = round(total * b.rnd.uniform(0.3, 0.6))
        for count, hour in ((morning, 12), (total - morning, 21)):
            if count:
                b.log(day, spasm=SpasmPart(count, b.score(severity, 0.6), "face (left eyelid)",
                                           None), at=b.clock(hour))
    b.take(b12, b12_start, as_of, skip=4, miss=4)
    return _journey(b, "diary_starts_9_days_before", seed,
                    "Hemifacial spasm logged twice a day for 9 days before B12 daily starts.",
                    as_of, b12_start, marks={"course_start": b12_start, "mild_by": mild_by})


# ---- 3 -------------------------------------------------------------------------------------

def sparse_logging(svc: Services, seed: int = 3) -> Journey:
    """Logs on only 2-3 days a week, nothing during a 16-day holiday; a loading course
    (50,000 IU weekly, 8 weeks) then 1,000 IU daily, whose doses are answered together on the
    days the patient opens the app."""
    b = Builder(svc, seed)
    first = date(2025, 3, 3)  # a Monday
    load_start = date(2025, 3, 17)
    maint_start = load_start + 8 * WEEK
    holiday = Span(date(2025, 7, 26), date(2025, 8, 10))  # 16 days away
    as_of = date(2025, 12, 19)  # a Friday, logged: the visit
    b.lab("vitamin-d", "21", "ng/mL", date(2025, 3, 12), 30, 100)
    load = b.course("vitamin-d", "loading", 50000, "IU", load_start, every_days=7, weeks=8)
    maint = b.course("vitamin-d", "maintenance", 1000, "IU", maint_start, every_days=1)
    b.lab("vitamin-d", "33", "ng/mL", date(2025, 6, 16), 30, 100)
    forced = {first, as_of, holiday.first - ONE_DAY, holiday.last + ONE_DAY}
    logged: list[date] = []
    monday = first
    while monday <= as_of:
        week = [d for d in days(monday, monday + 6 * ONE_DAY) if first <= d <= as_of
                and d not in holiday]
        must = [d for d in week if d in forced]
        rest = [d for d in week if d not in forced]
        wanted = max(0, b.rnd.choice((2, 3)) - len(must))
        logged += sorted(must + b.rnd.sample(rest, min(wanted, len(rest))))
        monday += WEEK
    answered = maint_start - ONE_DAY
    for day in sorted(logged):
        cramps = b.cramp_night(5) if b.rnd.random() < 0.12 else None
        b.log(day, pain=b.vas(ramp(day, load_start, maint_start, 6.5, 3.0)), region="neck",
              spasm=b.spasms(ramp(day, load_start, maint_start, 6.0, 2.0),
                             ramp(day, load_start, maint_start, 6.0, 3.0), "neck"),
              cramps=cramps, at=b.clock(19))
        if day >= maint_start:
            b.answer_later(maint, b.due(maint, answered + ONE_DAY, day), day, skip=0.03,
                           miss=0.01)
            answered = day
    b.take(load, load_start, maint_start - ONE_DAY, hour=10, late=2)
    return _journey(b, "sparse_logging", seed,
                    "Neck pain logged 2-3 days a week with a 16-day holiday gap.",
                    as_of, load_start, diary_gaps=(holiday,),
                    marks={"course_start": load_start, "maintenance_start": maint_start})


# ---- 4 -------------------------------------------------------------------------------------

def b12_then_d_loading_then_maintenance(svc: Services, seed: int = 4) -> Journey:
    """The neurology case: night cramps on 8 of the 9 nights logged before B12 1,000 mcg daily
    (ongoing) starts, none from 4 weeks after; vitamin D 50,000 IU weekly from week 7 for 8
    weeks, then 2,000 IU daily; back pain and spasm ease only after the vitamin D starts."""
    b = Builder(svc, seed)
    first = date(2025, 6, 2)  # a Monday
    b12_start = first + timedelta(days=9)
    cramps_gone = b12_start + 4 * WEEK  # no cramp night from this night on
    d_load = b12_start + 7 * WEEK
    d_maint = d_load + 8 * WEEK
    as_of = b12_start + 26 * WEEK - ONE_DAY
    visit = b12_start - timedelta(days=2)
    b.lab("vitamin-d", "9", "ng/mL", visit, 30, 100)
    b.lab("b12", "118", "pmol/L", visit, 145, 569)
    b.lab("pth", "82", "ng/L", visit, 15, 65)
    b12 = b.course("b12", "ongoing", 1000, "mcg", b12_start, every_days=1)
    b.lab("b12", "540", "pmol/L", b12_start + 6 * WEEK, 145, 569)
    load = b.course("vitamin-d", "loading", 50000, "IU", d_load, every_days=7, weeks=8)
    maint = b.course("vitamin-d", "maintenance", 2000, "IU", d_maint, every_days=1)
    b.lab("vitamin-d", "38", "ng/mL", d_load + 16 * WEEK, 30, 100)
    free_night = first + timedelta(days=b.rnd.randrange(9))  # the one night without cramps
    for day in days(first, as_of):
        if not _logs(b, day, 0.9, as_of, *days(first, b12_start - ONE_DAY)):
            continue
        if day < b12_start:
            cramping = day != free_night
        else:
            cramping = day < cramps_gone and b.rnd.random() < ramp(day, b12_start, cramps_gone,
                                                                    8 / 9, 0.0)
        severity = ramp(day, b12_start, cramps_gone, 7.0, 4.0)
        b.log(day, pain=b.vas(ramp(day, d_load, d_maint, 5.5, 2.5)), region="lower back",
              cramps=b.cramp_night(severity, region=b.rnd.choice(("calf", "thigh")))
              if cramping else None,
              spasm=b.spasms(ramp(day, d_load, d_maint, 5.0, 1.5), 5.0, "back"),
              at=b.clock(21))
    b.take(b12, b12_start, as_of, skip=4, miss=4)
    b.take(load, d_load, d_maint - ONE_DAY, hour=9, late=2)
    b.take(maint, d_maint, as_of, skip=2, miss=2)
    return _journey(b, "b12_then_d_loading_then_maintenance", seed,
                    "Night cramps gone on B12, then vitamin D loading and maintenance.",
                    as_of, b12_start,
                    marks={"course_start": b12_start, "cramps_gone": cramps_gone,
                           "d_loading_start": d_load, "d_maintenance_start": d_maint})


# ---- 5 -------------------------------------------------------------------------------------

def relapse_and_return(svc: Services, seed: int = 5) -> Journey:
    """The founding case (Case 3): 22 ng/mL, 50,000 IU weekly for 8 weeks, 80 % better; daily
    maintenance stopped after 6 weeks for fear of toxicity; pain and spasm creep back over the
    3 months before a visit a year later (14 ng/mL); then 50,000 IU twice a week (tue, fri)
    for 3 weeks and daily maintenance again: the return."""
    b = Builder(svc, seed)
    first = date(2025, 1, 6)  # a Monday, a week before the course
    load_start = date(2025, 1, 13)
    better_by = load_start + 6 * WEEK
    maint_start = load_start + 8 * WEEK
    stop_day = maint_start + 6 * WEEK
    creep_from = date(2025, 10, 15)
    visit = date(2026, 1, 14)  # the relapse visit
    return_start = date(2026, 1, 16)  # a Friday
    new_maint = return_start + 3 * WEEK
    as_of = date(2026, 3, 2)
    b.lab("vitamin-d", "22", "ng/mL", date(2025, 1, 9), 30, 100)
    load = b.course("vitamin-d", "loading", 50000, "IU", load_start, every_days=7, weeks=8)
    b.lab("vitamin-d", "32", "ng/mL", better_by, 30, 100)
    maint = b.course("vitamin-d", "maintenance", 2000, "IU", maint_start, every_days=1)
    b.lab("vitamin-d", "14", "ng/mL", visit, 30, 100)
    again = b.course("vitamin-d", "loading", 50000, "IU", return_start, weekdays="tue,fri",
                     weeks=3, note="Re-treatment after 14 ng/mL")
    b.lab("vitamin-d", "29", "ng/mL", date(2026, 2, 26), 30, 100)
    b.take(load, load_start, maint_start - ONE_DAY, hour=9, late=2)
    b.take(maint, maint_start, stop_day - ONE_DAY, skip=1, miss=1)
    reason_kept = b.stop(maint, stop_day, why="other", note=STOPPED_NOTE)
    b.take(again, return_start, new_maint - ONE_DAY, hour=9, late=1, late_by=(1,))
    after = b.course("vitamin-d", "maintenance", 2000, "IU", new_maint, every_days=1)
    b.take(after, new_maint, as_of, skip=1, miss=1)

    def pain(day: date) -> float:
        if day >= return_start:
            return ramp(day, return_start, return_start + 6 * WEEK, 7.0, 2.1)
        if day >= creep_from:
            return ramp(day, creep_from, visit, 1.8, 7.0)
        return ramp(day, load_start, better_by, 9.0, 1.8)

    def spasm_rate(day: date) -> float:
        if day >= return_start:
            return ramp(day, return_start, return_start + 6 * WEEK, 5.0, 1.5)
        if day >= creep_from:
            return ramp(day, creep_from, visit, 1.0, 5.0)
        return ramp(day, load_start, better_by, 6.0, 1.0)

    for day in days(first, as_of):
        odds = (1.0 if day < load_start else 0.9 if day < better_by
                else 0.55 if day < creep_from else 0.85)
        if not _logs(b, day, odds, first, stop_day, visit, as_of):
            continue
        mean = pain(day)
        b.log(day, pain=b.vas(mean), region="mid back",
              spasm=b.spasms(spasm_rate(day), min(8.0, 2.0 + mean * 0.6), "mid back"),
              note=STOPPED_NOTE if day == stop_day and not reason_kept else None,
              at=b.clock(21))
    return _journey(b, "relapse_and_return", seed,
                    "Loading worked, maintenance stopped, pain crept back a year later, "
                    "re-treated twice a week.",
                    as_of, load_start,
                    marks={"course_start": load_start, "better_by": better_by,
                           "maintenance_start": maint_start, "stopped": stop_day,
                           "creep_from": creep_from, "relapse_visit": visit,
                           "return_start": return_start, "new_maintenance_start": new_maint})


# ---- 6 -------------------------------------------------------------------------------------

def lapse_that_ends(svc: Services, seed: int = 6) -> Journey:
    """A loading course, then 2,000 IU daily taken for a week, nothing for 20 days (ran out over
    the holidays), one dose, and daily again; pain rises after the lapse began and is still up
    weeks after the doses resumed. Pain is often rated morning and evening."""
    b = Builder(svc, seed)
    first = date(2025, 9, 29)  # a Monday
    load_start = date(2025, 10, 16)  # a Thursday
    maint_start = load_start + 8 * WEEK
    lapse = Span(maint_start + WEEK, maint_start + WEEK + timedelta(days=19))  # 20 days
    resumed = lapse.last + ONE_DAY
    rise_from = lapse.first + timedelta(days=10)
    as_of = date(2026, 2, 13)
    b.lab("vitamin-d", "16", "ng/mL", date(2025, 10, 13), 30, 100)
    load = b.course("vitamin-d", "loading", 50000, "IU", load_start, every_days=7, weeks=8)
    maint = b.course("vitamin-d", "maintenance", 2000, "IU", maint_start, every_days=1)
    b.lab("vitamin-d", "31", "ng/mL", maint_start - timedelta(days=3), 30, 100)
    b.take(load, load_start, maint_start - ONE_DAY, hour=9, late=2)
    b.take(maint, maint_start, lapse.first - ONE_DAY)
    b.take(maint, resumed, resumed)
    b.take(maint, resumed + ONE_DAY, as_of, skip=1, miss=1)
    why = "Ran out of the vitamin D over the holidays; new pack today"

    def pain(day: date) -> float:
        if day < rise_from:
            return ramp(day, load_start, maint_start, 6.5, 2.5)
        if day < resumed + timedelta(days=17):
            return ramp(day, rise_from, resumed + timedelta(days=3), 2.5, 5.5)
        return ramp(day, resumed + timedelta(days=17), as_of, 5.5, 4.0)

    for day in days(first, as_of):
        if not _logs(b, day, 0.92, first, resumed, as_of):
            continue
        mean = pain(day)
        if b.rnd.random() < 0.6:
            b.log(day, pain=b.vas(mean + 0.4), region="lower back", at=b.clock(8))
        b.log(day, pain=b.vas(mean), region="lower back",
              spasm=b.spasms(1.0 + mean * 0.8, 2.0 + mean * 0.6, "lower back"),
              cramps=b.cramp_night(5) if b.rnd.random() < 0.1 else None,
              note=why if day == resumed else None, at=b.clock(21))
    return _journey(b, "lapse_that_ends", seed,
                    "Maintenance lapsed for 20 days, one dose ended it, pain rose after.",
                    as_of, load_start,
                    lapses=(Lapse(maint.regimen_id, lapse.first - ONE_DAY, lapse, resumed,
                                  "ran-out", why),),
                    marks={"course_start": load_start, "maintenance_start": maint_start,
                           "pain_rises_from": rise_from, "resumed": resumed})


# ---- 7 -------------------------------------------------------------------------------------

def twice_weekly_retreatment(svc: Services, seed: int = 7) -> Journey:
    """An old 1,000 IU daily schedule taken on and off; after 16 ng/mL the clinician stops it
    and prescribes 50,000 IU twice a week (mon, thu) for 6 weeks, then 2,000 IU daily; pain,
    spasm and night cramps ease."""
    b = Builder(svc, seed)
    old_start = date(2025, 6, 2)
    first = date(2025, 9, 8)  # a Monday, 3 weeks before the re-treatment
    low_day = date(2025, 9, 25)
    start = date(2025, 9, 29)  # a Monday
    maint_start = start + 6 * WEEK
    as_of = date(2026, 1, 16)
    old = b.course("vitamin-d", "maintenance", 1000, "IU", old_start, every_days=1)
    b.take(old, old_start, start - ONE_DAY, skip=5, miss=25)
    b.lab("vitamin-d", "16", "ng/mL", low_day, 30, 100)
    b.stop(old, start, why="clinician", note="Replaced by the twice-weekly course")
    course = b.course("vitamin-d", "loading", 50000, "IU", start, weekdays="mon,thu", weeks=6,
                      note="50.000 I.E. Mo + Do, 6 Wochen")
    maint = b.course("vitamin-d", "maintenance", 2000, "IU", maint_start, every_days=1)
    b.lab("vitamin-d", "41", "ng/mL", date(2025, 12, 15), 30, 100)
    b.take(course, start, maint_start - ONE_DAY, hour=9, late=2, late_by=(1,), skip=1)
    b.take(maint, maint_start, as_of, skip=2, miss=2)
    for day in days(first, as_of):
        if not _logs(b, day, 0.9, first, as_of):
            continue
        b.log(day, pain=b.vas(ramp(day, start, maint_start, 5.5, 2.5)), region="neck",
              spasm=b.spasms(ramp(day, start, maint_start, 5.0, 1.5), 5.0, "neck"),
              cramps=b.cramp_night(5) if b.rnd.random() < ramp(day, start, maint_start, 0.3,
                                                               0.07) else None,
              at=b.clock(21))
    return _journey(b, "twice_weekly_retreatment", seed,
                    "Re-treated with 50,000 IU twice a week after a low result.",
                    as_of, start, marks={"course_start": start, "low_result": low_day,
                                         "maintenance_start": maint_start})


ALL = (diary_starts_with_course, diary_starts_9_days_before, sparse_logging,
       b12_then_d_loading_then_maintenance, relapse_and_return, lapse_that_ends,
       twice_weekly_retreatment)
