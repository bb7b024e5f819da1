"""The appointment summary's numbers for a known history: a weekly loading course with one
skipped and one missed week, a daily maintenance that stopped being logged, labs in any order,
pain before and now, cramps before and now."""

from datetime import date, timedelta

import pytest

from builders import add_lab, add_schedule, log_cramp, log_pain

START = date(2025, 1, 5)  # Sunday: the loading course starts
MAINT = date(2025, 3, 30)  # the day after its 12 weeks
AS_OF = date(2025, 6, 1)


@pytest.fixture
def history(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=START, weeks=12, phase="loading")
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=MAINT, phase="maintenance")
    for week in range(12):
        day = START + timedelta(weeks=week)
        if week == 7:
            continue  # missed
        svc.doses.record(supplement="Vitamin D3", day=day, today=AS_OF,
                                 skipped=week == 4)
    day = MAINT
    while day <= date(2025, 4, 20):  # maintenance logged for three weeks, then nothing
        svc.doses.record(supplement="Vitamin D3", day=day, today=AS_OF)
        day += timedelta(days=1)
    for i in range(1, 8):
        log_pain(svc, 6.0, day=START - timedelta(days=i), today=AS_OF)
    for i in range(28):
        log_pain(svc, 4.5 if i < 7 else 3.0, day=AS_OF - timedelta(days=i), today=AS_OF)
    for night in (START - timedelta(days=d) for d in (2, 5, 9, 12, 16, 20, 23, 26)):
        log_cramp(svc, day=night + timedelta(days=1), today=AS_OF, count=2)
    log_cramp(svc, day=AS_OF - timedelta(days=3), today=AS_OF, count=1)
    add_lab(svc, "ferritin", "80", "ng/mL", day=date(2025, 4, 1), today=AS_OF)
    add_lab(svc, "calcium", "2.4", "mmol/L", day=date(2025, 4, 1), today=AS_OF, low=2.2,
            high=2.6)
    add_lab(svc, "vitamin-d", "80", "nmol/L", day=date(2025, 4, 1), today=AS_OF, low=75,
            high=250)
    add_lab(svc, "vitamin-d", "19", "nmol/L", day=date(2025, 1, 2), today=AS_OF, low=75,
            high=250)
    return svc


def test_each_phase_says_how_it_went(history):
    first, last = history.summary.default_period(AS_OF)
    assert (first, last) == (START, AS_OF)  # since the latest course started
    s = history.summary.build(first, last, AS_OF)
    loading, maintenance = s.phases
    t = loading.tally
    assert (t.due, t.on_time, t.skipped, t.missed, t.late, t.open) == (12, 10, 1, 1, 0, 0)
    m = maintenance.tally
    # 30 Mar - 1 Jun: 22 logged, today's dose still open, the rest missed
    assert (m.due, m.on_time, m.missed, m.open) == (64, 22, 41, 1)


def test_labs_come_vitamin_d_first_with_where_the_period_started(history):
    s = history.summary.build(START, AS_OF, AS_OF)
    rows = [(r.reading.analyte, r.reading.printed, r.flag, r.before_period) for r in s.labs]
    assert rows == [("vitamin-d", "19", "below", True), ("vitamin-d", "80", "within", False),
                    ("calcium", "2.4", "within", False), ("ferritin", "80", "unknown", False)]


def test_symptoms_before_and_now_over_the_days_the_diary_covers(history):
    s = history.summary.build(START, AS_OF, AS_OF)
    assert s.story is not None
    [course] = s.story.courses  # loading, then maintenance within 4 weeks: one course
    changes = {c.measure: c for c in course.changes}
    assert set(changes) == {"pain", "cramp-nights"}  # no spasm logged: no spasm line
    pain_days = {START - timedelta(days=i) for i in range(1, 8)}
    cramp_nights = {START - timedelta(days=d) + timedelta(days=1)
                    for d in (2, 5, 9, 12, 16, 20, 23, 26)}
    covered = {d for d in pain_days | cramp_nights if d >= START - timedelta(days=28)}
    before = changes["cramp-nights"].before
    assert (before.span.first, before.span.last) == (min(covered), START - timedelta(days=1))
    assert before.days == len(covered) == 13
    assert before.value == pytest.approx(len(cramp_nights) / len(covered) * 7)  # not 8 / 28
    now = changes["cramp-nights"].now
    assert now.days == 28 and now.value == pytest.approx(1 / 28 * 7)
    pain = changes["pain"]
    assert (pain.before.value, pain.before.days) == (6.0, 7)
    assert (pain.now.value, pain.now.days) == (4.5, 7)


def test_the_alerts_in_force_come_with_it(history):
    s = history.summary.build(START, AS_OF, AS_OF)
    assert "lapsed-maintenance" in {a.kind for a in s.alerts}
    add_schedule(history, supplement="Vitamin B12", amount=1000, unit="mcg", every_days=1,
                 start=AS_OF - timedelta(days=2))
    for days in (2, 1):
        history.doses.record(supplement="Vitamin B12", today=AS_OF,
                                     day=AS_OF - timedelta(days=days))
    assert "dose-due" in {a.kind for a in history.alerts.alerts(AS_OF)}
    s = history.summary.build(START, AS_OF, AS_OF)
    assert "dose-due" not in {a.kind for a in s.alerts}  # a question for the patient only


def test_nothing_after_as_of_is_read(history):
    s = history.summary.build(START, date(2025, 2, 1), date(2025, 2, 1))
    assert [p.regimen.phase for p in s.phases] == ["loading"]
    assert [r.reading.printed for r in s.labs] == ["19"]
