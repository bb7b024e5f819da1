"""The story's figures for real diaries: rates over the days the diary covers, a baseline for a
diary that starts with its course, too few days said as such, courses that follow each other,
gaps that stay after doses resume, one best stretch. Each figure is worked out here by hand."""

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vdtracker.domain import story
from vdtracker.domain.adherence import Dose
from vdtracker.domain.schedule import Regimen, Rule
from vdtracker.domain.symptoms import recurrence

B12_START = date(2025, 9, 3)


def days_of(first, n):
    return [first + timedelta(days=i) for i in range(n)]


def spasm_diary():
    """The hemifacial-spasm case: 9 days logged before B12, 40 episodes in them (0 to 6 a
    day), then 60 days with 1 a day at severity 3."""
    before = [4, 5, 6, 4, 5, 4, 3, 5, 4]  # 40 episodes over 9 days
    spasms = [(d, n, 6.0) for d, n in zip(days_of(B12_START - timedelta(days=9), 9), before,
                                          strict=True)]
    spasms += [(d, 1, 3.0) for d in days_of(B12_START, 60)]
    return story.diary_days([], [], spasms), sum(before)


def b12(start=B12_START, phase="ongoing", end=None, supplement="Vitamin B12", every=1, rid=1):
    return Regimen(rid, supplement, 1000, "mcg", Rule(every_days=every), start, end, phase)


def test_the_rate_before_a_course_divides_by_the_days_the_diary_covered():
    days, episodes = spasm_diary()
    as_of = B12_START + timedelta(days=59)
    [cs] = [story.course_story(days, c, ["spasm-episodes", "spasm-severity"], as_of)
            for c in story.courses([b12()], as_of)]
    rate, severity = cs.changes
    assert rate.before.span.source == "before" and rate.before.days == 9
    assert rate.before.value == episodes / 9 * 7  # 31.1 a week, not 40 / 28 × 7 = 10.0
    assert rate.now.value == 28 / 28 * 7 and rate.now.days == 28
    assert severity.before.value == 6.0 and severity.now.value == 3.0


def test_fewer_than_7_days_before_the_course_take_the_diarys_first_7_days_with_them():
    """A diary begun 5 days before the visit: a rate needs 7 days, so the baseline is the
    diary's first 7 days, the 5 before and course days 1-2, and says so (a span that starts
    before the course)."""
    spasms = [(d, 6, None) for d in days_of(B12_START - timedelta(days=5), 5)]
    spasms += [(d, 1, None) for d in days_of(B12_START, 40)]
    days = story.diary_days([], [], spasms)
    as_of = B12_START + timedelta(days=39)
    [c] = story.courses([b12()], as_of)
    [change] = story.course_story(days, c, ["spasm-episodes"], as_of).changes
    span = change.before.span
    assert (span.first, span.last, span.source) == (
        B12_START - timedelta(days=5), B12_START + timedelta(days=1), "diary-start")
    assert change.before.days == 7
    assert change.before.value == (5 * 6 + 2 * 1) / 7 * 7


def test_too_few_days_in_a_sparse_start_is_said_not_a_number():
    """Logged twice a week from the course: 4 days in the first 14 are too few for a rate."""
    logged = [d for d in days_of(B12_START, 60) if d.weekday() in (0, 3)]
    days = story.diary_days([], [], [(d, 2, None) for d in logged])
    as_of = B12_START + timedelta(days=59)
    [c] = story.courses([b12()], as_of)
    [change] = story.course_story(days, c, ["spasm-episodes"], as_of).changes
    in_two_weeks = [d for d in logged if d < B12_START + timedelta(days=14)]
    assert change.before.value is None and change.before.days == len(in_two_weeks) == 4


def test_a_diary_that_starts_with_its_course_compares_against_its_first_7_days():
    pain = [(d, 7.0 if i < 7 else 3.0) for i, d in enumerate(days_of(B12_START, 50))]
    days = story.diary_days(pain, [], [])
    as_of = B12_START + timedelta(days=49)
    [c] = story.courses([b12()], as_of)
    [change] = story.course_story(days, c, ["pain"], as_of).changes
    assert change.before.span.source == "diary-start"
    assert (change.before.span.first, change.before.span.last) == (
        B12_START, B12_START + timedelta(days=6))
    assert change.before.value == 7.0 and change.now.value == 3.0


def test_the_now_window_never_reaches_back_into_a_diary_start_baseline():
    cramps = [(d, 5.0, 5.0) for d in days_of(B12_START, 20)]  # a cramp every night, 20 days
    days = story.diary_days([], cramps, [])
    as_of = B12_START + timedelta(days=19)
    [c] = story.courses([b12()], as_of)
    [change] = story.course_story(days, c, ["cramp-nights"], as_of).changes
    assert change.now.span.first == B12_START + timedelta(days=7)
    assert change.now.days == 13 and change.now.value == 7.0


def test_a_missing_day_is_unknown_not_a_night_without_cramps():
    """Logged 3 nights a week: 2 of the 3 with cramps is 4.7 nights a week, not 2."""
    nights = []
    for week in range(6):
        monday = B12_START - timedelta(days=42) + timedelta(weeks=week)
        nights += [(monday, 6.0, None), (monday + timedelta(days=2), 5.0, None)]
        nights += [(monday + timedelta(days=4), None, None)]  # a pain-only day
    pain = [(d, 4.0) for d, _, _ in nights]
    days = story.diary_days(pain, [(d, s, x) for d, s, x in nights if s is not None], [])
    start, as_of = B12_START, B12_START + timedelta(days=30)
    [c] = story.courses([b12(start)], as_of)
    [change] = story.course_story(days, c, ["cramp-nights"], as_of).changes
    logged = [d for d, _, _ in nights if start - timedelta(days=28) <= d < start]
    with_cramps = [d for d, s, _ in nights
                   if s is not None and start - timedelta(days=28) <= d < start]
    assert change.before.days == len(logged)
    assert change.before.value == len(with_cramps) / len(logged) * 7


def test_loading_then_maintenance_is_one_course_and_a_course_after_a_long_gap_another():
    load = Regimen(1, "Vitamin D3", 50000, "IU", Rule(every_days=7), date(2025, 1, 6),
                   date(2025, 3, 2), "loading")
    keep = Regimen(2, "Vitamin D3", 20000, "IU", Rule(every_days=7), date(2025, 3, 3),
                   None, "maintenance", stopped_on=date(2025, 5, 1))
    again = Regimen(3, "Cholecalciferol", 50000, "IU", Rule(every_days=7), date(2026, 2, 2),
                    date(2026, 3, 29), "loading")
    other = b12(date(2025, 2, 1), rid=4)
    found = story.courses([load, keep, again, other], date(2026, 4, 1))
    assert [[r.id for r in c.regimens] for c in found] == [[1, 2], [4], [3]]
    told = story.told_courses(found, date(2026, 2, 2), date(2026, 4, 1))
    assert [c.first.id for c in told] == [3]


def test_a_lapse_that_ends_with_one_dose_stays_as_a_gap_with_both_dates():
    keep = Regimen(1, "Vitamin D3", 1000, "IU", Rule(every_days=1), date(2026, 1, 1), None,
                   "maintenance")
    taken = days_of(date(2026, 1, 1), 7) + [date(2026, 1, 28)]
    doses = [Dose(i, "Vitamin D3", d, regimen_id=1) for i, d in enumerate(taken)]
    as_of = date(2026, 2, 20)
    found = story.gaps([keep], doses, as_of)
    assert [(g.since, g.until) for g in found] == [
        (date(2026, 1, 7), date(2026, 1, 28)),  # ended, and kept
        (date(2026, 1, 28), None)]  # without a dose to today
    assert (found[0].first, found[0].last) == (date(2026, 1, 8), date(2026, 1, 27))
    assert found[0].days(as_of) == 20  # 8 Jan to 27 Jan, both counted
    assert found[1].days(as_of) == (as_of - date(2026, 1, 28)).days  # as the lapse counts


def test_a_gap_at_the_edge_of_a_schedule_counts_the_days_without_a_dose():
    """From the start with no dose, and to a stop with no dose: those days count too."""
    late = Regimen(1, "Vitamin D3", 1000, "IU", Rule(every_days=1), date(2025, 1, 1), None,
                   "maintenance")
    [gap] = story.gaps([late], [Dose(1, "Vitamin D3", date(2025, 1, 31), regimen_id=1)],
                       date(2025, 2, 1))
    assert (gap.first, gap.last, gap.days(date(2025, 2, 1))) == (
        date(2025, 1, 1), date(2025, 1, 30), 30)
    stopped = replace(late, stopped_on=date(2025, 2, 1))
    [gap] = story.gaps([stopped], [Dose(1, "Vitamin D3", date(2025, 1, 5), regimen_id=1)],
                       date(2025, 3, 1))
    assert (gap.first, gap.last, gap.days(date(2025, 3, 1))) == (
        date(2025, 1, 6), date(2025, 1, 31), 26)


def test_the_best_stretch_is_the_recurrence_rules_and_says_when_pain_has_risen():
    start = date(2025, 1, 6)
    pain = {d: (2.0 if 30 <= i < 60 else 6.5) for i, d in enumerate(days_of(start, 200))}
    as_of = start + timedelta(days=199)
    st = story.best_stretch(pain, start, as_of)
    assert st is not None
    assert (st.best_first, st.best_last) == (start + timedelta(days=30),
                                            start + timedelta(days=43))
    assert st.best == 2.0 and st.recent == 6.5
    assert st.risen == (recurrence(pain, start, as_of) is not None) is True
    sparse = {d: v for d, v in pain.items() if d.weekday() == 0}  # once a week
    assert story.best_stretch(sparse, start, as_of) is None  # never 4 in 14 days


def test_a_time_the_patient_said_they_had_stopped_is_kept_with_the_gap_and_counted_apart():
    from datetime import datetime, time

    from vdtracker.domain.breaks import TakingBreak
    from vdtracker.domain.phase_tally import tally
    from vdtracker.domain.reminders import pending

    keep = Regimen(1, "Vitamin D3", 1000, "IU", Rule(every_days=1), date(2026, 1, 1), None,
                   "maintenance", remind_at=time(8, 0))
    taken = days_of(date(2026, 1, 1), 7) + [date(2026, 1, 28)]
    doses = [Dose(i, "Vitamin D3", d, regimen_id=1) for i, d in enumerate(taken)]
    said = TakingBreak(1, date(2026, 1, 8), date(2026, 1, 27), "ran-out")
    [gap, _] = story.gaps([keep], doses, date(2026, 2, 20), [said])
    assert (gap.since, gap.until, gap.said) == (date(2026, 1, 7), date(2026, 1, 28), said)
    counted = tally(keep, doses, date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 20), [said])
    paused = (date(2026, 1, 27) - date(2026, 1, 8)).days + 1  # one due date a day: 20
    assert counted.paused == paused and counted.missed == 31 - len(taken) - paused == 3
    to_today = TakingBreak(1, date(2026, 2, 1), date(2026, 2, 20))
    at_nine = datetime(2026, 2, 20, 9, 0)
    assert pending([keep], doses, at_nine) != []  # due at 08:00, nothing logged
    assert pending([keep], doses, at_nine, [to_today]) == []  # she said she had stopped


def test_re_treatment_with_a_loading_course_is_a_course_of_its_own():
    """An old daily schedule stopped the day a twice-weekly loading course began: the
    re-treatment is told as a new course, not folded into one begun a year before."""
    old = Regimen(1, "Vitamin D3", 1000, "IU", Rule(every_days=1), date(2024, 10, 1), None,
                  "ongoing", stopped_on=date(2025, 9, 29))
    load = Regimen(2, "Vitamin D3", 50000, "IU", Rule(weekdays=frozenset({0, 3})),
                   date(2025, 9, 29), date(2025, 11, 9), "loading")
    keep = Regimen(3, "Vitamin D3", 2000, "IU", Rule(every_days=1), date(2025, 11, 10), None,
                   "maintenance")
    found = story.courses([old, load, keep], date(2026, 1, 16))
    assert [[r.id for r in c.regimens] for c in found] == [[1], [2, 3]]
    told = story.told_courses(found, date(2025, 9, 29), date(2026, 1, 16))
    assert [c.start for c in told] == [date(2025, 9, 29)]


def test_a_diary_kept_three_days_a_week_from_the_course_gets_7_logged_days_as_baseline():
    logged = [d for d in days_of(B12_START, 60) if d.weekday() in (0, 2, 4)]
    days = story.diary_days([(d, 6.0 if d < B12_START + timedelta(days=14) else 3.0)
                             for d in logged], [], [])
    base = story.baseline_span(days, B12_START)
    assert base is not None and base.source == "diary-start"
    in_two_weeks = [d for d in logged if d < B12_START + timedelta(days=14)][:7]
    assert (base.first, base.last) == (B12_START, in_two_weeks[-1])  # 14 days at most
    assert base.covered == len(in_two_weeks) == 6  # Mon/Wed/Fri from a Wednesday


def test_a_sparse_diary_does_not_raise_a_false_rise_in_spasm():
    """Logged on Mondays and Thursdays only, 2 episodes each time, all along: the rate is
    2 ÷ 1 × 7 = 14 a week in every window, so nothing has risen. Reading the unlogged days as
    none would make a window with one logged day look like the best and the rest a rise."""
    from vdtracker.domain.symptoms import count_recurrence

    start = date(2025, 1, 6)
    logged = [d for d in days_of(start, 120) if d.weekday() in (0, 3)]
    thin = [d for d in logged if not (40 <= (d - start).days < 54) or d.weekday() == 0]
    per_day = {d: 2 for d in thin}  # two weeks with only Monday logged
    as_of = start + timedelta(days=119)
    assert count_recurrence(per_day, start, as_of, covered=set(thin)) is None
    assert count_recurrence(per_day, start, as_of) is not None  # unlogged read as none: false
    rate = sum(per_day.values()) / len(thin) * 7
    assert rate == 14.0  # the same rate over every covered day



def test_cramps_that_had_gone_entirely_and_come_back_are_a_rise():
    """B12 took the cramps away: the diary was kept every day with none for weeks, then 7 of
    the last 14 nights had cramps. 7 ÷ 14 × 7 = 3.5 a week against a best of 0."""
    from vdtracker.domain.symptoms import count_recurrence

    start = date(2025, 6, 11)
    days = days_of(start, 61)
    as_of = days[-1]
    back = [d for d in days[-14:] if d.weekday() in (0, 1, 2, 3, 4)][:7]
    rec = count_recurrence({d: 1 for d in back}, start, as_of, covered=set(days))
    assert rec is not None
    assert rec.recent_mean == len(back) / 14 * 7 == 3.5 and rec.best_mean == 0.0


def test_a_short_time_the_patient_said_they_had_stopped_is_kept_in_the_story():
    """11 days without a dose is no lapse by the 14-day rule, but the patient said they had
    stopped: it stays, with the answer, however short."""
    from vdtracker.domain.breaks import TakingBreak

    keep = Regimen(1, "Vitamin D3", 2000, "IU", Rule(every_days=1), date(2026, 4, 6), None,
                   "maintenance")
    taken = days_of(date(2026, 4, 6), 30) + days_of(date(2026, 5, 17), 10)
    doses = [Dose(i, "Vitamin D3", d, regimen_id=1) for i, d in enumerate(taken)]
    said = TakingBreak(1, date(2026, 5, 6), date(2026, 5, 16), "side-effects", "worried")
    assert story.gaps([keep], doses, date(2026, 5, 30)) == []  # 11 days: under the rule
    [gap] = story.gaps([keep], doses, date(2026, 5, 30), [said])
    assert (gap.first, gap.last, gap.said) == (date(2026, 5, 6), date(2026, 5, 16), said)
    assert gap.days(date(2026, 5, 30)) == 11
    within = TakingBreak(1, date(2026, 4, 10), date(2026, 4, 20))  # doses logged all along
    assert story.gaps([keep], doses, date(2026, 5, 30), [within]) == []


@given(st.sets(st.integers(0, 400), max_size=120), st.integers(-20, 420), st.integers(-20, 420))
def test_the_days_of_a_span_are_the_diary_days_inside_it_in_order(offsets, a, b):
    """Rates and means read the days of a span: the same ones however the span is looked up
    (a few weeks in a long diary, or most of it)."""
    base = date(2025, 1, 1)
    days = {base + timedelta(days=o): story.DiaryDay(base + timedelta(days=o), pain=o % 10)
            for o in offsets}
    first, last = base + timedelta(days=a), base + timedelta(days=b)
    expected = [days[d] for d in sorted(days) if first <= d <= last]
    assert story.figure(days, "pain", story.Span(first, last, 0, "now")).days == len(expected)
    assert story._covered(days, first, last) == expected
