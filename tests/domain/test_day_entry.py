"""The day's entry checks itself: which night, which row carries the note, what needs what."""

from datetime import date, time

import pytest

from vdtracker.domain.day_entry import CrampPart, DayEntry, PainPart, SpasmPart, last_night
from vdtracker.domain.errors import InvalidInput

TODAY = date(2026, 3, 10)


def problem(entry: DayEntry) -> tuple[str, str] | None:
    err = entry.problem(TODAY)
    return None if err is None else (err.field, err.reason.kind)


def test_cramps_on_the_days_entry_belong_to_last_night_unless_a_night_is_named():
    entry = DayEntry(TODAY, cramps=CrampPart(count=2))
    assert entry.night_of == last_night(TODAY) == date(2026, 3, 9)
    assert DayEntry(TODAY, cramps=CrampPart(), cramp_night=TODAY).night_of == TODAY


def test_the_first_row_carries_the_note():
    from vdtracker.services.diary import rows_for

    entry = DayEntry(TODAY, cramps=CrampPart(2), spasm=SpasmPart(1), note="after gardening")
    rows = rows_for(entry.checked(TODAY))
    assert [(kind, row["note"]) for kind, row in rows] == [("cramp", "after gardening"),
                                                        ("spasm", None)]
    assert DayEntry(TODAY, pain=PainPart(3), spasm=SpasmPart(1)).parts() == ["pain", "spasm"]
    assert DayEntry(TODAY, cramps=CrampPart(1), spasm=SpasmPart(2)).parts() == ["cramp", "spasm"]
    assert DayEntry(TODAY, cramps=CrampPart(0), spasm=SpasmPart(0)).parts() == []


@pytest.mark.parametrize(("entry", "expected"), [
    (DayEntry(TODAY), ("entry", "nothing-to-save")),
    (DayEntry(TODAY, note="stiff neck"), ("entry", "note-needs-entry")),
    (DayEntry(TODAY, cramps=CrampPart(0, severity=6)), ("cramp_count", "details-need-count")),
    (DayEntry(TODAY, spasm=SpasmPart(0, severity=4)), ("spasm_count", "details-need-count")),
    (DayEntry(TODAY, pain=PainPart(10.5)), ("pain", "score-range")),
    (DayEntry(TODAY, pain=PainPart(4.25)), ("pain", "score-decimal")),
    (DayEntry(TODAY, pain=PainPart(4, "x" * 81)), ("pain_region", "max-chars")),
    (DayEntry(TODAY, cramps=CrampPart(1, side="middle")), ("cramp_side", "one-of")),
    (DayEntry(TODAY, cramps=CrampPart(201)), ("cramp_count", "whole-range")),
    (DayEntry(date(2026, 3, 11), pain=PainPart(2)), ("date", "date-not-future")),
    (DayEntry(TODAY, pain=PainPart(2), at=time(8, 0)), None),
])
def test_each_rule_names_the_field_it_is_about(entry, expected):
    assert problem(entry) == expected


def test_checked_tidies_what_was_typed():
    entry = DayEntry(TODAY, pain=PainPart(6.5, "  neck "), cramps=CrampPart(2, side=" Left"),
                     note="  walked  ").checked(TODAY)
    assert entry.pain == PainPart(6.5, "neck") and entry.cramps is not None
    assert entry.cramps.side == "left" and entry.note == "walked"
    with pytest.raises(InvalidInput) as err:
        DayEntry(TODAY, pain=PainPart(11)).checked(TODAY)
    assert err.value.field == "pain" and err.value.value == "11"
