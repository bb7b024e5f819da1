"""Today's order of the alerts (issue 25): a lapse always leads, the rises in symptoms are one
alert naming each, a lab flag marked as discussed comes last and quiet until another result of
the test, and nothing is ever dropped."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vdtracker.domain.alert_rank import Discussed, is_quiet, mark_of, rank
from vdtracker.domain.alert_types import KINDS, SEVERITIES, Alert

DAY = date(2026, 1, 14)


def lab(kind: str, analyte: str, lab_id: int, value: float, severity: str = "warning") -> Alert:
    return Alert(kind, severity, DAY - timedelta(days=3),
                 {"analyte": analyte, "lab_id": lab_id, "value": value, "unit": "ng/mL"})


def rise(symptom: str) -> Alert:
    return Alert("symptom-recurrence", "warning", DAY,
                 {"symptom": symptom, "recent_mean": 5.0, "best_mean": 1.0, "since": DAY})


LAPSE = Alert("lapsed-maintenance", "warning", DAY - timedelta(days=268),
              {"regimen_id": 2, "supplement": "Vitamin D3", "reason": "stopped", "days": 268})
LOW_D = lab("level-low", "vitamin-d", 7, 14.0)
HIGH_CALCIUM = lab("level-high", "calcium", 8, 2.8, "urgent")


def test_the_lapse_leads_even_before_an_urgent_flag_and_the_rises_are_one():
    ranked = rank([HIGH_CALCIUM, LOW_D, rise("pain"), rise("cramps"), rise("spasm"), LAPSE], {})
    assert [a.kind for a in ranked] == ["lapsed-maintenance", "level-high", "level-low",
                                        "symptom-recurrence"]
    merged = ranked[-1]
    assert merged.details["symptoms"] == ("pain", "cramps", "spasm")
    assert [p.details["symptom"] for p in merged.details["parts"]] == ["pain", "cramps", "spasm"]


def test_one_rise_alone_is_told_as_it_was():
    assert rank([rise("spasm")], {}) == [rise("spasm")]


def test_a_flag_marked_as_discussed_goes_last_and_quiet_until_another_result():
    mark = mark_of(LOW_D, DAY)
    assert mark == Discussed(7, 14.0, DAY)
    ranked = rank([LOW_D, rise("pain")], {"vitamin-d": mark})
    assert [a.kind for a in ranked] == ["symptom-recurrence", "level-low"]
    assert is_quiet(ranked[-1]) and ranked[-1].details["discussed"] == DAY
    newer = lab("level-low", "vitamin-d", 9, 18.0)  # the next result: another id
    assert not any(is_quiet(a) for a in rank([newer], {"vitamin-d": mark}))
    mended = lab("level-low", "vitamin-d", 7, 12.0)  # the same result, its value corrected
    assert not any(is_quiet(a) for a in rank([mended], {"vitamin-d": mark}))


def test_an_urgent_flag_and_other_kinds_cannot_be_marked():
    assert mark_of(HIGH_CALCIUM, DAY) is None
    assert mark_of(LAPSE, DAY) is None
    forced = {"calcium": Discussed(8, 2.8, DAY)}  # even a stored mark does not quiet it
    assert not is_quiet(rank([HIGH_CALCIUM], forced)[0])


@st.composite
def alerts(draw: st.DrawFn) -> list[Alert]:
    out = []
    for i in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(KINDS))
        severity = draw(st.sampled_from(SEVERITIES))
        details: dict[str, object] = {"analyte": draw(st.sampled_from(("vitamin-d", "b12"))),
                                      "lab_id": i, "value": float(i), "regimen_id": i}
        if kind == "symptom-recurrence":
            details["symptom"] = draw(st.sampled_from(("pain", "cramps", "spasm")))
        out.append(Alert(kind, severity, DAY - timedelta(days=draw(st.integers(0, 400))),
                         details))
    return out


@given(alerts(), st.data())
def test_nothing_is_dropped_and_the_order_holds(found, data):
    marks = {a.details["analyte"]: Discussed(a.details["lab_id"], a.details["value"], DAY)
             for a in found if data.draw(st.booleans()) and mark_of(a, DAY) is not None}
    ranked = rank(found, marks)
    told = [p for a in ranked for p in a.details.get("parts", (a,))]

    def about(a: Alert) -> tuple[object, ...]:
        return a.kind, a.severity, a.date, a.details["lab_id"]
    # every alert is there, in the merged row of the rises or in its own
    assert sorted(map(about, told)) == sorted(map(about, found))
    quiet = [is_quiet(a) for a in ranked]
    assert quiet == sorted(quiet)  # the discussed ones last
    if any(a.kind == "lapsed-maintenance" for a in found):
        assert ranked[0].kind == "lapsed-maintenance"
    assert sum(a.kind == "symptom-recurrence" for a in ranked) <= 1
