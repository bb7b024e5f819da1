"""Supplies through the services: a dose logged takes its units off, an edit of its amount
changes what it took, undo (of the dose, or of a count) puts things back as they were."""

from datetime import date, datetime, time

from builders import add_schedule

TODAY = date(2026, 12, 7)
COUNTED = datetime(2026, 12, 7, 7, 0)


def left(svc):
    [view] = svc.supplies.status(TODAY)
    return view.left


def test_a_dose_takes_its_units_off_an_edit_changes_it_and_undo_puts_it_back(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=date(2026, 11, 1), phase="maintenance")
    svc.supplies.set("Vitamin D3", 60, COUNTED, "drop", 500, "IU")
    assert left(svc) == 60
    dose = svc.doses.record(supplement="Vitamin D3", day=TODAY, today=TODAY,
                                    at=time(8, 0))
    assert left(svc) == 60 - 2000 / 500
    edited = svc.entries.update("dose", dose.id, "value", 3000, today=TODAY)
    assert left(svc) == 60 - 3000 / 500
    svc.entries.apply(edited.undoing())
    assert left(svc) == 60 - 2000 / 500
    svc.entries.apply(dose.undoing())
    assert left(svc) == 60


def test_a_second_count_replaces_the_first_and_undo_brings_the_first_back(svc):
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=date(2026, 11, 1), phase="loading", weeks=12)
    svc.supplies.set("Vitamin D3", 3, COUNTED, "capsule", 50000, "IU")
    again = svc.supplies.set("Vitamin D3", 10, datetime(2026, 12, 7, 9, 0))
    [view] = svc.supplies.status(TODAY)
    assert (view.left, view.form, view.holds_amount) == (10, "capsule", 50000)  # kept
    svc.entries.apply(again.undoing())
    assert left(svc) == 3
