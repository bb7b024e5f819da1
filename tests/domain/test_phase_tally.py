"""The summary's adherence per phase: each due date counted once, as on time, late, skipped,
missed, or still open."""

from datetime import date, time, timedelta

from vdtracker.domain.adherence import Dose
from vdtracker.domain.phase_tally import tally
from vdtracker.domain.schedule import Regimen, Rule

START = date(2025, 1, 5)  # a Sunday
COURSE = Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), START,
                 end=START + timedelta(weeks=12) - timedelta(days=1), phase="loading")


def dose(i, day, skipped=False):
    return Dose(i, "Vitamin D3", day, time(9, 0), 1, skipped)


def test_each_due_date_is_counted_once():
    week = [START + timedelta(weeks=k) for k in range(12)]
    doses = [dose(1, week[0]), dose(2, week[1] + timedelta(days=1)),  # within the 2-day window
             dose(3, week[2], skipped=True),
             dose(4, week[3] + timedelta(days=4)),  # after the window: late
             dose(5, week[5]), dose(6, week[6])]
    t = tally(COURSE, doses, START, COURSE.end, as_of=week[7] + timedelta(days=1))
    # due weeks 0-7; week 7's window is still open; weeks 4 and (3 only late) missed
    assert (t.due, t.on_time, t.late, t.skipped, t.missed, t.open) == (8, 4, 1, 1, 1, 1)
    assert t.logged == 5


def test_the_period_and_as_of_bound_it():
    t = tally(COURSE, [], START + timedelta(weeks=10), date(2030, 1, 1), as_of=date(2026, 1, 1))
    assert (t.due, t.missed) == (2, 2)  # weeks 10 and 11: the course ends there
    later = [dose(1, START + timedelta(weeks=10))]
    replay = tally(COURSE, later, START, COURSE.end, as_of=START + timedelta(weeks=3))
    assert replay.on_time == 0 and replay.due == 4  # a replay sees nothing after its day


def test_a_dose_counted_for_its_date_though_taken_days_later_is_late_not_on_time():
    """Sunday 15 Nov's dose taken on Thursday 19 Nov, said to be for Sunday (late_for): the
    summary counts it as late — 'within 2 days of the due date' would mislead the clinician."""
    sunday = date(2026, 11, 1)
    r = Regimen(1, "Vitamin D3", 50000, "IU", Rule(7), sunday, None, "loading")
    due = sunday + timedelta(days=14)
    doses = [Dose(1, "Vitamin D3", sunday, regimen_id=1),
             Dose(2, "Vitamin D3", sunday + timedelta(days=8), regimen_id=1),  # a day late
             Dose(3, "Vitamin D3", due + timedelta(days=4), regimen_id=1, late_for=due)]
    t = tally(r, doses, sunday, due, due + timedelta(days=5))
    # plain count: three due dates; Monday is inside the two grace days, Thursday is not
    assert (t.due, t.on_time, t.late, t.missed) == (3, 2, 1, 0)
