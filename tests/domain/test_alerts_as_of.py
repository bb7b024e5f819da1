"""Alerts on a day depend only on what was logged up to that day: later rows change nothing."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

from vdtracker.domain.adherence import Dose
from vdtracker.domain.alerts import LabReading, Recheck, Snapshot, compute
from vdtracker.domain.ranges import PROFILES, Profile
from vdtracker.domain.schedule import Regimen, Rule
from vdtracker.domain.units import ANALYTES

START = date(2025, 1, 5)
T = TypeVar("T")

SUPPLEMENTS = ("Vitamin D3", "cholecalciferol", "Vitamin B12")
LAB_ANALYTES = ("vitamin-d", "b12", "pth", "calcium")

rules = st.one_of(
    st.integers(1, 14).map(lambda n: Rule(every_days=n)),
    st.frozensets(st.integers(0, 6), min_size=1).map(lambda w: Rule(weekdays=w)),
)


@st.composite
def regimens(draw: st.DrawFn, as_of: int) -> list[Regimen]:
    """Up to three schedules, most of them running on the day asked about."""
    out: list[Regimen] = []
    for i in range(draw(st.integers(0, 3))):
        start = START + timedelta(days=draw(st.integers(as_of - 120, as_of + 10)))
        length = draw(st.none() | st.integers(7, 120))
        stop_after = draw(st.none() | st.integers(1, 150))
        end = None if length is None else start + timedelta(days=length)
        stopped = None if stop_after is None else start + timedelta(days=stop_after)
        out.append(Regimen(i + 1, draw(st.sampled_from(SUPPLEMENTS)), 1000, "IU",
                           draw(rules), start, end,
                           draw(st.sampled_from(("loading", "maintenance", "ongoing"))),
                           stopped))
    return out


@st.composite
def lab(draw: st.DrawFn, day: date, lab_id: int) -> LabReading:
    analyte = draw(st.sampled_from(LAB_ANALYTES))
    unit = draw(st.sampled_from(sorted(ANALYTES[analyte].units)))
    value = draw(st.floats(0.5, 400, allow_nan=False))
    low = draw(st.none() | st.floats(0.1, 100, allow_nan=False))
    high = draw(st.none() | st.floats(100.5, 300, allow_nan=False))
    return LabReading(lab_id, analyte, value, unit, day, low, high)


@st.composite
def rows(draw: st.DrawFn, first: int, last: int, near: tuple[int, int], id_from: int
         ) -> tuple[list[Dose], list[LabReading], list[Recheck], list[tuple[date, float]]]:
    """Doses, labs, retest dates and pain entries dated between START+first and START+last,
    many of them in the `near` days (where grace windows, double doses and recent means are)."""
    def day() -> date:
        return START + timedelta(days=draw(st.integers(first, last) | st.integers(*near)))

    doses = [Dose(id_from + i, draw(st.sampled_from(SUPPLEMENTS)), day(),
                  regimen_id=draw(st.none() | st.integers(1, 3)), skipped=draw(st.booleans()))
             for i in range(draw(st.integers(0, 25)))]
    labs = [draw(lab(day(), id_from + i)) for i in range(draw(st.integers(0, 4)))]
    rechecks = []
    for _ in range(draw(st.integers(0, 2))):
        set_on = day()
        rechecks.append(Recheck(draw(st.sampled_from(LAB_ANALYTES)),
                                set_on + timedelta(days=draw(st.integers(1, 120))), set_on))
    if draw(st.booleans()):  # an entry most days, better early than lately: a recurrence
        low, high = draw(st.floats(0, 3)), draw(st.floats(5, 10))
        pain = [(START + timedelta(days=n), low if n < near[0] else high)
                for n in range(first, last + 1) if draw(st.integers(0, 9))]
    else:
        pain = [(day(), draw(st.floats(0, 10))) for _ in range(draw(st.integers(0, 40)))]
    return doses, labs, rechecks, pain


def interleaved(base: list[T], later: list[T], rnd: random.Random) -> list[T]:
    """The later rows at random places, the earlier ones kept in their own order."""
    out = list(base)
    for row in later:
        out.insert(rnd.randint(0, len(out)), row)
    return out


profile_choices = st.sampled_from([None, *PROFILES]).map(
    lambda code: {} if code is None else {PROFILES[code].analyte: PROFILES[code]})


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 220).flatmap(lambda as_of: st.tuples(
           st.just(as_of), regimens(as_of),
           rows(-30, as_of, (as_of - 20, as_of), 1),
           rows(as_of + 1, as_of + 120, (as_of + 1, as_of + 3), 1000))),
       profile_choices, st.randoms(use_true_random=False))
def test_rows_dated_after_as_of_never_change_the_alerts(
        case: tuple[int, list[Regimen], tuple[list[Dose], list[LabReading], list[Recheck],
                                              list[tuple[date, float]]],
                    tuple[list[Dose], list[LabReading], list[Recheck],
                          list[tuple[date, float]]]],
        profiles: dict[str, Profile], rnd: random.Random) -> None:
    offset, regs, (doses, labs, rechecks, pain), (f_doses, f_labs, f_rechecks, f_pain) = case
    as_of = START + timedelta(days=offset)
    before = Snapshot(regs, doses, labs, rechecks, pain)
    after = Snapshot(regs, interleaved(doses, f_doses, rnd), interleaved(labs, f_labs, rnd),
                     interleaved(rechecks, f_rechecks, rnd), interleaved(pain, f_pain, rnd))
    assert compute(after, as_of, profiles) == compute(before, as_of, profiles)


def test_a_result_logged_after_the_day_does_not_close_that_day_s_retest_alert() -> None:
    recheck = Recheck("vitamin-d", due=START + timedelta(days=30), set_on=START)
    later_lab = LabReading(1, "vitamin-d", 32, "ng/mL", START + timedelta(days=50), 30, 100)
    as_of = START + timedelta(days=40)
    alone = compute(Snapshot([], [], [], [recheck], []), as_of)
    with_later = compute(Snapshot([], [], [later_lab], [recheck], []), as_of)
    assert [a.kind for a in alone] == ["recheck-due"] and with_later == alone


def test_a_dose_logged_after_the_day_does_not_answer_that_day_s_due_dose() -> None:
    weekly = Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), START, phase="loading")
    next_day = Dose(1, "Vitamin D3", START + timedelta(days=1))  # inside the 2-day grace window
    alone = compute(Snapshot([weekly], [], [], [], []), START)
    assert [a.kind for a in alone] == ["dose-due"]
    assert compute(Snapshot([weekly], [next_day], [], [], []), START) == alone
