"""'I had stopped taking it…' on the missed-dose and lapse rows: the dialog guesses the time
without a dose, Save settles it as one undo step and says so, Escape changes nothing. Real
clicks and keys on the shown dialog (never through its Python wrapper)."""

from datetime import timedelta

from PySide6.QtCore import Qt

from builders import add_schedule
from conftest import TODAY
from real_event_helpers import alt, opened, undo_key
from tests_ui_helpers import button, click, press, shown, when_shown
from vdtracker.ui.dialogs.stopped_taking import StoppedTakingDialog
from vdtracker.ui.widgets.dates import qdate

DAY = timedelta(days=1)
START = TODAY - timedelta(days=30)  # daily maintenance, taken for its first week


def daily(ctx, taken):
    saved = add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU",
                         every_days=1, start=START, phase="maintenance")
    for day in taken:
        ctx.services.doses.record(supplement="Vitamin D3", day=day, today=TODAY)
    return saved.id


def row_of(page, kind):
    rows = [r for r in page.banner.rows if r.alert.kind == kind]
    return rows[0] if rows else None


def stopped_button(row):
    (found,) = [b for b in row.other_answers if b.text() == "I had stopped ta&king it…"]
    return found


def test_the_missed_dose_row_settles_the_twenty_days_as_one_undoable_step(request, ctx, qtbot,
                                                                          shots):
    week = [START + k * DAY for k in range(7)]
    one_dose = START + 27 * DAY  # after 20 days with nothing
    daily(ctx, [*week, one_dose])
    window = opened(request)
    page = shown(window, "today")
    looked_at = [TODAY - k * DAY for k in range(1, 29)]  # a daily schedule: 28 days back
    open_dates = sorted(d for d in looked_at if d not in {*week, one_dose})
    assert len(open_dates) == 22  # the 20 days, and the two days since the one dose
    assert row_of(page, "missed-dose").alert.details["count"] == 22
    gap_first, gap_last = week[-1] + DAY, one_dose - DAY
    seen = {}

    def answer(dialog):
        seen["first"], seen["last"] = dialog.day.date(), dialog.to.date()
        seen["min"] = dialog.day.minimumDate()
        dialog.grab().save(str(shots / "stopped-taking-dialog.png"))
        alt("w", dialog)  # "Why (optional)": the reason chosen with the keyboard
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # "I ran out"
        click(button(dialog, "Save"))
    when_shown(StoppedTakingDialog, answer)
    click(stopped_button(row_of(page, "missed-dose")))
    assert (seen["first"], seen["last"]) == (qdate(gap_first), qdate(gap_last))
    assert seen["min"] == qdate(START)
    left = [d for d in open_dates if not gap_first <= d <= gap_last]
    qtbot.waitUntil(lambda: row_of(page, "missed-dose").alert.details["count"] == len(left))
    assert list(row_of(page, "missed-dose").alert.details["dates"]) == left
    assert window.statusBar().currentMessage() == (
        f"Saved: you had stopped taking Vitamin D3 2,000 IU daily from "
        f"{ctx.words.day(gap_first)} to {ctx.words.day(gap_last)}; 20 due dates in that time "
        f"settled as not taken.")
    (kept,) = ctx.services.regimens.breaks()
    assert (kept.first, kept.last, kept.why, kept.note) == (gap_first, gap_last, "ran-out", None)
    undo_key()
    qtbot.waitUntil(lambda: row_of(page, "missed-dose").alert.details["count"] == 22)
    assert ctx.services.regimens.breaks() == []


def test_the_lapse_row_answer_keeps_the_warning_in_the_patients_own_words(request, ctx, qtbot):
    week = [START + k * DAY for k in range(7)]
    daily(ctx, week)
    window = opened(request)
    page = shown(window, "today")
    lapse = row_of(page, "lapsed-maintenance")
    assert lapse.alert.date == week[-1] and not row_of(page, "missed-dose")  # the lapse says it

    def answer(dialog):
        assert (dialog.day.date(), dialog.to.date()) == (qdate(week[-1] + DAY), qdate(TODAY))
        alt("w", dialog)
        for _ in range(2):
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # "Side effects"
        alt("n", dialog)
        qtbot.keyClicks(dialog.focusWidget(), "read about toxicity")
        press(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    when_shown(StoppedTakingDialog, answer)
    click(stopped_button(lapse))

    def told():
        row = row_of(page, "lapsed-maintenance")
        return row is not None and "stopped_taking" in row.alert.details
    qtbot.waitUntil(told)
    row = row_of(page, "lapsed-maintenance")
    assert row.alert.severity == "warning"
    assert (f"You noted that you stopped taking it from {ctx.words.day(week[-1] + DAY)} "
            "(reason: side effects).") in row.text.text()
    assert not [b for b in row.other_answers if "stopped" in b.text()]  # answered: not again
    (kept,) = ctx.services.regimens.breaks()
    assert (kept.why, kept.note, kept.last) == ("side-effects", "read about toxicity", TODAY)


def test_escape_closes_the_dialog_and_nothing_is_kept(request, ctx, qtbot):
    daily(ctx, [START + k * DAY for k in range(7)])
    window = opened(request)
    page = shown(window, "today")
    when_shown(StoppedTakingDialog, lambda dialog: press(dialog, Qt.Key.Key_Escape))
    click(stopped_button(row_of(page, "lapsed-maintenance")))
    assert ctx.services.regimens.breaks() == []
    assert "stopped_taking" not in row_of(page, "lapsed-maintenance").alert.details


def test_a_last_day_before_the_first_cannot_be_typed(request, ctx, qtbot):
    week = [START + k * DAY for k in range(7)]
    daily(ctx, week)
    window = opened(request)
    page = shown(window, "today")
    said = {}

    def answer(dialog):
        alt("t", dialog)  # "To"
        box = dialog.focusWidget()
        box.selectAll()
        qtbot.keyClicks(box, (week[-1] - DAY).isoformat())  # before "From"
        said["echo"] = dialog.to.echo.text()
        press(box, Qt.Key.Key_Return)  # refused: the dialog stays open
        said["open"] = dialog.isVisible()
        alt("t", dialog)
        box.selectAll()
        qtbot.keyClicks(box, (TODAY - 3 * DAY).isoformat())
        click(button(dialog, "Save"))
    when_shown(StoppedTakingDialog, answer)
    click(stopped_button(row_of(page, "lapsed-maintenance")))
    assert said["echo"] == f"Not before {ctx.words.weekday_day(week[-1] + DAY)}"
    assert said["open"]
    (kept,) = ctx.services.regimens.breaks()
    assert (kept.first, kept.last) == (week[-1] + DAY, TODAY - 3 * DAY)
