"""A schedule moved after a late dose: its last due date counts the dose taken late (and only
that one), and the schedule that carries it on stays part of the same course."""

from datetime import date, timedelta

from vdtracker.domain.adherence import Dose, match
from vdtracker.domain.schedule import Regimen, Rule
from vdtracker.domain.story import courses

SUNDAY = date(2026, 11, 1)
LATE = date(2026, 11, 18)  # Wednesday after the third Sunday


def moved_pair():
    before = Regimen(1, "Vitamin D3", 50000, "IU", Rule(7), SUNDAY, LATE, "loading",
                     moved_on=LATE)
    after = Regimen(2, "Vitamin D3", 50000, "IU", Rule(7), LATE + timedelta(days=7),
                    SUNDAY + timedelta(weeks=12, days=-1), "loading", moved_from=1)
    return before, after


def test_the_late_dose_counts_for_the_sunday_it_was_late_for():
    before, _ = moved_pair()
    doses = [Dose(1, "Vitamin D3", SUNDAY, regimen_id=1),
             Dose(2, "Vitamin D3", SUNDAY + timedelta(days=7), regimen_id=1),
             Dose(3, "Vitamin D3", LATE, regimen_id=1)]
    found = match(before, doses, SUNDAY, LATE)
    assert [(s.due, s.dose_id) for s in found] == [
        (SUNDAY, 1), (SUNDAY + timedelta(days=7), 2), (SUNDAY + timedelta(days=14), 3)]
    not_moved = Regimen(1, "Vitamin D3", 50000, "IU", Rule(7), SUNDAY, LATE, "loading")
    assert match(not_moved, doses, SUNDAY, LATE)[-1].dose_id is None  # 3 days: past its grace


def test_the_carried_on_schedule_is_the_same_course():
    before, after = moved_pair()
    [course] = courses([before, after], date(2027, 2, 1))
    assert [r.id for r in course.regimens] == [1, 2]
