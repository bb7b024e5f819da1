"""Answering an alert where it is shown: "no maintenance prescribed" after a course, and the
doses of a schedule saved with a start in the past. Each is undoable and silences only itself."""

from datetime import date, timedelta

import pytest

from builders import add_schedule, log_pain
from vdtracker.domain.errors import InvalidInput
from vdtracker.services.entries import HistoryFilter
from vdtracker.wording import english

COURSE_START = date(2025, 1, 5)  # a Sunday: 8 weekly doses, the last on Sun 23 Feb
COURSE_END = COURSE_START + timedelta(weeks=8) - timedelta(days=1)
SAID = date(2025, 3, 10)


def kinds(svc, as_of):
    return [a.kind for a in svc.alerts.alerts(as_of)]


def course(svc):
    saved = add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                         start=COURSE_START, weeks=8, phase="loading")
    for week in range(8):
        day = COURSE_START + timedelta(weeks=week)
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    return saved.id


def test_no_maintenance_silences_that_lapse_from_the_day_it_was_said(svc):
    course_id = course(svc)
    assert kinds(svc, SAID - timedelta(days=1)) == ["lapsed-maintenance"]
    saved = svc.regimens.no_maintenance(course_id, day=SAID, today=SAID + timedelta(days=5),
                                        note="follow-up visit")
    assert kinds(svc, SAID + timedelta(days=30)) == []
    # a replay as of a day before it was said is exactly that day: the warning is there
    assert kinds(svc, SAID - timedelta(days=1)) == ["lapsed-maintenance"]
    said = english().saved(saved.message)
    assert said.startswith("Saved: your clinician prescribed no maintenance after Vitamin D3")
    assert "said on 10 Mar 2025" in said
    # undo brings the warning back
    svc.entries.apply(saved.undoing())
    assert kinds(svc, SAID + timedelta(days=30)) == ["lapsed-maintenance"]


def test_no_maintenance_silences_nothing_else(svc):
    course_id = course(svc)
    svc.regimens.no_maintenance(course_id, day=SAID, today=SAID)
    # pain back to where it was before the course: recurrence still speaks
    for i in range(60):
        day = COURSE_START + timedelta(days=i)
        log_pain(svc, 7 if i < 14 else 2, day=day, today=day)
    for i in range(28):
        day = date(2025, 5, 1) + timedelta(days=i)
        log_pain(svc, 7, day=day, today=day)
    assert kinds(svc, date(2025, 5, 28)) == ["symptom-recurrence"]
    # a maintenance schedule started later and never taken still lapses
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=date(2025, 6, 1), phase="maintenance")
    assert "lapsed-maintenance" in kinds(svc, date(2025, 7, 1))


def test_a_later_course_without_maintenance_is_warned_about_on_its_own(svc):
    svc.regimens.no_maintenance(course(svc), day=SAID, today=SAID)
    second = add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                          start=date(2025, 9, 7), weeks=4, phase="loading").id
    lapses = [a for a in svc.alerts.alerts(date(2025, 11, 1))
              if a.kind == "lapsed-maintenance"]
    assert [a.details["regimen_id"] for a in lapses] == [second]


def test_no_maintenance_is_in_history_and_goes_with_its_course(svc):
    course_id = course(svc)
    svc.regimens.no_maintenance(course_id, day=SAID, today=SAID, note="follow-up visit")
    rows = svc.entries.page(HistoryFilter(kinds=("decision",)), 0, 10)
    assert len(rows) == 1 and rows[0].day == SAID and rows[0].note == "follow-up visit"
    assert english().entry(rows[0].summary) == (
        "Your clinician prescribed no maintenance after Vitamin D3 50,000 IU weekly "
        "(course ended 1 Mar 2025)")
    assert rows[0] in svc.entries.page(HistoryFilter(), 0, 100)  # "All entries" shows it
    # deleting the course takes the decision with it; undo brings both back
    gone = svc.entries.delete([("regimen", course_id)])
    assert svc.entries.count(HistoryFilter(kinds=("decision",))) == 0
    svc.entries.apply(gone.undoing())
    assert svc.entries.page(HistoryFilter(kinds=("decision",)), 0, 10) == rows
    assert kinds(svc, SAID + timedelta(days=30)) == []
    # deleted from History on its own: the warning is back
    svc.entries.delete([("decision", rows[0].id)])
    assert kinds(svc, SAID + timedelta(days=30)) == ["lapsed-maintenance"]


def test_no_maintenance_is_refused_with_a_reason(svc):
    course_id = course(svc)
    upkeep = add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                          start=date(2025, 12, 1), phase="maintenance").id
    words = english()
    with pytest.raises(InvalidInput) as err:
        svc.regimens.no_maintenance(upkeep, day=SAID, today=SAID)
    assert words.reason(err.value.reason) == "use the number of a saved loading course"
    with pytest.raises(InvalidInput) as err:
        svc.regimens.no_maintenance(course_id, day=SAID + timedelta(days=1), today=SAID)
    assert err.value.field == "date"
    with pytest.raises(InvalidInput) as err:
        svc.regimens.no_maintenance(course_id, day=COURSE_START - timedelta(days=1), today=SAID)
    assert err.value.field == "date"
    svc.regimens.no_maintenance(course_id, day=SAID, today=SAID)
    with pytest.raises(InvalidInput) as err:
        svc.regimens.no_maintenance(course_id, day=SAID, today=SAID)
    assert "said on 10 Mar 2025" in words.reason(err.value.reason)


def test_a_schedule_started_in_the_past_leaves_its_due_dates_open_until_answered(svc):
    today = date(2026, 11, 23)  # Monday
    start = today - timedelta(weeks=12)  # a Monday, twelve weeks ago
    regimen_id = add_schedule(svc, supplement="Vitamin D3", amount=20000, unit="IU",
                              every_days=7, start=start, phase="maintenance").id
    svc.doses.record(supplement="Vitamin D3", day=start + timedelta(weeks=1),
                             today=today)
    open_dates = svc.due_doses.open_before(regimen_id, today)
    assert len(open_dates) == 11 and today not in open_dates  # today's dose is asked on Today
    assert start + timedelta(weeks=1) not in open_dates
    assert "lapsed-maintenance" in kinds(svc, today)  # nothing marked by itself
    answers = [(d, True) for d in open_dates[:-1]] + [(open_dates[-1], False)]
    saved = svc.regimens.record_doses(regimen_id, answers, today=today)
    assert english().saved(saved.message) == (
        "Saved: Vitamin D3: 10 doses taken, 1 dose skipped.")
    assert svc.due_doses.open_before(regimen_id, today) == []
    assert [k for k in kinds(svc, today) if k != "dose-due"] == []
    svc.entries.apply(saved.undoing())  # one step undoes them all
    assert svc.due_doses.open_before(regimen_id, today) == open_dates


def test_answering_past_doses_is_all_or_nothing(svc):
    today = date(2026, 11, 23)
    regimen_id = add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU",
                              every_days=1, start=today - timedelta(days=5),
                              phase="maintenance").id
    before = svc.due_doses.open_before(regimen_id, today)
    with pytest.raises(InvalidInput):  # the last answer is for tomorrow: nothing is saved
        svc.regimens.record_doses(regimen_id, [(before[0], True),
                                               (today + timedelta(days=1), True)], today=today)
    assert svc.due_doses.open_before(regimen_id, today) == before
