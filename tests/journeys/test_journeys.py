"""Each journey has the shape it claims, recomputed by plain arithmetic from what the services
read back (the export document, the regimen, dose and lab lists): never from the app's own
summary, trend or alert code."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from journeys import (
    ALL,
    STOPPED_NOTE,
    Journey,
    b12_then_d_loading_then_maintenance,
    diary_starts_9_days_before,
    diary_starts_with_course,
    lapse_that_ends,
    plain,
    relapse_and_return,
    sparse_logging,
    twice_weekly_retreatment,
)
from vdtracker.app import compose
from vdtracker.services.bundle import Services
from vdtracker.storage.database import Database

DAY = timedelta(days=1)
DIARY_KINDS = (("pain", "day"), ("cramps", "night_of"), ("spasms", "day"))


def pain_by_day(doc: dict[str, Any]) -> dict[date, float]:
    return plain.daily_means((r["day"], r["score"]) for r in plain.rows(doc, "pain"))


def spasm_by_day(doc: dict[str, Any]) -> dict[date, float]:
    return plain.by_day(plain.rows(doc, "spasms"), "day", "count", plain.diary_days(doc))


def cramp_nights(doc: dict[str, Any]) -> dict[date, float]:
    nights = [r for r in plain.rows(doc, "cramps") if not r["daytime"]]
    return plain.by_day(nights, "night_of", None, plain.diary_days(doc))


def taken(svc: Services, regimen_id: int) -> list[date]:
    return sorted(d.day for d in svc.regimens.doses() if d.regimen_id == regimen_id
                  and not d.skipped)


def mean_within(per_day: dict[date, float], first: date, last: date) -> float:
    got = plain.mean(plain.values_within(per_day, first, last))
    assert got is not None, f"nothing logged {first}..{last}"
    return got


# ---- every journey --------------------------------------------------------------------------

@pytest.mark.parametrize("build", ALL, ids=lambda f: f.__name__)
def test_every_journey_is_stored_as_it_says(svc: Services, build: Callable[..., Journey]):
    started = time.perf_counter()
    j = build(svc)
    took = time.perf_counter() - started
    doc = svc.export.document()
    assert j.name == build.__name__
    assert took < 10, f"{j.name} took {took:.1f} s to build"

    entries = sum(len(doc[k]) for k in ("pain", "cramps", "spasms", "doses", "labs"))
    assert entries >= 300, f"{j.name}: {entries} entries"
    diary = plain.diary_days(doc)
    assert (min(diary), max(diary)) == (j.diary_first, j.diary_last)
    assert j.diary_first <= j.report_from <= j.diary_last <= j.as_of
    for kind, day in (*DIARY_KINDS, ("doses", "day"), ("labs", "day")):
        assert all(r[day] <= j.as_of for r in plain.rows(doc, kind)), kind
    for r in plain.rows(doc, "pain"):
        assert 0 <= r["score"] <= 10 and round(r["score"], 1) == r["score"]
    for r in plain.rows(doc, "spasms"):
        assert r["count"] >= 1 and 0 <= r["severity"] <= 10
    for r in plain.rows(doc, "cramps"):
        assert r["count"] >= 1 and 0 <= r["severity"] <= 10 and 0 <= r["sleep_disturbance"] <= 10
        assert r["longest_min"] > 0 and r["side"] in ("left", "right", "both")

    # the schedules, as the regimen service lists them
    views = {v.id: v for v in svc.regimens.list(j.as_of)}
    assert set(views) == {c.regimen_id for c in j.courses}
    for c in j.courses:
        v = views[c.regimen_id]
        assert (v.supplement, v.phase, v.amount, v.unit, v.every_days, v.weekdays, v.start,
                v.end, v.stopped_on) == (c.supplement, c.phase, c.amount, c.unit, c.every_days,
                                         c.weekdays, c.start, c.end, c.stopped_on)
        if c.end is not None:
            assert plain.days_inclusive(c.start, c.end) % 7 == 0  # typed as whole weeks

    # the results, as the lab service lists them; a 25(OH)D result just before the period
    assert sorted((x.analyte, x.day, x.value_text, x.unit, x.low, x.high)
                  for x in svc.labs.list()) == sorted(
        (x.analyte, x.day, x.value_text, x.unit, x.low, x.high) for x in j.labs)
    before = [x for x in j.labs_of("vitamin-d") if x.day < j.report_from]
    assert before and plain.days_between(before[-1].day, j.report_from) <= 14

    # late, skipped and missing doses are what the doses say
    doses = svc.regimens.doses()
    for late in j.late:
        assert 1 <= plain.days_between(late.due, late.taken) <= 2
        assert any(d.regimen_id == late.regimen_id and d.day == late.taken and not d.skipped
                   for d in doses)
        assert not any(d.regimen_id == late.regimen_id and d.day == late.due for d in doses)
    for rid, due in j.skipped:
        assert any(d.regimen_id == rid and d.day == due and d.skipped for d in doses)
    for rid, due in j.missing:
        assert not any(d.regimen_id == rid and d.day == due for d in doses)
    for lapse in j.lapses:
        assert not any(d.regimen_id == lapse.regimen_id and d.day in lapse.span for d in doses)
    for gap in j.diary_gaps:
        assert not any(day in gap for day in diary)


@pytest.mark.parametrize("build", [sparse_logging, lapse_that_ends],
                         ids=lambda f: f.__name__)
def test_a_journey_is_the_same_for_its_seed_and_another_for_another(
        svc: Services, tmp_path, build: Callable[..., Journey]):
    def without_clock(doc: dict[str, Any]) -> str:
        for kind, records in doc.items():
            if isinstance(records, list):
                doc[kind] = [{k: v for k, v in r.items() if k != "created_at"} for r in records]
        return json.dumps(doc, sort_keys=True)

    stores = []
    for name in ("again", "other"):
        db = Database.open(tmp_path / name)
        stores.append(db)
    try:
        first = build(svc)
        again = build(compose(stores[0]))
        other = build(compose(stores[1]), seed=first.seed + 100)
        assert again == first
        assert without_clock(compose(stores[0]).export.document()) == without_clock(
            svc.export.document())
        assert without_clock(compose(stores[1]).export.document()) != without_clock(
            svc.export.document())
        assert other.courses == first.courses  # the same story, another diary
    finally:
        for db in stores:
            db.close()


# ---- one journey at a time ------------------------------------------------------------------

def test_diary_starts_with_course(svc: Services):
    j = diary_starts_with_course(svc)
    doc = svc.export.document()
    load = j.course("vitamin-d", "loading")
    maint = j.course("vitamin-d", "maintenance")
    assert j.diary_first == load.start == j.report_from  # no day logged before the course
    assert (load.amount, load.unit, load.every_days, load.end) == (
        50000, "IU", 7, load.start + timedelta(weeks=8) - DAY)
    assert maint.start == load.end + DAY and maint.every_days == 1 and maint.end is None
    assert j.labs_of("vitamin-d")[0].day < load.start

    pain = pain_by_day(doc)
    first_week = mean_within(pain, load.start, load.start + 6 * DAY)
    last_4_weeks = mean_within(pain, j.as_of - 27 * DAY, j.as_of)
    assert 5.0 <= first_week <= 7.0 and 2.0 <= last_4_weeks <= 4.0
    spasm = spasm_by_day(doc)
    first_rate = plain.rate_per_week(spasm, load.start, load.start + 13 * DAY)
    last_rate = plain.rate_per_week(spasm, j.as_of - 27 * DAY, j.as_of)
    assert first_rate is not None and last_rate is not None
    assert 5.0 <= first_rate <= 9.0 and 0.5 <= last_rate <= 3.5

    loading_doses = taken(svc, load.regimen_id)
    dues = plain.due_dates(load.start, load.end, every_days=7)
    assert len(dues) == len(loading_doses) == 8
    assert [plain.days_between(due, day) for due, day in zip(dues, loading_doses, strict=True)
            ].count(0) == 8 - len([x for x in j.late if x.regimen_id == load.regimen_id])


def test_diary_starts_9_days_before(svc: Services):
    j = diary_starts_9_days_before(svc)
    doc = svc.export.document()
    b12 = j.course("b12", "ongoing")
    assert (b12.amount, b12.unit, b12.every_days, b12.end) == (1000, "mcg", 1, None)
    assert plain.days_between(j.diary_first, b12.start) == 9
    spasm = spasm_by_day(doc)
    before = (j.diary_first, b12.start - DAY)
    assert plain.covered(spasm, *before) == 9  # every one of the 9 days logged
    episodes = sum(plain.values_within(spasm, *before))
    rate = plain.rate_per_week(spasm, *before)
    assert rate == pytest.approx(episodes / 9 * 7)
    assert 42 <= rate <= 46  # ~44 a week

    def severity(first: date, last: date) -> float:
        got = plain.mean(r["severity"] for r in plain.rows(doc, "spasms")
                         if first <= r["day"] <= last)
        assert got is not None
        return got

    assert 4.5 <= severity(*before) <= 6.5  # moderate
    assert severity(j.mark("mild_by"), j.as_of) <= 3.5  # mild
    assert doc["pain"] == [] and doc["cramps"] == []  # logs neither
    assert {x.analyte for x in j.labs if x.day < b12.start} == {"vitamin-d", "b12", "pth"}
    assert j.labs_of("vitamin-d")[0].unit == "nmol/L"


def test_sparse_logging(svc: Services):
    j = sparse_logging(svc)
    doc = svc.export.document()
    diary = plain.diary_days(doc)
    holiday = j.diary_gaps[0]
    assert holiday.days == 16
    runs = plain.gaps(diary, j.diary_first, j.diary_last)
    assert max(runs, key=lambda r: r[2]) == (holiday.first, holiday.last, 16)
    assert sorted(r[2] for r in runs)[-2] < 14  # the holiday is the one long gap
    monday = j.diary_first - timedelta(days=j.diary_first.weekday())
    weeks = 0
    while monday + 6 * DAY <= j.diary_last:
        week = plain.each_day(monday, monday + 6 * DAY)
        if not any(day in holiday for day in week):
            assert 2 <= sum(day in diary for day in week) <= 3, monday
            weeks += 1
        monday += 7 * DAY
    assert weeks >= 35
    maint = j.course("vitamin-d", "maintenance")
    rows = [d for d in svc.regimens.doses() if d.regimen_id == maint.regimen_id]
    assert all(d.time is None for d in rows)  # answered later, together, without a time
    answered = {d.day for d in rows} | {due for rid, due in j.missing if rid == maint.regimen_id}
    assert all(day in answered for day in plain.each_day(holiday.first, holiday.last))


def test_b12_then_d_loading_then_maintenance(svc: Services):
    j = b12_then_d_loading_then_maintenance(svc)
    doc = svc.export.document()
    b12 = j.course("b12", "ongoing")
    load = j.course("vitamin-d", "loading")
    maint = j.course("vitamin-d", "maintenance")
    assert plain.days_between(j.diary_first, b12.start) == 9 and b12.end is None
    assert plain.days_between(b12.start, load.start) == 49  # week 7
    assert load.end == load.start + timedelta(weeks=8) - DAY and maint.start == load.end + DAY

    nights = cramp_nights(doc)
    before = (j.diary_first, b12.start - DAY)
    assert plain.covered(nights, *before) == 9
    assert sum(plain.values_within(nights, *before)) == 8  # cramps on 8 of 9 nights
    gone = j.mark("cramps_gone")
    assert plain.days_between(b12.start, gone) == 28
    assert sum(plain.values_within(nights, gone, j.as_of)) == 0
    assert plain.covered(nights, gone, j.as_of) > 100  # gone, not unlogged

    d_labs = j.labs_of("vitamin-d")
    assert (d_labs[0].value, d_labs[0].unit) == (9, "ng/mL") and d_labs[0].day < b12.start
    assert (d_labs[-1].value, d_labs[-1].unit) == (38, "ng/mL") and d_labs[-1].day > maint.start
    first_b12 = j.labs_of("b12")[0]
    assert first_b12.low is not None and first_b12.value < first_b12.low  # low on its report

    pain = pain_by_day(doc)
    assert (mean_within(pain, load.start - 28 * DAY, load.start - DAY)
            - mean_within(pain, j.as_of - 27 * DAY, j.as_of)) >= 2


def test_relapse_and_return(svc: Services):
    j = relapse_and_return(svc)
    doc = svc.export.document()
    first, again = j.courses_of("vitamin-d", "loading")
    maint, after = j.courses_of("vitamin-d", "maintenance")
    assert (maint.stopped_on, maint.stop_why, maint.stop_note) == (
        j.mark("stopped"), "other", STOPPED_NOTE)
    assert STOPPED_NOTE in json.dumps(doc, ensure_ascii=False)  # kept somewhere it can be read
    maint_doses = taken(svc, maint.regimen_id)
    assert maint.start <= maint_doses[0] and maint_doses[-1] < maint.stopped_on
    assert len(maint_doses) >= 40  # taken for about 6 weeks
    vitamin_d = sorted(d.day for d in svc.regimens.doses()
                       if d.supplement == "Vitamin D3" and not d.skipped)
    assert not [day for day in vitamin_d if maint.stopped_on <= day < again.start]

    visit = j.mark("relapse_visit")
    low = next(x for x in j.labs_of("vitamin-d") if x.day == visit)
    assert low.value == 14 and 360 <= plain.days_between(first.start, visit) <= 380
    assert j.labs_of("vitamin-d")[0].value == 22

    pain = pain_by_day(doc)
    best = plain.lowest_window(pain, j.mark("better_by"), j.mark("creep_from"))
    assert best is not None
    now = mean_within(pain, visit - 6 * DAY, visit)
    assert now - best[1] >= 3  # now vs the best weeks
    months = [mean_within(pain, j.mark("creep_from") + timedelta(days=30 * i),
                          j.mark("creep_from") + timedelta(days=30 * i + 29)) for i in range(3)]
    assert months == sorted(months)  # creeping back, month by month
    assert mean_within(pain, first.start - 7 * DAY, first.start - DAY) >= 8

    assert (again.weekdays, again.amount, again.start > visit) == ("tue,fri", 50000, True)
    assert again.end == again.start + timedelta(weeks=3) - DAY and after.start == again.end + DAY
    for day in taken(svc, again.regimen_id):
        assert day.weekday() in (1, 2, 4, 5)  # tue or fri, or a day late


def test_lapse_that_ends(svc: Services):
    j = lapse_that_ends(svc)
    doc = svc.export.document()
    maint = j.course("vitamin-d", "maintenance")
    lapse = j.lapses[0]
    assert lapse.regimen_id == maint.regimen_id
    days = taken(svc, maint.regimen_id)
    assert days[:7] == plain.each_day(maint.start, maint.start + 6 * DAY)  # a week taken
    runs = plain.gaps(days, maint.start, j.as_of)
    longest = max(runs, key=lambda r: r[2])
    assert longest == (lapse.span.first, lapse.span.last, 20)  # exactly 20 days without a dose
    assert lapse.last_dose == days[6] == lapse.span.first - DAY
    assert days.count(lapse.resumed) == 1 and lapse.resumed == lapse.span.last + DAY
    assert lapse.note in {r["note"] for r in plain.rows(doc, "pain") if r["day"] == lapse.resumed}

    pain = pain_by_day(doc)
    taking = mean_within(pain, maint.start, lapse.span.first - DAY)
    after = mean_within(pain, lapse.resumed, lapse.resumed + 13 * DAY)
    assert after - taking >= 2  # pain rose after the lapse
    ratings = plain.rows(doc, "pain")
    assert len(ratings) > len({r["day"] for r in ratings})  # some days rated twice


def test_twice_weekly_retreatment(svc: Services):
    j = twice_weekly_retreatment(svc)
    doc = svc.export.document()
    old, maint = j.courses_of("vitamin-d", "maintenance")
    course = j.course("vitamin-d", "loading")
    assert (course.weekdays, course.every_days, course.amount) == ("mon,thu", None, 50000)
    assert course.start.weekday() == 0 and course.end == course.start + timedelta(weeks=6) - DAY
    assert old.stopped_on == course.start and old.stop_why == "clinician"
    assert maint.start == course.end + DAY
    low = [x for x in j.labs_of("vitamin-d") if x.day < course.start][-1]
    assert low.low is not None and low.value < low.low

    dues = plain.due_dates(course.start, course.end, weekdays=(0, 3))
    assert len(dues) == 12
    answered = [d for d in svc.regimens.doses() if d.regimen_id == course.regimen_id]
    assert len(answered) == 12  # each due date answered once: taken, a day late or skipped
    for d in answered:
        assert d.day.weekday() in ((0, 3) if d.day in dues else (1, 4))

    spasm = spasm_by_day(doc)
    before = plain.rate_per_week(spasm, j.diary_first, course.start - DAY)
    now = plain.rate_per_week(spasm, j.as_of - 27 * DAY, j.as_of)
    assert before is not None and now is not None and before > 2 * now
    assert plain.covered(spasm, j.diary_first, course.start - DAY) >= 14


# ---- the plain helpers themselves -----------------------------------------------------------

def test_plain_helpers_do_the_arithmetic_by_hand():
    d = date(2026, 1, 5)
    assert plain.days_between(d, d + 20 * DAY) == 20
    assert plain.days_inclusive(d, d + 20 * DAY) == 21
    assert plain.mean([]) is None and plain.mean([1, 2, 6]) == 3
    assert plain.percent_lower(8, 2) == 75 and plain.percent_lower(0, 2) is None
    per_day = {d: 3, d + DAY: 0, d + 5 * DAY: 4}  # 3 days covered out of 6
    assert plain.rate_per_week(per_day, d, d + 5 * DAY) == pytest.approx(7 / 3 * 7)
    assert plain.covered(per_day, d, d + 5 * DAY) == 3
    assert plain.rate_per_week(per_day, d + 2 * DAY, d + 4 * DAY) is None
    assert plain.gaps([d, d + 4 * DAY], d, d + 6 * DAY) == [(d + DAY, d + 3 * DAY, 3),
                                                           (d + 5 * DAY, d + 6 * DAY, 2)]
    assert plain.due_dates(d, d + 13 * DAY, every_days=7) == [d, d + 7 * DAY]
    assert plain.due_dates(d, d + 6 * DAY, weekdays=(0, 3)) == [d, d + 3 * DAY]
    assert plain.daily_means([(d, 2), (d, 4), (d + DAY, 5)]) == {d: 3, d + DAY: 5}
    assert plain.lowest_window({d + i * DAY: v for i, v in enumerate([5, 4, 1, 1, 1, 9])},
                               d, d + 5 * DAY, length=3, min_days=3) == (d + 2 * DAY, 1)
    records = [{"day": d, "count": 2}, {"day": d, "count": 1}, {"day": d + 9 * DAY, "count": 4}]
    assert plain.by_day(records, "day", "count", [d, d + DAY]) == {d: 3, d + DAY: 0}
    assert plain.by_day(records, "day", None, [d, d + DAY]) == {d: 1, d + DAY: 0}
