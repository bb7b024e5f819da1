"""The Qt side of reminders: catch-up at start, no repeats, snooze from Today, once-a-day
notices, the tray's close behaviour, login autostart, and one running copy per data folder."""

import os
import subprocess
import sys
import time as clock
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSystemTrayIcon

from builders import add_schedule
from conftest import TODAY
from real_event_kit import OFFSCREEN_MENU, click_check, click_in_menu, when_popup
from tests_ui_helpers import activate, click, shown
from vdtracker.app import compose
from vdtracker.services import settings as opts
from vdtracker.ui.context import Context
from vdtracker.ui.main_window import MainWindow
from vdtracker.ui.reminders.controller import ReminderController
from vdtracker.ui.reminders.notifier import WindowNotifier

pytestmark = OFFSCREEN_MENU  # the Snooze button's menu is a popup


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def sunday_schedule(ctx):
    sunday = TODAY - timedelta(days=1)  # Sun 22 Nov 2026
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                     start=sunday, weeks=8, phase="loading", remind_at=time(8, 0))
    return sunday


def controller(db, now):
    ctx = Context(compose(db), now=now)
    notifier = WindowNotifier(ctx)
    return ctx, notifier, ReminderController(ctx, notifier)


def test_catch_up_at_start_then_no_repeat(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 9, 0))  # Monday: Sunday's dose was never logged
    ctx, notifier, ctl = controller(db, now)
    sunday_schedule(ctx)
    ctl.start()
    titles = [t for t, _ in notifier.shown]
    assert titles[0] == "Vitamin D3 50,000 IU weekly — your Sunday dose"
    assert "was due Sun 22 Nov 2026 (1 day ago)" in notifier.shown[0][1]
    now.now += timedelta(minutes=5)
    ctl.tick()
    assert [t for t, _ in notifier.shown].count(titles[0]) == 1  # not nagged every minute
    assert ctl.timer.isActive() and ctl.timer.interval() <= 60_050


def test_catch_up_of_several_open_doses_is_one_notification(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 9, 0))  # Sunday's weekly dose and today's daily one
    ctx, notifier, ctl = controller(db, now)
    sunday_schedule(ctx)
    add_schedule(ctx.services, supplement="Vitamin B12", amount=1000, unit="mcg", every_days=1,
                 start=TODAY - timedelta(days=1), phase="ongoing", remind_at=time(8, 0))
    ctl.start()
    doses = [shown for shown in notifier.shown if shown[0] != "VD Tracker"]  # not the notices
    assert len(doses) == 1  # one, not one per dose
    title, body = doses[0]
    assert title == "Vitamin D3, Vitamin B12: 2 doses open"
    assert "Vitamin D3 50,000 IU weekly, due Sun 22 Nov 2026" in body
    assert "Vitamin B12 1,000 mcg daily, due Mon 23 Nov 2026" in body


def window_over(ctx, qtbot) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "quitting", True))
    window.show()
    return window


def test_snooze_from_today_silences_until_then(db, qtbot):
    now = Clock(datetime(2026, 11, 22, 8, 0))
    ctx, notifier, ctl = controller(db, now)
    sunday = sunday_schedule(ctx)
    ctl.start()
    assert len(notifier.shown) == 1
    today = shown(window_over(ctx, qtbot), "today")
    taken, _, _ = today.doses.buttons[1]
    grid = today.doses.grid
    snooze = grid.itemAtPosition(grid.getItemPosition(grid.indexOf(taken))[0], 3).widget()
    when_popup(lambda menu: click_in_menu(menu, "1 hour"))
    click(snooze)  # Snooze ▸ 1 hour on Today (the menu opens just after the press)
    qtbot.waitUntil(lambda: (1, sunday) in ctx.reminders.snoozed)
    until = ctx.reminders.snoozed[(1, sunday)]
    assert until == datetime(2026, 11, 22, 8, 0) + timedelta(hours=1)
    now.now = datetime(2026, 11, 22, 8, 59)
    ctl.tick()
    assert len(notifier.shown) == 1
    now.now = datetime(2026, 11, 22, 9, 0)
    ctl.tick()
    assert len(notifier.shown) == 2


def test_taken_on_the_today_page_ends_the_reminders(db, qtbot):
    now = Clock(datetime(2026, 11, 22, 8, 0))
    ctx, notifier, ctl = controller(db, now)
    sunday_schedule(ctx)
    window = window_over(ctx, qtbot)
    ctl.start()
    today = shown(window, "today")
    taken, _, _ = today.doses.buttons[1]
    click(taken)
    now.now = datetime(2026, 11, 23, 9, 0)
    ctl.tick()
    assert len(notifier.shown) == 1


def test_alert_notices_once_a_day_even_across_restarts(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 9, 0))
    ctx, notifier, ctl = controller(db, now)
    ctx.services.labs.set_recheck(date(2026, 11, 20), today=date(2026, 10, 1))
    ctl.start()
    assert sum("retest date" in body for _, body in notifier.shown) == 1
    ctx2, notifier2, ctl2 = controller(db, now)  # the app restarted the same day
    ctl2.start()
    assert notifier2.shown == []
    now.now += timedelta(days=1)
    ctl2.tick()
    assert sum("retest date" in body for _, body in notifier2.shown) == 1


def test_hidden_names_in_notifications(db, qtbot):
    now = Clock(datetime(2026, 11, 22, 8, 0))
    ctx, notifier, ctl = controller(db, now)
    sunday_schedule(ctx)
    ctx.services.settings.set(opts.HIDE_NAMES, True)
    ctl.start()
    assert len(notifier.shown) == 1  # the Sunday dose was said: without it this proved nothing
    said = " ".join(t + b for t, b in notifier.shown)
    assert "Vitamin" not in said and "50,000" not in said and "IU" not in said
    assert notifier.shown[0][0].endswith("your Sunday dose")


def test_closing_with_a_tray_keeps_running_and_says_so_once(window, ctx, qtbot):
    window.tray = QSystemTrayIcon(window)
    window.windowHandle().close()  # the window manager's close button
    assert not window.isVisible() and not window.quitting  # hidden, not closed for good
    assert ctx.services.settings.get(opts.TRAY_TOLD) is True
    window.tray = None


def test_without_a_tray_closing_quits(window, qtbot):
    window.tray = None
    window.windowHandle().close()
    assert window.quitting and not window.isVisible()


def test_login_autostart_entry_is_written_and_removed(window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    page = shown(window, "settings")
    entry = tmp_path / "autostart" / "vdtracker.desktop"
    assert not page.autostart.isChecked()  # off by default
    click_check(page.autostart)
    text = entry.read_text()
    assert text.startswith("[Desktop Entry]") and "--minimized" in text
    script = os.path.join(os.path.dirname(sys.executable), "vdtracker")  # the console script
    assert f"\nExec={script} " in text
    assert window.statusBar().currentMessage() == "VD Tracker will start in the tray at login."
    click_check(page.autostart)
    assert not entry.exists()
    assert window.statusBar().currentMessage() == "VD Tracker will no longer start at login."


def test_a_second_copy_brings_the_first_to_the_front(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("VDTRACKER_DATA_DIR", None)
    cmd = [sys.executable, "-m", "vdtracker", "--data-dir", str(tmp_path / "d")]
    first = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = clock.monotonic() + 20
        while not (tmp_path / "d" / "vdtracker.sqlite3").exists() and clock.monotonic() < deadline:
            clock.sleep(0.1)
        clock.sleep(1.0)  # the window is up and listening
        second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout and "brought to the front" in second.stdout
        assert first.poll() is None  # the first copy keeps running
    finally:
        first.terminate()
        first.communicate(timeout=10)  # waits, and closes the pipes


@pytest.mark.parametrize("delay", ["0", "0.5"])
def test_desktop_notification_buttons_over_dbus(db, qtbot, tmp_path, delay):
    """A real (private) session bus and a stand-in notification daemon: the reminder arrives
    with the right signature and buttons, and pressing Taken logs the dose."""
    import json
    import shutil

    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    from vdtracker.resources import notification_icon
    from vdtracker.ui.reminders.dbus_notifier import DBusNotifier
    bus = subprocess.run(["dbus-daemon", "--session", "--print-address=1", "--print-pid=1",
                          "--fork"], capture_output=True, text=True, check=True)
    address, pid = bus.stdout.split()[:2]
    server = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__),
                                                            "notification_server.py")],
                              env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address,
                                       PRESS="taken", DELAY=delay),
                              stdout=subprocess.PIPE, text=True)
    notifier = None
    try:
        assert json.loads(server.stdout.readline()) == {"ready": True}
        notifier = DBusNotifier.connect(address)
        assert notifier is not None
        now = Clock(datetime(2026, 11, 22, 8, 0))
        ctx = Context(compose(db), now=now)
        sunday_schedule(ctx)
        ctl = ReminderController(ctx, notifier)
        ctl.start()
        shown = json.loads(server.stdout.readline())
        assert shown["summary"] == "Vitamin D3 50,000 IU weekly — your Sunday dose"
        assert shown["signature"] == "susssasa{sv}i"
        # the app's icon (its theme name once `make install-desktop` ran, else the SVG file),
        # and the desktop entry it belongs to
        assert shown["icon"] == notification_icon()
        assert (shown["icon"] == "io.github.vdtracker.vdtracker"
                or shown["icon"].endswith("/vdtracker.svg"))
        # the app id: GNOME finds resources/io.github.vdtracker.vdtracker.desktop by it (its
        # name in the notification, and Settings ▸ Notifications for it)
        assert shown["hints"] == {"desktop-entry": ["s", "io.github.vdtracker.vdtracker"]}
        assert shown["actions"][:6] == ["taken", "Taken", "snooze-15min", "Snooze 15 min",
                                        "skip", "Skip"]
        yesterday = TODAY - timedelta(days=1)
        qtbot.waitUntil(lambda: [d.status for d in ctx.services.due_doses.due(yesterday)]
                        == ["taken"], timeout=5000)
        assert ctx.undo.count() == 1  # undoable like a click on the Today page
    finally:
        if notifier is not None:
            notifier.close()
        server.terminate()
        server.communicate(timeout=5)  # waits, and closes the pipe
        os.kill(int(pid), 15)


def _daily_taken_then_forgotten(ctx, forgotten, remind_at=None):
    """A daily maintenance dose taken for a week, then `forgotten` days with nothing logged."""
    start = TODAY - timedelta(days=7 + forgotten)
    add_schedule(ctx.services, supplement="Vitamin D3", amount=2000, unit="IU", every_days=1,
                 start=start, phase="maintenance", remind_at=remind_at)
    for i in range(7):
        ctx.services.doses.record(supplement="Vitamin D3", day=start + timedelta(days=i),
                                          today=TODAY)
    return start + timedelta(days=7)


def test_at_most_one_notification_per_schedule_a_day_and_one_at_start(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 9, 0))
    ctx, notifier, ctl = controller(db, now)
    _daily_taken_then_forgotten(ctx, 3, remind_at=time(8, 0))  # 3 missed + today's due
    ctx.services.labs.set_recheck(date(2026, 11, 20), today=date(2026, 10, 1))
    ctl.start()
    assert len(notifier.shown) == 1  # the catch-up: one notification, not one per thing
    title, body = notifier.shown[0]
    assert title == "Vitamin D3, retest date: 2 items need a look"
    assert body.splitlines() == ["Vitamin D3 2,000 IU daily, due Mon 23 Nov 2026",
                                 "Your clinician's retest date for Vitamin D, 25-hydroxy "
                                 "(serum): 20 Nov 2026"]
    for minutes in (5, 60, 600):  # the rest of the day: nothing more about either
        now.now = datetime(2026, 11, 23, 9, 0) + timedelta(minutes=minutes)
        ctl.tick()
    assert len(notifier.shown) == 1
    now.now = datetime(2026, 11, 24, 0, 1)  # the app ran on past midnight: no notice at night
    ctl.tick()
    now.now = datetime(2026, 11, 24, 7, 0)  # next morning, before the reminder time
    ctl.tick()
    assert len(notifier.shown) == 1
    now.now = datetime(2026, 11, 24, 8, 0)  # the reminder time: the schedule's one notification
    ctl.tick()
    assert len(notifier.shown) == 2
    assert notifier.shown[1][0] == "Vitamin D3 2,000 IU daily — today's dose"
    now.now = datetime(2026, 11, 24, 9, 0)  # the retest date's notice at 09:00
    ctl.tick()
    assert notifier.shown[2:] == [("Retest date for Vitamin D, 25-hydroxy (serum): Fri 20 Nov",
                                   "Your clinician's retest date for Vitamin D, 25-hydroxy "
                                   "(serum) was 20 Nov 2026 (4 days ago); no result has been "
                                   "logged since it was set.")]
    for minutes in (1, 60, 600):
        now.now = datetime(2026, 11, 24, 9, 0) + timedelta(minutes=minutes)
        ctl.tick()
    assert len(notifier.shown) == 3  # each once a day


def test_answering_one_missed_dose_does_not_bring_the_notice_back_the_same_day(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 9, 0))
    ctx, notifier, ctl = controller(db, now)
    first = _daily_taken_then_forgotten(ctx, 3)
    ctl.start()
    assert len(notifier.shown) == 1
    ctx.services.doses.record(supplement="Vitamin D3", day=first, today=TODAY)
    ctx.signals.changed.emit()
    ctl.tick()
    assert len(notifier.shown) == 1  # the alert changed (2 missed now), the schedule did not


def test_a_single_missed_dose_is_answered_from_its_notification(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 9, 0))
    ctx, notifier, ctl = controller(db, now)
    missed = _daily_taken_then_forgotten(ctx, 1)  # Sunday's dose: nothing logged
    ctl.start()
    assert len(notifier.shown) == 1 and "No dose logged for Sun 22 Nov 2026" in \
        notifier.shown[0][1]
    (key,) = ctl.answerable
    ctl.answer(key, "snooze-1h")  # no snooze on a missed dose: nothing happens
    assert ctx.reminders.snoozed == {}
    ctl.answer(key, "taken")
    doses = ctx.services.regimens.doses()
    assert (doses[-1].day, doses[-1].time) == (missed, None)  # for its due date, time unknown
    assert not [a for a in ctx.services.alerts.alerts(TODAY) if a.kind == "missed-dose"]
    window = window_over(ctx, qtbot)
    activate(window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    assert [a.kind for a in ctx.services.alerts.alerts(TODAY)].count("missed-dose") == 1
