"""Times the patient did not take a saved schedule ("I had stopped taking it"), with the reason."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)
# The words `regimen stop --why` and `regimen stopped-taking --why` take (CLI.md).
WHY = ("ran-out", "side-effects", "felt-better", "clinician", "other")


@dataclass(frozen=True)
class TakingBreak:
    """From `first` to `last` (both inclusive) the patient did not take schedule `regimen_id`:
    every due date of it in that span is settled as not taken (never missed, never due)."""

    regimen_id: int
    first: date
    last: date
    why: str | None = None  # one of WHY, or None when not said
    note: str | None = None
    id: int = 0  # the stored row's id (0 before it is stored)

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def of_regimen(breaks: Iterable[TakingBreak], regimen_id: int) -> list[TakingBreak]:
    return sorted((b for b in breaks if b.regimen_id == regimen_id), key=lambda b: b.first)


def as_of_view(breaks: Iterable[TakingBreak], as_of: date) -> list[TakingBreak]:
    """The breaks as they stood on as_of: none that begins later, each cut at as_of."""
    return [b if b.last <= as_of else replace(b, last=as_of)
            for b in breaks if b.first <= as_of]


def covering(breaks: Sequence[TakingBreak], day: date) -> TakingBreak | None:
    """The break (of those given) that holds `day`, the latest begun first; None if none."""
    found = [b for b in breaks if b.covers(day)]
    return max(found, key=lambda b: (b.first, b.id)) if found else None


def suggested_span(taken: Iterable[date], start: date, anchor: date, today: date
                   ) -> tuple[date, date]:
    """The time around `anchor` (an open due date) with no dose taken, as the answer's first
    guess: from the day after the last dose before it (or the schedule's start) to the day
    before the next dose after it (or today). The patient may change both."""
    days = sorted(taken)
    before = [d for d in days if d < anchor]
    after = [d for d in days if d > anchor]
    first = max(start, before[-1] + ONE_DAY) if before else start
    last = min(today, after[0] - ONE_DAY) if after else today
    first = min(first, anchor, today)
    return first, max(first, last)


__all__ = ["WHY", "TakingBreak", "as_of_view", "covering", "of_regimen", "suggested_span"]
