"""The summary's story for real diaries (tests/journeys): every before/after figure over the
days the diary covers, the rise from the best 14 days leading at a relapse, a lapse that ended
kept with its dates, the reason quoted beside the alert, nothing printed for what is not
logged. Each figure is recomputed here from the export document by plain arithmetic."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest

from journeys import (
    ALL,
    STOPPED_NOTE,
    Journey,
    diary_starts_9_days_before,
    diary_starts_with_course,
    lapse_that_ends,
    plain,
    relapse_and_return,
)
from vdtracker.services.bundle import Services
from vdtracker.ui.summary.layout import html_for
from vdtracker.wording import Wording

DAY = timedelta(days=1)
W = Wording()


def text_of(svc: Services, first: date | None, as_of: date) -> str:
    html = html_for(svc, W, as_of, first, as_of)
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&quot;", '"')
                    .replace("&#x27;", "'").replace("&amp;", "&").split())


def symptoms_of(text: str) -> str:
    return text.split(" Symptoms ", 1)[1].split(" Alerts in force ", 1)[0]


def per_day(doc: dict[str, Any]) -> dict[str, dict[date, float]]:
    """Each measure by covered day: pain the day's mean (only days with pain), spasm
    episodes and cramp nights on every covered day (0 when none was logged that day)."""
    days = plain.diary_days(doc)
    nights = [r for r in plain.rows(doc, "cramps") if not r["daytime"]]
    return {"pain": plain.daily_means((r["day"], r["score"]) for r in plain.rows(doc, "pain")),
            "spasm": plain.by_day(plain.rows(doc, "spasms"), "day", "count", days),
            "cramps": plain.by_day(nights, "night_of", None, days)}


def baseline(doc: dict[str, Any], start: date) -> tuple[date, date, str]:
    """The days before the course the diary covers (up to 28) when there are 7 of them;
    otherwise the diary's first 7 days from its first day in those 28 (up to 14, until 7 are
    logged)."""
    days = sorted(plain.diary_days(doc))
    before = [d for d in days if start - 28 * DAY <= d < start]
    if len(before) >= 7:
        return before[0], start - DAY, "before"
    first = next(d for d in days if d >= start - 28 * DAY)
    held = [d for d in days if first <= d < first + 14 * DAY][:7]
    last = first + 6 * DAY
    if len([d for d in days if first <= d <= last]) < 7:
        last = max(last, held[-1])
    return first, last, "diary-start"


def one(x: float) -> str:
    return f"{x:,.1f}"


def rate_line(name: str, series: dict[date, float], base: tuple[date, date], as_of: date
              ) -> str:
    first = max(as_of - 27 * DAY, base[1] + DAY)
    n_before, n_now = plain.covered(series, *base), plain.covered(series, first, as_of)
    before, now = plain.rate_per_week(series, *base), plain.rate_per_week(series, first, as_of)
    assert before is not None and now is not None and n_before >= 7 and n_now >= 7
    return (f"{name}: {one(before)} before ({n_before} days logged), {one(now)} over the last "
            f"4 weeks ({n_now} days logged).")


def pain_line(pain: dict[date, float], base: tuple[date, date], as_of: date) -> str:
    first = max(as_of - 6 * DAY, base[1] + DAY)
    b, n = plain.values_within(pain, *base), plain.values_within(pain, first, as_of)
    assert len(b) >= 3 and len(n) >= 3
    before, now = sum(b) / len(b), sum(n) / len(n)
    lower = (before - now) / before * 100
    return (f"Pain (0–10): {one(before)} before ({len(b)} days logged), {one(now)} in the last "
            f"7 days ({len(n)} days logged) — {round(abs(lower), 1):g} % "
            f"{'lower' if lower >= 0 else 'higher'}")


@pytest.mark.parametrize("build", ALL, ids=[b.__name__ for b in ALL])
def test_every_figure_of_the_main_course_is_over_the_days_the_diary_covers(svc, build):
    j: Journey = build(svc)
    doc = svc.export.document()
    start = j.mark("course_start")
    text = symptoms_of(text_of(svc, j.report_from, j.as_of))
    first, last, source = baseline(doc, start)
    series = per_day(doc)
    course = min((c for c in j.courses if c.start == start), key=lambda c: c.regimen_id)
    if source == "before":
        heading = (f"began on {W.day(start)}, compared with the "
                   f"{plain.covered(series['spasm'], first, last)} days logged before it "
                   f"({W.day(first)} – {W.day(last)}):")
    elif first < start:
        heading = (f"began on {W.day(start)}, compared with the first days logged around it, "
                   f"{(start - first).days} days before it and course days "
                   f"1–{(last - start).days + 1} ({W.day(first)} – {W.day(last)}):")
    else:
        heading = (f"began on {W.day(start)}, compared with course days "
                   f"{(first - start).days + 1}–{(last - start).days + 1}, the first days "
                   f"logged ({W.day(first)} – {W.day(last)}):")
    assert f"Since {course.supplement}" in text and heading in text, text[:600]
    told = text.split(heading, 1)[1]
    if series["pain"]:
        assert pain_line(series["pain"], (first, last), j.as_of) in told
    else:
        assert "Pain (0–10)" not in text  # nothing printed for what is not logged
    for name, key in (("Spasm episodes a week", "spasm"),
                      ("Nights with leg cramps a week", "cramps")):
        if not any(series[key].values()):
            assert name not in text
            continue
        covered = plain.covered(series[key], first, last)
        if covered < 7:
            where = "before" if source == "before" else "in those first days"
            assert f"{name}: too few days to compare ({covered} logged {where}, at least 7 " \
                   "needed)." in told
        else:
            assert rate_line(name, series[key], (first, last), j.as_of) in told


def test_spasm_before_b12_is_44_a_week_over_the_9_days_logged_not_over_4_weeks(svc):
    j = diary_starts_9_days_before(svc)
    doc = svc.export.document()
    start = j.mark("course_start")
    episodes = sum(r["count"] for r in plain.rows(doc, "spasms") if r["day"] < start)
    logged = len({d for d in plain.diary_days(doc) if d < start})
    text = symptoms_of(text_of(svc, j.report_from, j.as_of))
    assert logged == 9
    assert f"Spasm episodes a week: {one(episodes / logged * 7)} before (9 days logged)" in text
    assert one(episodes / 28 * 7) + " before" not in text  # the old 4-week divisor


def test_a_diary_that_starts_with_the_course_has_a_baseline_named_as_such(svc):
    j = diary_starts_with_course(svc)
    text = symptoms_of(text_of(svc, j.report_from, j.as_of))
    doc = svc.export.document()
    start = j.mark("course_start")
    first, last, source = baseline(doc, start)
    assert source == "diary-start" and first == start == j.diary_first
    assert (f"compared with course days 1–{(last - start).days + 1}, the first days logged "
            f"({W.day(first)} – {W.day(last)}):") in text
    pain = per_day(doc)["pain"]
    assert pain_line(pain, (first, last), j.as_of) in text  # a figure, not "no baseline"


def test_at_the_relapse_visit_the_rise_from_the_best_14_days_leads(svc):
    j = relapse_and_return(svc)
    visit, start = j.mark("relapse_visit"), j.mark("course_start")
    doc = svc.export.document()
    pain = per_day(doc)["pain"]
    recent_first = visit - 13 * DAY
    best = plain.lowest_window(pain, start, recent_first - DAY, length=14, min_days=4)
    assert best is not None
    recent = plain.mean(plain.values_within(pain, recent_first, visit))
    assert recent is not None and recent - best[1] >= 2 and recent >= 1.3 * best[1]
    text = text_of(svc, None, visit)
    symptoms = symptoms_of(text)
    rise = round(float(one(recent)) - float(one(best[1])), 1)  # the printed figures' own
    lead = (f"Pain has risen: the last 14 days average {one(recent)}, "
            f"{one(rise)} points higher than the best 14 days since Vitamin D3 50,000 IU "
            f"weekly began on {W.day(start)} ({one(best[1])}, {W.day(best[0])} – "
            f"{W.day(best[0] + 13 * DAY)}).")
    assert symptoms.startswith(lead), symptoms[:300]
    alerts = text.split(" Alerts in force ", 1)[1].split(" Notes in this period ", 1)[0]
    assert f"“{STOPPED_NOTE}”" in alerts  # why she stopped, beside the lapse, on page 1


def test_a_lapse_that_ended_stays_in_the_schedules_with_both_dates(svc):
    j = lapse_that_ends(svc)
    [lapse] = j.lapses
    taken = sorted(d.day for d in svc.regimens.doses()
                   if d.regimen_id == lapse.regimen_id and not d.skipped)
    before = max(d for d in taken if d < lapse.span.first)
    after = min(d for d in taken if d > lapse.span.last)
    first, last = before + DAY, after - DAY
    text = text_of(svc, j.report_from, j.as_of)
    schedules = text.split(" Schedules ", 1)[1].split(" Lab results ", 1)[0]
    days = (last - first).days + 1
    assert days == lapse.span.days == 20
    assert f"no dose logged {W.day(first)} – {W.day(last)} ({days} days)" in schedules


def test_cramps_gone_on_b12_and_back_are_caught(svc):
    """The neurology case's result (cramps gone within 4 weeks of B12) coming back: 7 of the
    last 14 nights with cramps in a diary kept every day raises the rise-in-cramps warning."""
    from builders import log_cramp
    from journeys import b12_then_d_loading_then_maintenance

    j = b12_then_d_loading_then_maintenance(svc)
    logged = sorted(plain.diary_days(svc.export.document()))
    last_14 = [d for d in logged if d > j.as_of - 14 * DAY]
    assert len(last_14) >= 10  # kept nearly every day
    for night in last_14[::2][:7]:
        log_cramp(svc, day=night, today=j.as_of, count=1, severity=5.0)
    found = [a for a in svc.alerts.alerts(j.as_of) if a.kind == "symptom-recurrence"]
    assert "cramps" in {a.details["symptom"] for a in found}


def test_a_period_begun_long_after_its_course_still_says_the_figures(svc):
    j = lapse_that_ends(svc)
    start = j.mark("course_start")
    first = date(2026, 1, 1)
    assert (first - start).days > 56  # the course began more than 8 weeks before the period
    symptoms = symptoms_of(text_of(svc, first, j.as_of))
    assert f"Since Vitamin D3 50,000 IU weekly began on {W.day(start)}" in symptoms
    doc = svc.export.document()
    base = baseline(doc, start)
    assert pain_line(per_day(doc)["pain"], base[:2], j.as_of) in symptoms


def test_a_schedule_replaced_by_a_new_course_ends_where_it_was_replaced(svc):
    """An open-ended daily schedule taken until 30 Sep, then re-treatment from 1 Nov: the old
    one is not 'missed' every day after 1 Nov, nor a lapse running to today."""
    from builders import add_schedule

    old_start, last_dose, again = date(2025, 3, 1), date(2025, 9, 30), date(2025, 11, 3)
    as_of = date(2025, 12, 20)
    add_schedule(svc, supplement="Vitamin D3", amount=1000, unit="IU", every_days=1,
                 start=old_start, phase="maintenance")
    day = old_start
    while day <= last_dose:
        svc.doses.record(supplement="Vitamin D3", day=day, today=as_of)
        day += DAY
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=again, weeks=8, phase="loading")
    for week in range(7):
        svc.doses.record(supplement="Vitamin D3", day=again + week * 7 * DAY, today=as_of)
    text = text_of(svc, old_start, as_of)
    schedules = text.split(" Schedules ", 1)[1].split(" Lab results ", 1)[0]
    before_new = again - DAY
    due = (before_new - old_start).days + 1
    logged = (last_dose - old_start).days + 1
    assert (f"{W.day(old_start)} – {W.day(before_new)} {logged} of {due} logged on the due "
            f"date; {due - logged} missed") in schedules
    gap = (before_new - last_dose).days
    assert f"replaced by the course that began on {W.day(again)}" in schedules
    assert f"no dose logged {W.day(last_dose + DAY)} – {W.day(before_new)} ({gap} days)" \
        in schedules
    assert "no dose logged since" not in schedules


def test_a_short_time_not_taken_is_named_with_its_reason_and_note(svc):
    """'I had stopped taking it' for 11 days (no lapse by the 14-day rule): the schedules
    table names it with both dates and the reason, and the note is printed."""
    from builders import add_schedule

    start, as_of = date(2026, 4, 6), date(2026, 5, 30)
    saved = add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                         start=start, phase="maintenance")
    rid = saved.id
    taken = [start + i * DAY for i in range(30)] + [date(2026, 5, 17) + i * DAY
                                                    for i in range(14)]
    for day in taken:
        svc.doses.record(supplement="Vitamin D3", day=day, today=as_of)
    first, last = date(2026, 5, 6), date(2026, 5, 16)
    svc.regimens.stopped_taking(rid, first=first, last=last, today=as_of, why="side-effects",
                                note="worried about too much vitamin D")
    text = text_of(svc, start, as_of)
    schedules = text.split(" Schedules ", 1)[1].split(" Lab results ", 1)[0]
    days = (last - first).days + 1
    assert (f"no dose logged {W.day(first)} – {W.day(last)} ({days} days); you had stopped "
            "taking it (side effects)") in schedules
    assert f"{days} not taken (you had stopped)" in schedules
    assert "a time not taken: worried about too much vitamin D" in text
