"""Trends' two stretches for the pain comparison never lie in the future or run backwards: a
diary that begins with its course today has nothing to compare yet, so none is proposed."""

from datetime import date, timedelta

from builders import add_schedule, log_pain

TODAY = date(2026, 12, 7)


def test_a_diary_of_one_day_proposes_no_stretches(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=TODAY, phase="loading", weeks=12, confirmed=True)
    log_pain(svc, 6.5, day=TODAY, today=TODAY)
    assert svc.trends.data(TODAY).default_windows() is None
    later = TODAY + timedelta(days=20)
    for k in range(1, 21):
        log_pain(svc, 5, day=TODAY + timedelta(days=k), today=later)
    (b0, b1), (c0, c1) = svc.trends.data(later).default_windows()
    assert b0 <= b1 < c0 <= c1 <= later
