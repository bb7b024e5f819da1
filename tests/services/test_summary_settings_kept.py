"""The summary settings are checked as a whole, kept together, and read back after a restart."""

from __future__ import annotations

from datetime import date

import pytest

from vdtracker.app import compose
from vdtracker.domain.errors import InvalidInput
from vdtracker.domain.personal import Personal
from vdtracker.services.summary_options import SummaryOptions, keep, stored
from vdtracker.storage.database import Database

TODAY = date(2026, 11, 23)


def test_kept_values_come_back_in_a_new_start_trimmed(db: Database, tmp_path) -> None:
    kept = keep(compose(db).settings, SummaryOptions(
        Personal("  Jane Doe ", date(1961, 8, 30), "\nFirst?\n\nSecond?  \n"), "a4"), TODAY)
    assert kept == SummaryOptions(Personal("Jane Doe", date(1961, 8, 30), "First?\n\nSecond?"),
                                  "a4")
    again = Database.open(tmp_path / "data")
    try:
        assert stored(compose(again).settings) == kept
    finally:
        again.close()
    assert kept.personal.question_lines() == ["First?", "Second?"]


def test_nothing_set_reads_as_empty_with_the_paper_from_the_locale(db: Database) -> None:
    assert stored(compose(db).settings) == SummaryOptions(Personal("", None, ""), "auto")


@pytest.mark.parametrize(("options", "field", "kind"), [
    (SummaryOptions(Personal("x" * 101)), "name", "max-chars"),
    (SummaryOptions(Personal(questions="?" * 2001)), "questions", "max-chars"),
    (SummaryOptions(Personal(birth_date=date(2026, 11, 24))), "birth_date", "date-not-future"),
    (SummaryOptions(Personal(birth_date=date(1899, 12, 31))), "birth_date", "date-not-before"),
    (SummaryOptions(Personal("Jane"), "a5"), "paper", "one-of"),
])
def test_a_refused_value_keeps_nothing(db: Database, options, field, kind) -> None:
    settings = compose(db).settings
    keep(settings, SummaryOptions(Personal("Before", date(1970, 1, 1), "Old?")), TODAY)
    with pytest.raises(InvalidInput) as err:
        keep(settings, options, TODAY)
    assert (err.value.field, err.value.reason.kind) == (field, kind)
    assert "x" * 20 not in str(err.value) and "?" * 20 not in str(err.value)  # never the text
    assert stored(settings) == SummaryOptions(Personal("Before", date(1970, 1, 1), "Old?"))


def test_the_limits_themselves_are_allowed(db: Database) -> None:
    options = SummaryOptions(Personal("n" * 100, date(1900, 1, 1), "q" * 2000), "letter")
    assert keep(compose(db).settings, options, TODAY) == options
    assert keep(compose(db).settings, SummaryOptions(Personal(birth_date=TODAY)), TODAY)
