"""From the desktop's notifications, on a private D-Bus session bus with a stand-in daemon: a
weekly dose past its days is "Taken today", the notification that follows asks whether to move
the rest of the schedule (Keep is the default), and a notification the bus cannot show is shown
the other way — never counted as told when it reached no one."""

import contextlib
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from datetime import date, datetime, time, timedelta

import pytest

from builders import add_schedule
from vdtracker.app import compose
from vdtracker.services import settings as opts
from vdtracker.ui.context import Context
from vdtracker.ui.reminders.controller import ReminderController
from vdtracker.ui.reminders.notifier import WindowNotifier

SUNDAY = date(2026, 11, 1)
MISSED = SUNDAY + timedelta(weeks=2)  # Sun 15 Nov: nothing logged
WEDNESDAY = datetime(2026, 11, 18, 9, 0)

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None,
                                reason="dbus-daemon is not installed")


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


class Bus:
    """A private session bus and the stand-in daemon pressing `press` (comma-separated)."""

    def __init__(self, press):
        out = subprocess.run(["dbus-daemon", "--session", "--print-address=1",
                              "--print-pid=1", "--fork"], capture_output=True, text=True,
                             check=True)
        self.address, pid = out.stdout.split()[:2]
        self.pid = int(pid)
        self.server = subprocess.Popen(
            [sys.executable, os.path.join(os.path.dirname(__file__), "notification_server.py")],
            env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address, PRESS=press),
            stdout=subprocess.PIPE, text=True)
        assert json.loads(self.server.stdout.readline()) == {"ready": True}
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.server.stdout:
            self.lines.put(json.loads(line))

    def next(self, qtbot):
        """The daemon's next line, the app's event loop running meanwhile (it answers)."""
        qtbot.waitUntil(lambda: not self.lines.empty(), timeout=5000)
        return self.lines.get()

    def stop(self):
        self.server.terminate()
        self.server.communicate(timeout=5)
        with contextlib.suppress(ProcessLookupError):  # stopped already
            os.kill(self.pid, 15)


@pytest.fixture
def bus_pressing(request):
    made = []

    def start(press):
        made.append(Bus(press))
        return made[-1]
    yield start
    for bus in made:
        bus.stop()


def weekly_with_sunday_missed(db):
    ctx = Context(compose(db), now=Clock(WEDNESDAY))
    add_schedule(ctx.services, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=SUNDAY, weeks=8, phase="loading", remind_at=time(8, 0))
    for week in range(2):
        ctx.services.doses.record(supplement="Vitamin D3",
                                          day=SUNDAY + timedelta(weeks=week),
                                          today=WEDNESDAY.date())
    return ctx


def started(ctx, address):
    from vdtracker.ui.reminders.dbus_notifier import DBusNotifier
    notifier = DBusNotifier.connect(address)
    assert notifier is not None
    ctl = ReminderController(ctx, notifier)
    ctl.start()
    return notifier, ctl


def schedules(ctx):
    return sorted((r.start, r.end, r.moved_on) for r in
                  ctx.services.regimens.list(WEDNESDAY.date()))


def test_taken_today_then_move_from_the_notification(db, qtbot, bus_pressing):
    bus = bus_pressing("taken-today,move")
    ctx = weekly_with_sunday_missed(db)
    notifier, _ = started(ctx, bus.address)
    missed = bus.next(qtbot)
    assert missed["actions"][:6] == ["taken", "Taken on Sun 15 Nov 2026", "taken-today",
                                     "Taken today", "skip", "Skip"]
    asked = bus.next(qtbot)  # after "Taken today": the question, in a notification of its own
    assert asked["summary"] == "Vitamin D3: keep Sundays or move to Wednesdays?"
    assert asked["actions"][:4] == ["keep", "Keep Sundays", "move", "Move to Wednesdays"]
    wednesday = WEDNESDAY.date()
    # the rest of the course moves by 3 days (Sunday → Wednesday), its end too
    end = SUNDAY + timedelta(weeks=8, days=-1) + (wednesday - MISSED)
    qtbot.waitUntil(lambda: schedules(ctx) == [(SUNDAY, wednesday, wednesday),
                                               (wednesday + timedelta(days=7), end, None)],
                    timeout=5000)
    logged = [(d.day, d.time) for d in ctx.services.regimens.doses() if d.day == wednesday]
    assert logged == [(wednesday, time(9, 0))]  # at the press, not on Sunday
    assert ctx.undo.count() == 2  # the dose, then the move: each undoable
    assert not [a for a in ctx.services.alerts.alerts(wednesday) if a.kind == "missed-dose"]
    notifier.close()


def test_keep_changes_nothing_and_takes_the_question_away(db, qtbot, bus_pressing):
    bus = bus_pressing("taken-today,keep")
    ctx = weekly_with_sunday_missed(db)
    before = schedules(ctx)
    notifier, _ = started(ctx, bus.address)
    missed = bus.next(qtbot)
    asked = bus.next(qtbot)
    assert asked["actions"][:4] == ["keep", "Keep Sundays", "move", "Move to Wednesdays"]
    # both answered and off the screen: the dose taken today counts late for Sunday (the
    # missed notice is withdrawn), and the question was answered Keep
    closed = {bus.next(qtbot)["closed"], bus.next(qtbot)["closed"]}
    assert closed == {missed["id"], asked["id"]}
    [late] = [d for d in ctx.services.regimens.doses() if d.day == WEDNESDAY.date()]
    assert late.late_for == MISSED
    assert schedules(ctx) == before
    assert [d.day for d in ctx.services.regimens.doses()][-1] == WEDNESDAY.date()
    notifier.close()


def test_a_notification_the_bus_cannot_show_is_shown_in_the_window_instead(db, qtbot,
                                                                            bus_pressing):
    bus = bus_pressing("")
    ctx = weekly_with_sunday_missed(db)
    from vdtracker.ui.reminders.dbus_notifier import DBusNotifier
    notifier = DBusNotifier.connect(bus.address)
    assert notifier is not None
    bus.stop()  # the desktop's session bus goes away under the running app
    ctl = ReminderController(ctx, notifier)
    ctl.start()  # no one was shown it: nothing counts as told
    assert ctx.services.settings.get(opts.NOTIFIED) in (None, {}, [])
    plain = WindowNotifier(ctx)
    notifier.use_fallback(plain)
    ctl.tick()
    assert [t for t, _ in plain.shown] == ["Vitamin D3: no dose logged for Sun 15 Nov"]
    assert ctx.services.settings.get(opts.NOTIFIED)  # told now, and only once today
    ctl.tick()
    assert len(plain.shown) == 1
