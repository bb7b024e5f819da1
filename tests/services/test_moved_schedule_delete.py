"""Deleting a half of a moved schedule: the later half (the one that carries it on) goes with
the move undone — the first half gets its end back, its due dates are those before the move,
the doses logged on the later half stay unlinked — as one step undo takes back whole; the first
half alone is refused naming the later one (both named together go together)."""

from datetime import date, timedelta

import pytest

from builders import add_schedule
from vdtracker.domain.errors import InvalidInput
from vdtracker.models import Decision, Dose, Regimen, TakingBreak
from vdtracker.services.results import backwards, data_of
from vdtracker.storage import repositories as repo

START = date(2026, 11, 1)  # a Sunday: 50,000 IU weekly for 12 weeks
LATE = date(2026, 11, 18)  # Wednesday: the dose due Sunday 15 Nov, taken late
TODAY = date(2026, 12, 7)
WEEKS = 12


def stored(svc):
    """Every row a delete of a schedule touches, each column as stored."""
    with svc.db.reading() as s:
        return {kind: sorted((data_of(kind, r).values for r in s.query(model)),
                             key=lambda v: v["id"])
                for kind, model in (("regimen", Regimen), ("dose", Dose),
                                    ("decision", Decision), ("break", TakingBreak))}


def due(svc, regimen_id, last=date(2027, 6, 1)):
    with svc.db.reading() as s:
        [r] = [r for r in repo.regimens(s) if r.id == regimen_id]
    return list(r.due_dates(START, last))


@pytest.fixture
def moved(svc):
    """The course, doses on the first two Sundays and late on Wednesday, moved that day, one
    dose on the later half (the next Wednesday); returns the due dates before the move."""
    first = add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                         start=START, weeks=WEEKS, phase="loading").id
    for day in (START, START + timedelta(days=7), LATE):
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    before = due(svc, first)
    svc.regimens.move(first, day=LATE, today=LATE)
    svc.doses.record(supplement="Vitamin D3", day=LATE + timedelta(days=7), today=TODAY)
    return before


def test_deleting_the_later_half_undoes_the_move_and_undo_redo_restore_exactly(svc, words,
                                                                               moved):
    # the plain calculation: every 7 days from the start, 12 weeks long
    original = [START + timedelta(days=7 * k) for k in range(WEEKS)]
    assert moved == original
    assert [(r.id, r.moved_on) for r in svc.regimens.list(TODAY)] == [(1, LATE), (2, None)]
    on_later = [d.id for d in svc.regimens.doses() if d.regimen_id == 2]
    assert len(on_later) == 1
    before_delete = stored(svc)

    saved = svc.entries.delete([("regimen", 2)])

    [left] = svc.regimens.list(TODAY)
    assert (left.id, left.start, left.end, left.moved_on) == (
        1, START, START + timedelta(weeks=WEEKS) - timedelta(days=1), None)
    assert due(svc, 1) == original
    doses = {d.id: d.regimen_id for d in svc.regimens.doses()}
    assert len(doses) == 4 and doses[on_later[0]] is None  # kept, as for any deleted schedule
    said = words.saved(saved.message)
    end = words.day(START + timedelta(weeks=WEEKS) - timedelta(days=1))
    assert said == ("Deleted the schedule from " + words.day(LATE + timedelta(days=7))
                    + "; the move is undone: Vitamin D3 50,000 IU weekly from "
                    + words.day(START) + f" goes on as before, to {end}. Undo with Ctrl+Z.")
    after_delete = stored(svc)

    svc.entries.apply(backwards(saved.changes))  # undo: one step puts both halves back
    assert stored(svc) == before_delete
    svc.entries.apply(saved.changes)  # redo
    assert stored(svc) == after_delete


def test_the_first_half_alone_is_refused_naming_the_later_half(svc, words, moved):
    before = stored(svc)
    with pytest.raises(InvalidInput) as err:
        svc.entries.delete([("regimen", 1)])
    assert err.value.reason.kind == "moved-carries-on" and err.value.reason["id"] == 2
    assert words.reason(err.value.reason) == (
        f"it was moved on {words.day(LATE)} and carries on as Vitamin D3 50,000 IU weekly from "
        f"{words.day(LATE + timedelta(days=7))}: delete that one first (that undoes the move), "
        "then this one")
    assert stored(svc) == before


@pytest.mark.parametrize("order", [[1, 2], [2, 1]])
def test_both_halves_named_together_go_together_and_come_back_together(svc, words, moved,
                                                                      order):
    before = stored(svc)
    saved = svc.entries.delete([("regimen", i) for i in order])
    assert svc.regimens.list(TODAY) == []
    assert len(svc.regimens.doses()) == 4
    assert "move is undone" not in words.saved(saved.message)  # nothing of it goes on
    svc.entries.apply(backwards(saved.changes))
    assert stored(svc) == before


def test_a_move_moved_again_is_undone_one_move_at_a_time(svc, moved):
    again = LATE + timedelta(days=8)  # Thursday, a day late for Wednesday
    svc.regimens.move(2, day=again, today=TODAY)
    with pytest.raises(InvalidInput):
        svc.entries.delete([("regimen", 2)])  # it is the first half of the second move
    svc.entries.delete([("regimen", 3)])
    rows = [(r.id, r.end, r.moved_on) for r in svc.regimens.list(TODAY)]
    # schedule 2 gets back the end the first move gave it (the course's, 3 days on)
    first_move = LATE - date(2026, 11, 15)
    assert rows == [(1, LATE, LATE),
                    (2, START + timedelta(weeks=WEEKS) - timedelta(days=1) + first_move, None)]


def test_an_open_ended_schedule_moved_and_taken_back_is_open_ended_again(svc, words):
    add_schedule(svc, supplement="Vitamin D3", amount=20000, unit="IU",
                 weekdays="mon,thu", start=date(2026, 11, 2))
    before = due(svc, 1)
    svc.regimens.move(1, day=date(2026, 11, 4), today=TODAY, weekdays="wed,sat")
    saved = svc.entries.delete([("regimen", 2)])
    [left] = svc.regimens.list(TODAY)
    assert (left.end, left.moved_on) == (None, None) and due(svc, 1) == before
    assert words.saved(saved.message).endswith("goes on as before, with no end date. "
                                               "Undo with Ctrl+Z.")
