"""A calm Today (issue 25), on the real diary of a relapse at the visit (five_alerts.py): the
lapse leads, the rest are one line each, the rises are one row, a lab flag discussed with the
clinician stays quiet across a restart until the next result, Save is always on screen, and a
past day, the saved note and the welcome each say what is true of the day shown."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton, QStyle

from five_alerts import VISIT, relapse_at_the_visit
from real_event_helpers import alt, click_seen, ctrl_s, keys
from tests_ui_helpers import activate, entries_of, shown
from vdtracker.app import compose
from vdtracker.services.labs import LabInput
from vdtracker.services.regimens import RegimenInput
from vdtracker.ui.context import Context
from vdtracker.ui.main_window import MainWindow

MORNING = datetime.combine(VISIT, time(10, 0))


def is_quiet(alert) -> bool:
    """Marked as discussed with the clinician (told as one calm line)."""
    return alert.details.get("discussed") is not None


def opened(qtbot, svc, clock, size=(1366, 768)):
    """A window on the store, as `vdtracker` opens it (a restart: a new one on the same)."""
    window = MainWindow(Context(svc, now=clock))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "quitting", True))
    window.resize(*size)
    window.show()
    activate(window)
    return window


@pytest.fixture
def visit(svc, clock):
    """The relapse diary, the window's clock on the morning of the visit."""
    relapse_at_the_visit(svc)
    clock.set(MORNING)
    return svc


def cards(window):
    for _ in range(2):  # a refresh, then the cards it put in the shown layout are shown
        QApplication.processEvents()
    return [r for r in shown(window, "today").banner.rows if r.isVisible()]


def test_the_lapse_leads_marked_and_the_rest_are_one_line_each(qtbot, visit, clock):
    window = opened(qtbot, visit, clock)
    first, *rest = cards(window)
    assert first.alert.kind == "lapsed-maintenance" and first.lead
    assert first.body.isVisible() and "nothing follows it" in first.title.text()
    assert first.title.font().bold() and not first.icon.pixmap().isNull()
    assert "Look at this first" in [w.text() for w in first.findChildren(type(first.title))]
    assert [r.alert.kind for r in rest] == ["level-low", "symptom-recurrence"]
    for r in rest:  # one line: the title, the body folded away
        assert not r.lead and not r.body.isVisible()
        assert r.height() < first.height() / 2
    lines = [r.title.text() for r in rest]
    assert lines[0].startswith("Vitamin D 14 ng/mL: below the range on your lab report")


def test_the_rises_are_one_row_naming_each_and_it_opens_on_a_click(qtbot, visit, clock):
    window = opened(qtbot, visit, clock)
    [rises] = [r for r in cards(window) if r.alert.kind == "symptom-recurrence"]
    assert "pain, night-time leg cramps and muscle spasm" in rises.title.text()
    click_seen(rises.title)  # a click on the line opens it
    assert rises.body.isVisible()
    said = rises.text.text().splitlines()
    assert len(said) == 3 and said[0].startswith("• Your mean pain over the last 14 days")
    assert said[1].startswith("• Night-time leg cramps") and said[2].startswith("• Muscle spasm")


def test_discussed_with_my_clinician_stays_quiet_across_a_restart_until_the_next_result(
        qtbot, visit, clock):
    window = opened(qtbot, visit, clock)
    [low] = [r for r in cards(window) if r.alert.kind == "level-low"]
    click_seen(low.toggle)
    [discussed] = [b for b in low.other_answers if b.text() == "Discussed with my clinician"]
    click_seen(discussed)
    qtbot.waitUntil(lambda: is_quiet(cards(window)[-1].alert))
    quiet = cards(window)[-1]
    assert quiet.alert.kind == "level-low" and not quiet.body.isVisible()
    assert "marked as discussed with your clinician on 14 Jan 2026" in quiet.title.text()
    # the store's own: an export (and so an import elsewhere) leaves it out, as lab ids differ
    assert "alerts.discussed" not in json.dumps(visit.export.document(), default=str)
    window.close()

    again = opened(qtbot, compose(visit.db), clock)  # the app started again on the store
    kinds = [(r.alert.kind, is_quiet(r.alert)) for r in cards(again)]
    assert kinds == [("lapsed-maintenance", False), ("symptom-recurrence", False),
                     ("level-low", True)]  # never hidden: quiet, last

    clock.move(days=42)
    visit.labs.add(LabInput("vitamin-d", "26", "ng/mL", VISIT + timedelta(days=42), 30, 100),
                   today=VISIT + timedelta(days=42))
    again.ctx.signals.changed.emit()  # as a save on Labs announces it
    qtbot.waitUntil(lambda: any(r.alert.kind == "level-low" and not is_quiet(r.alert)
                                for r in cards(again)))
    [loud] = [r for r in cards(again) if r.alert.kind == "level-low"]
    assert loud.title.text().startswith("Vitamin D 26 ng/mL: below the range")


def test_a_mark_taken_back_makes_the_flag_loud_again(qtbot, visit, clock):
    window = opened(qtbot, visit, clock)
    [low] = [r for r in cards(window) if r.alert.kind == "level-low"]
    window.ctx.services.alerts.mark_discussed(low.alert, VISIT)
    window.ctx.signals.changed.emit()
    qtbot.waitUntil(lambda: is_quiet(cards(window)[-1].alert))
    quiet = cards(window)[-1]
    click_seen(quiet.toggle)
    [back] = [b for b in quiet.other_answers if b.text() == "Not discussed yet"]
    click_seen(back)
    qtbot.waitUntil(lambda: not any(is_quiet(r.alert) for r in cards(window)))


def save_on_screen(window) -> None:
    page = window.page("today")
    save = page.save
    QApplication.processEvents()
    at = QRect(save.mapTo(window, QPoint(0, 0)), save.size())
    assert save.isVisible() and window.rect().contains(at), (at, window.rect())
    assert save.visibleRegion().boundingRect() == save.rect(), "Save is cut off"


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
@pytest.mark.parametrize("text", [1, 2])
def test_save_is_on_screen_under_five_alerts(qtbot, visit, clock, size, text):
    app = QApplication.instance()
    font = app.font()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * text)
    app.setFont(big)
    try:
        window = opened(qtbot, visit, clock, size)
        shown(window, "today")
        save_on_screen(window)
        alt("p", window)  # typed and saved without a scroll
        keys("6")
        page = window.page("today")
        click_seen(page.save)
        assert [e.value for e in entries_of(window.ctx)
                if e.kind == "pain" and e.day == VISIT] == [6]
        save_on_screen(window)  # the note beside it and the entries below change nothing
    finally:
        app.setFont(font)


def test_a_past_day_says_that_day_and_not_today(qtbot, visit, clock):
    window = opened(qtbot, visit, clock)
    page = shown(window, "today")
    assert page.doses.widgets[0].text() == "Nothing is due today on your saved schedules."
    click_seen(page.picker.previous)
    qtbot.waitUntil(lambda: page.day == VISIT - timedelta(days=1))
    said = page.doses.widgets[0].text()
    assert said == "Nothing was due on Tue 13 Jan 2026 on your saved schedules."


def test_the_saved_note_belongs_to_its_day(qtbot, visit, clock):
    window = opened(qtbot, visit, clock)
    page = shown(window, "today")
    alt("p", window)
    keys("4")
    ctrl_s()
    assert page.saved_note.isVisible() and "Pain 4/10" in page.saved_note.said_text
    click_seen(page.picker.previous)
    qtbot.waitUntil(lambda: not page.saved_note.isVisible())
    alt("t", window)  # back to today: the note of an earlier save does not come back
    qtbot.waitUntil(lambda: page.day == VISIT)
    assert not page.saved_note.isVisible()


def test_the_welcome_stays_until_the_first_lab_result_with_each_step_ticked(
        qtbot, svc, clock, window):
    page = shown(window, "today")
    welcome = page.welcome
    assert welcome.isVisible() and welcome.add_schedule.isVisible()
    svc.regimens.add(RegimenInput("Vitamin D3", 50000, "IU", clock().date(), every_days=7,
                                  weeks=12, phase="loading"), confirmed=True)
    window.ctx.signals.changed.emit()
    qtbot.waitUntil(lambda: not welcome.add_schedule.isVisible())
    assert welcome.isVisible(), "the first lab result is not in yet"
    assert welcome.schedule_step.mark.text() == "✓"
    assert welcome.lab_step.mark.text() == "○" and welcome.add_lab.isVisible()
    click_seen(welcome.add_lab)
    labs = window.current_page()
    assert labs.value.hasFocus()
    keys("17")
    ctrl_s()
    qtbot.waitUntil(lambda: not welcome.isVisibleTo(page))


@pytest.mark.parametrize("rating, word, hue", [("0", "none", "green"), ("2", "mild", "green"),
                                               ("5", "moderate", "amber"),
                                               ("8.5", "severe", "red")])
def test_the_pain_rating_has_a_colour_cue_and_says_it_in_a_word(window, rating, word, hue):
    page = shown(window, "today")
    alt("p", window)
    keys(rating)
    pain = page.form.pain
    assert pain.cue.text() == word and pain.spin.accessibleDescription() == word
    colour = pain.slider.palette().color(pain.slider.palette().ColorRole.Highlight)
    red, green = colour.red(), colour.green()
    assert {"green": green > red, "amber": red > 120 and green > 60,
            "red": red > 2 * green}[hue], colour.name()
    assert pain.cue.palette().color(pain.cue.foregroundRole()) == colour


def test_snooze_has_room_for_its_words_and_taken_its_own_alt_letter(demo_window, demo_ctx,
                                                                     qtbot):
    activate(demo_window)
    page = shown(demo_window, "today")
    taken, _, _ = next(iter(page.doses.buttons.values()))
    grid = page.doses.grid
    row = grid.getItemPosition(grid.indexOf(taken))[0]
    snooze, skipped = (grid.itemAtPosition(row, c).widget() for c in (3, 4))
    # a push button's menu arrow has a place of its own beside the text (Qt's style leaves it
    # out of the text's rectangle); a tool button's instant menu arrow is drawn over the text
    assert isinstance(snooze, QPushButton) and snooze.menu() is not None
    arrow = snooze.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    assert snooze.width() >= snooze.fontMetrics().horizontalAdvance(snooze.text()) + arrow
    assert taken.text() == "T&aken" and "&" not in snooze.text() + skipped.text()
    before = {e.id for e in entries_of(demo_ctx) if e.kind == "dose"}
    alt("a", demo_window)  # the button's shortcut clicks it (animated: a moment later)
    qtbot.waitUntil(lambda: {e.id for e in entries_of(demo_ctx) if e.kind == "dose"} != before)
