"""Values kept as printed and typed: "<10" and ">150" labs, units as printed, a dose far from
its schedule, and the typo checks asked before anything is saved."""

from __future__ import annotations

from datetime import date

import pytest

from tests.builders import add_lab, add_schedule
from vdtracker.domain.errors import ConfirmationNeeded
from vdtracker.services.entries import HistoryFilter
from vdtracker.services.labs import LabInput

TODAY = date(2026, 11, 23)


def test_a_value_printed_beyond_the_assay_limit_keeps_its_qualifier(svc, words):
    saved = add_lab(svc, "vitamin-d", ">150", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    assert "above the range on your lab report" in words.saved(saved.message)
    add_lab(svc, "b12", "<100", "pmol/L", day=TODAY, today=TODAY, low=145, high=569)
    rows = {r.analyte: r for r in svc.labs.list()}
    assert (rows["vitamin-d"].value_text, rows["vitamin-d"].value) == (">150", 150)
    assert rows["vitamin-d"].flag == "above" and rows["b12"].flag == "below"
    high = next(a for a in svc.alerts.alerts(TODAY) if a.kind == "level-high")
    text = words.alert(high)
    assert ">150" in text and "nausea" in text  # the red-flag text goes with it
    history = [words.entry(r.summary) for r in svc.entries.page(HistoryFilter(), 0, 10)]
    assert any(">150 ng/mL" in line for line in history)


def test_a_limit_that_straddles_the_range_is_not_called_within(svc):
    add_lab(svc, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY, low=5, high=50)
    assert svc.labs.list()[0].flag == "unclear"
    assert not [a for a in svc.alerts.alerts(TODAY) if a.kind.startswith("level-")]


def test_the_unit_is_kept_as_printed_and_converted_only_for_display(svc, words):
    add_lab(svc, "vitamin-d", "12", "µg/L", day=TODAY, today=TODAY, low=30, high=100)
    row = svc.labs.list()[0]
    assert row.unit == "µg/L" and row.flag == "below"
    line = words.entry(svc.entries.page(HistoryFilter(), 0, 1)[0].summary)
    assert "12 µg/L" in line and "30 nmol/L" in line  # 12 ng/mL is about 30 nmol/L


def test_an_implausible_result_or_range_asks_and_saves_nothing_until_confirmed(svc, words):
    wrong = LabInput("vitamin-d", "30", "ng/mL", TODAY, low=75, high=250)
    with pytest.raises(ConfirmationNeeded) as asked:
        svc.labs.add(wrong, today=TODAY)
    assert "75–250 ng/mL" in words.reason(asked.value.reason)
    assert svc.labs.list() == []
    svc.labs.add(wrong, today=TODAY, confirmed=True)
    assert len(svc.labs.list()) == 1


def test_a_dose_far_from_its_schedule_is_saved_with_a_note(svc, words):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=date(2026, 11, 1))
    saved = svc.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY,
                                     amount=5000, unit="IU")
    assert "differs from your saved schedule (50,000 IU)" in words.saved(saved.message)
    line = words.entry(svc.entries.page(HistoryFilter(kinds=("dose",)), 0, 1)[0].summary)
    assert line.endswith("differs from your saved schedule (50,000 IU)")
    same = svc.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY,
                                    amount=1.25, unit="mg")  # 50,000 IU in another unit
    assert "differs" not in words.saved(same.message)


def test_a_schedule_averaging_an_unusual_amount_a_day_asks(svc, words):
    with pytest.raises(ConfirmationNeeded) as asked:
        add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=1,
                     start=TODAY)
    assert "about 50,000 IU a day" in words.reason(asked.value.reason)
    assert svc.regimens.list(TODAY) == []


def test_changing_a_printed_value_keeps_its_qualifier_and_is_checked(svc):
    add_lab(svc, "vitamin-d", "<10", "ng/mL", day=TODAY, today=TODAY, low=30, high=100)
    lab = svc.entries.page(HistoryFilter(kinds=("lab",)), 0, 1)[0]
    svc.entries.update("lab", lab.id, "value", 8.0, today=TODAY)  # a number from the window
    assert svc.labs.list()[0].value_text == "<8"
    svc.entries.update("lab", lab.id, "value", 1250000.0, today=TODAY, confirmed=True)
    assert svc.labs.list()[0].value_text == "<1250000"  # never "1.25e+06"
    with pytest.raises(ConfirmationNeeded):
        svc.entries.update("lab", lab.id, "value", 3200.0, today=TODAY)
    svc.entries.update("lab", lab.id, "value", ">150", today=TODAY)
    assert (svc.labs.list()[0].value_text, svc.labs.list()[0].flag) == (">150", "above")


def test_changing_a_dose_amount_runs_the_typo_check(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=date(2026, 11, 1))
    svc.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY)
    dose = svc.entries.page(HistoryFilter(kinds=("dose",)), 0, 1)[0]
    with pytest.raises(ConfirmationNeeded):
        svc.entries.update("dose", dose.id, "value", 500000, today=TODAY)
