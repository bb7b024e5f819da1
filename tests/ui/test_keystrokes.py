"""A full day's entry from the keyboard, counted: the figure in the README must not grow."""

from datetime import timedelta

from PySide6.QtCore import Qt

from builders import add_schedule
from conftest import TODAY
from tests_ui_helpers import entries_of

# pain, last night's cramps, a spasm episode and today's dose: the README's figure
KEYSTROKES_FOR_A_DAY = 12


def test_a_full_day_from_the_keyboard_in_twelve_keystrokes(ctx, window, qtbot):
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=TODAY - timedelta(days=1), phase="maintenance")
    ctx.services.doses.record(supplement="Vitamin D3", day=TODAY - timedelta(days=1),
                                      today=TODAY)
    window.page("today").refresh()  # the schedule was saved behind the window's back
    with qtbot.waitActive(window):  # mnemonics reach the active window only
        window.activateWindow()
    [(taken, _, _)] = window.page("today").doses.buttons.values()
    qtbot.waitUntil(taken.isVisible)  # the rebuilt dose row is on screen
    pressed = 0

    def key(k, mod=Qt.KeyboardModifier.NoModifier):
        nonlocal pressed
        pressed += 1
        qtbot.keyClick(window.focusWidget() or window, k, mod)

    alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
    key(Qt.Key.Key_P, alt)                      # the pain rating
    for _ in range(3):                          # back up the page to today's dose: Skipped,
        key(Qt.Key.Key_Backtab, shift)          # Snooze, Taken
    key(Qt.Key.Key_Space)                       # Taken
    qtbot.waitUntil(lambda: any(e.kind == "dose" and e.day == TODAY for e in entries_of(ctx)))
    key(Qt.Key.Key_P, alt)
    key(Qt.Key.Key_6)
    key(Qt.Key.Key_C, alt)                      # cramps last night
    key(Qt.Key.Key_2)
    key(Qt.Key.Key_O, alt)                      # spasm episodes
    key(Qt.Key.Key_1)
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(entries_of(ctx)) == 5)  # yesterday's dose and four new ones
    saved = {e.kind: e.value for e in entries_of(ctx)
             if e.day == TODAY or e.kind == "cramp"}  # cramps are saved for last night
    assert (saved["pain"], saved["cramp"], saved["spasm"], saved["dose"]) == (6, 2, 1, 2000)
    assert pressed == KEYSTROKES_FOR_A_DAY
