"""Issue 25: a notification's title says what; one notification per schedule a day, reminders
and notices together, remembered across restarts; the lapse told on any first start of the day;
an answered notification withdrawn (D-Bus CloseNotification); the tray's tooltip says what is
next. Names hidden when the settings say so, in all of these."""

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from builders import add_schedule
from conftest import TODAY
from real_event_kit import click_check
from test_reminders_delivery import Clock, controller, sunday_schedule, window_over
from tests_ui_helpers import activate, click, shown
from vdtracker.app import compose
from vdtracker.services import settings as opts
from vdtracker.ui.context import Context
from vdtracker.ui.reminders.controller import ReminderController
from vdtracker.ui.reminders.tray import TrayTooltip

NAMES = ("Vitamin", "B12", "2,000", "1,000", "50,000", "IU", "mcg")


def lapsed(ctx, remind_at=None, supplement="Vitamin D3", amount=2000, unit="IU"):
    """A daily maintenance dose logged for a week a month ago, then nothing: the last dose."""
    start = TODAY - timedelta(days=30)
    add_schedule(ctx.services, supplement=supplement, amount=amount, unit=unit, every_days=1,
                 start=start, phase="maintenance", remind_at=remind_at)
    for i in range(7):
        ctx.services.doses.record(supplement=supplement, day=start + timedelta(days=i),
                                          today=TODAY)
    return start + timedelta(days=6)


def said(notifier):
    return " ".join(t + " " + b for t, b in notifier.shown)


@pytest.mark.parametrize("hide", [False, True])
def test_a_lapse_says_what_in_its_title(db, qtbot, hide):
    now = Clock(datetime(2026, 11, 23, 7, 0))
    ctx, notifier, ctl = controller(db, now)
    last = lapsed(ctx)
    ctx.services.settings.set(opts.HIDE_NAMES, hide)
    ctl.start()
    assert len(notifier.shown) == 1
    title, body = notifier.shown[0]
    if hide:
        assert title == "A saved schedule may have lapsed"
        assert body == "Open VD Tracker to see it."
        assert not any(name in said(notifier) for name in NAMES)
    else:
        days = (TODAY - last).days  # 24: nothing logged since the last of the seven
        assert title == f"Vitamin D3: no dose logged for {days} days"
        assert body.startswith("Your saved schedule: Vitamin D3 2,000 IU daily (maintenance).")


@pytest.mark.parametrize("hide", [False, True])
def test_the_reminder_after_the_lapse_is_not_a_second_notification(db, qtbot, hide):
    now = Clock(datetime(2026, 11, 23, 7, 0))  # before the 08:00 reminder
    ctx, notifier, ctl = controller(db, now)
    lapsed(ctx, remind_at=time(8, 0))
    ctx.services.settings.set(opts.HIDE_NAMES, hide)
    ctl.start()
    assert len(notifier.shown) == 1  # the lapse
    for moment in (time(8, 0), time(8, 1), time(13, 0), time(23, 59)):
        now.now = datetime.combine(TODAY, moment)
        ctl.tick()
    assert len(notifier.shown) == 1
    assert not hide or not any(name in said(notifier) for name in NAMES)


@pytest.mark.parametrize("hide", [False, True])
def test_a_start_after_the_reminder_time_still_tells_the_lapse(db, qtbot, hide):
    now = Clock(datetime(2026, 11, 23, 9, 0))  # the 08:00 reminder time has passed
    ctx, notifier, ctl = controller(db, now)
    last = lapsed(ctx, remind_at=time(8, 0))
    ctx.services.settings.set(opts.HIDE_NAMES, hide)
    ctl.start()
    assert [t for t, _ in notifier.shown] == [
        "A saved schedule may have lapsed" if hide
        else f"Vitamin D3: no dose logged for {(TODAY - last).days} days"]
    now.now = datetime(2026, 11, 23, 9, 30)
    ctl.tick()
    assert len(notifier.shown) == 1  # nor the reminder afterwards


@pytest.mark.parametrize("hide", [False, True])
def test_nothing_is_sent_again_after_a_restart_the_same_day(db, qtbot, hide):
    now = Clock(datetime(2026, 11, 23, 9, 0))  # Monday: Sunday's weekly dose is open
    ctx, notifier, ctl = controller(db, now)
    sunday_schedule(ctx)
    lapsed(ctx, supplement="Vitamin B12", amount=1000, unit="mcg")  # a catch-up of two
    ctx.services.settings.set(opts.HIDE_NAMES, hide)
    ctl.start()
    assert len(notifier.shown) == 1 and notifier.shown[0][0] == (
        "2 items in VD Tracker need a look" if hide
        else "Vitamin D3, Vitamin B12: 2 items need a look")
    assert not hide or not any(name in said(notifier) for name in NAMES)
    for minutes in (0, 90):  # restarted at once, and later that morning
        now.now = datetime(2026, 11, 23, 9, 0) + timedelta(minutes=minutes)
        _, again, ctl2 = controller(db, now)  # a new run on the same store
        ctl2.start()
        assert again.shown == []
        now.now += timedelta(hours=3)
        ctl2.tick()
        assert again.shown == []
    now.now = datetime(2026, 11, 24, 7, 0)  # the next day the lapse is told again
    _, tomorrow, ctl3 = controller(db, now)
    ctl3.start()
    assert len(tomorrow.shown) == 1


# ---- withdrawn when answered: a private D-Bus session bus and a stand-in daemon ---------------

@pytest.fixture
def daemon(request):
    """Starts a bus and the stand-in daemon (PRESS from the test's parameter); yields
    (address, lines): lines.get() is the next JSON line the daemon printed."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    press = getattr(request, "param", "")
    bus = subprocess.run(["dbus-daemon", "--session", "--print-address=1", "--print-pid=1",
                          "--fork"], capture_output=True, text=True, check=True)
    address, pid = bus.stdout.split()[:2]
    server = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__),
                                                            "notification_server.py")],
                              env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address,
                                       PRESS=press),
                              stdout=subprocess.PIPE, text=True)
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(json.loads(x)) for x in server.stdout],
                              daemon=True)
    reader.start()
    try:
        assert lines.get(timeout=10) == {"ready": True}
        yield address, lines
    finally:
        server.terminate()
        server.wait(timeout=5)
        reader.join(timeout=5)
        server.stdout.close()
        os.kill(int(pid), 15)


def closed(lines, qtbot):
    """The next line the daemon printed, waiting for it while Qt runs (the app answers it)."""
    got = []

    def arrived():
        if not got and not lines.empty():
            got.append(lines.get_nowait())
        return bool(got)

    qtbot.waitUntil(arrived, timeout=5000)
    return got[0]


def dbus_controller(db, now, address):
    from vdtracker.ui.reminders.dbus_notifier import DBusNotifier

    notifier = DBusNotifier.connect(address)
    assert notifier is not None
    ctx = Context(compose(db), now=now)
    return ctx, notifier


@pytest.mark.parametrize("hide", [False, True])
def test_a_reminder_leaves_the_screen_when_its_dose_is_logged_in_the_window(db, qtbot, daemon,
                                                                             hide):
    address, lines = daemon
    now = Clock(datetime(2026, 11, 22, 8, 0))  # Sunday, the reminder time
    ctx, notifier = dbus_controller(db, now, address)
    try:
        sunday = sunday_schedule(ctx)
        ctx.services.settings.set(opts.HIDE_NAMES, hide)
        ctl = ReminderController(ctx, notifier)  # kept: it lives as long as the app
        ctl.start()
        sent = lines.get(timeout=5)
        assert ("Vitamin" in sent["summary"]) is not hide
        window = window_over(ctx, qtbot)
        taken, _, _ = shown(window, "today").doses.buttons[1]
        assert lines.empty()  # still on screen while unanswered
        click(taken)
        assert closed(lines, qtbot) == {"closed": sent["id"]}
        assert [d.status for d in ctx.services.due_doses.due(sunday)] == ["taken"]
    finally:
        notifier.close()


@pytest.mark.parametrize("daemon", ["taken"], indirect=True)
def test_a_reminder_answered_by_its_own_button_is_withdrawn(db, qtbot, daemon):
    address, lines = daemon
    now = Clock(datetime(2026, 11, 22, 8, 0))
    ctx, notifier = dbus_controller(db, now, address)
    try:
        sunday_schedule(ctx)
        ctl = ReminderController(ctx, notifier)  # kept: it lives as long as the app
        ctl.start()
        sent = lines.get(timeout=5)
        assert sent["actions"][:2] == ["taken", "Taken"]
        assert closed(lines, qtbot) == {"closed": sent["id"]}  # pressed Taken: logged, gone
        assert len(ctx.services.regimens.doses()) == 1
    finally:
        notifier.close()


def test_a_lapse_notice_leaves_the_screen_when_a_dose_is_logged(db, qtbot, daemon):
    address, lines = daemon
    now = Clock(datetime(2026, 11, 23, 10, 0))
    ctx, notifier = dbus_controller(db, now, address)
    try:
        lapsed(ctx)
        ctl = ReminderController(ctx, notifier)  # kept: it lives as long as the app
        ctl.start()
        sent = lines.get(timeout=5)
        assert sent["summary"].startswith("Vitamin D3: no dose logged for")
        window = window_over(ctx, qtbot)
        taken, _, _ = shown(window, "today").doses.buttons[1]
        click(taken)  # today's dose logged: the lapse is over
        assert closed(lines, qtbot) == {"closed": sent["id"]}
    finally:
        notifier.close()


# ---- the tray's tooltip ----------------------------------------------------------------------

def short(day):
    return f"{day:%a} {day.day} {day:%b}"


def test_the_tray_tooltip_says_what_is_next_and_follows_doses_and_midnight(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 7, 0))
    ctx = Context(compose(db), now=now)
    window = window_over(ctx, qtbot)
    tray = QSystemTrayIcon(window)
    TrayTooltip(ctx, tray)
    assert tray.toolTip() == "VD Tracker\nNothing due"
    add_schedule(ctx.services, supplement="Vitamin B12", amount=1000, unit="mcg", every_days=1,
                 start=TODAY, phase="ongoing", remind_at=time(8, 0))
    ctx.signals.changed.emit()  # as the Supplements page says after saving a schedule
    qtbot.waitUntil(lambda: tray.toolTip() == "VD Tracker\nNext: Vitamin B12 today")
    taken, _, _ = shown(window, "today").doses.buttons[1]
    click(taken)
    tomorrow = TODAY + timedelta(days=1)
    qtbot.waitUntil(lambda: tray.toolTip() == f"VD Tracker\nNext: Vitamin B12 on "
                                              f"{short(tomorrow)}")
    now.now = datetime.combine(tomorrow, time(0, 0, 30))  # midnight passed
    window.day_watch.check()
    qtbot.waitUntil(lambda: tray.toolTip() == "VD Tracker\nNext: Vitamin B12 today")


def test_the_tray_tooltip_hides_names_when_the_settings_say_so(db, qtbot):
    now = Clock(datetime(2026, 11, 23, 9, 0))  # Monday: Sunday's weekly dose still open
    ctx = Context(compose(db), now=now)
    sunday = sunday_schedule(ctx)
    window = window_over(ctx, qtbot)
    tray = QSystemTrayIcon(window)
    TrayTooltip(ctx, tray)
    assert tray.toolTip() == f"VD Tracker\nOpen: Vitamin D3, due {short(sunday)}"
    activate(window)
    click_check(shown(window, "settings").hide_names)
    qtbot.waitUntil(lambda: tray.toolTip() == f"VD Tracker\nOpen: 1 dose, due {short(sunday)}")
    taken, _, _ = shown(window, "today").doses.buttons[1]
    click(taken)
    qtbot.waitUntil(lambda: tray.toolTip() == "VD Tracker\nNext: 1 dose on "
                                              f"{short(sunday + timedelta(days=7))}")


@pytest.mark.parametrize("hide", [False, True])
def test_an_app_running_past_midnight_tells_the_lapse_at_the_reminder_time(db, qtbot, hide):
    """Not in the night (a notice at 00:01 is gone by morning, and the reminder would then
    wait for tomorrow): at the schedule's reminder time, in place of the reminder."""
    now = Clock(datetime(2026, 11, 22, 23, 0))
    ctx, notifier, ctl = controller(db, now)
    last = lapsed(ctx, remind_at=time(8, 0))
    ctx.services.settings.set(opts.HIDE_NAMES, hide)
    ctl.start()
    assert len(notifier.shown) == 1  # Sunday's start: the lapse
    for moment in (time(0, 1), time(3, 0), time(7, 59)):
        now.now = datetime.combine(TODAY, moment)
        ctl.tick()
    assert len(notifier.shown) == 1
    now.now = datetime.combine(TODAY, time(8, 0))
    ctl.tick()
    assert [t for t, _ in notifier.shown[1:]] == [
        "A saved schedule may have lapsed" if hide
        else f"Vitamin D3: no dose logged for {(TODAY - last).days} days"]
    now.now = datetime.combine(TODAY, time(8, 1))
    ctl.tick()
    assert len(notifier.shown) == 2
