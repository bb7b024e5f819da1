"""The demo stays inside its window; the first start explains empty pages; login autostart
opens the data folder the user chose."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from real_event_helpers import alt, click_seen, ctrl_s, in_sight, keys
from tests_ui_helpers import shown
from vdtracker import paths
from vdtracker.ui.answers import same
from vdtracker.ui.widgets.dates import pydate


@pytest.fixture(autouse=True)
def _closing_asks_nothing(monkeypatch):
    import vdtracker.ui.leaving as leaving

    monkeypatch.setattr(leaving, "may_leave", lambda *_a, **_k: True)


def test_the_demo_never_reaches_the_desktop(qtbot, tmp_path, monkeypatch):
    """No tray icon, no desktop notifications: its reminders show in its own window."""
    import vdtracker.ui.launch as launch
    from vdtracker.app import run_demo
    from vdtracker.ui.reminders import dbus_notifier
    from vdtracker.ui.reminders.notifier import WindowNotifier

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    reached: list[str] = []
    monkeypatch.setattr(launch, "make_tray", lambda *_a: reached.append("tray"))
    monkeypatch.setattr(dbus_notifier.DBusNotifier, "connect",
                        classmethod(lambda cls: reached.append("dbus")))
    from vdtracker.ui.reminders import controller as reminders

    notifiers = []
    real_controller = reminders.ReminderController

    def controller(ctx, notifier):
        notifiers.append(notifier)
        return real_controller(ctx, notifier)

    monkeypatch.setattr(reminders, "ReminderController", controller)
    messages: list[str] = []

    deadline = time.monotonic() + 30

    def look_and_close():
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and hasattr(w, "ctx"):
                if w.reminders is None and time.monotonic() < deadline:
                    QTimer.singleShot(50, look_and_close)  # started once the window is painted
                    return
                messages.append(w.statusBar().currentMessage())
                w.close()  # no tray: closing the window ends the demo

    QTimer.singleShot(50, look_and_close)
    assert run_demo() == 0
    assert reached == []
    assert [type(n) for n in notifiers] == [WindowNotifier]
    assert not any("no system tray" in m for m in messages)  # not the user's desktop to judge
    assert not (tmp_path / "config").exists()


def test_login_autostart_cannot_be_switched_on_from_the_demo(demo_window, tmp_path, qtbot,
                                                               monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    page = shown(demo_window, "settings")
    assert not page.autostart.isEnabled()
    from PySide6.QtWidgets import QLabel
    reasons = [w.text() for w in page.findChildren(QLabel)
               if w.isVisibleTo(demo_window) and "Not in the demo" in w.text()]
    assert len(reasons) == 1
    qtbot.mouseClick(page.autostart, Qt.MouseButton.LeftButton, pos=in_sight(page.autostart))
    assert not page.autostart.isChecked()  # the click on the greyed box did nothing
    assert not (tmp_path / "autostart").exists()


def test_login_autostart_opens_the_data_folder_in_use(window, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    page = shown(window, "settings")
    click_seen(page.autostart)
    assert page.autostart.isChecked()
    text = (tmp_path / "config" / "autostart" / "vdtracker.desktop").read_text()
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    # the console script of this virtualenv, not `python -m` (tests/test_login_entry.py runs it)
    script = Path(sys.executable).with_name("vdtracker")
    assert exec_line == f"Exec={script} --data-dir {ctx.services.db.where} --minimized"


def test_a_login_entry_of_a_removed_install_shows_the_box_off_and_ticking_it_mends_it(
        window, ctx, tmp_path, monkeypatch):
    """What the start could not write again (autostart.repair) Settings says, naming it."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "vdtracker.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nExec=/gone/pipx/bin/vdtracker --minimized\n")
    page = shown(window, "settings")
    assert not page.autostart.isChecked()
    from PySide6.QtWidgets import QLabel
    said = [w.text() for w in page.findChildren(QLabel)
            if w.isVisibleTo(window) and "/gone/pipx/bin/vdtracker" in w.text()]
    assert said == ["The login entry starts a copy of VD Tracker that is no longer installed "
                    "(/gone/pipx/bin/vdtracker). Tick the box to start this one at login "
                    "instead."]
    click_seen(page.autostart)
    assert page.autostart.isChecked()
    script = Path(sys.executable).with_name("vdtracker")
    assert f"\nExec={script} --data-dir {ctx.services.db.where} --minimized\n" in entry.read_text()


def test_the_default_data_folder_needs_no_flag_at_login(monkeypatch, tmp_path):
    from vdtracker import autostart

    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    assert "--data-dir" not in autostart.command(paths.data_dir(None))
    assert autostart.command(None)[-1] == "--minimized"
    spaced = tmp_path / "my diary"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart.set_enabled(True, spaced)
    text = (tmp_path / "config" / "autostart" / "vdtracker.desktop").read_text()
    assert f'--data-dir "{spaced}" --minimized' in text  # quoted as the desktop spec asks


# ---- empty pages on a first start ------------------------------------------------------

def test_trends_with_nothing_logged_says_what_will_appear_not_empty_axes(window, qtbot):
    page = shown(window, "trends")
    assert page.empty.isVisibleTo(window) and not page.content.isVisibleTo(window)
    assert "Nothing to draw yet" in page.empty.findChildren(type(page.readout))[0].text()
    for edit in (page.base_from, page.base_to, page.cur_from, page.cur_to):
        assert pydate(edit.date()).year == 2026  # never a stray 2000
    go_today = next(b for b in page.empty.findChildren(type(page.png))
                    if b.text() == "Log a day on Today")
    qtbot.mouseClick(go_today, Qt.MouseButton.LeftButton)
    assert same(window.stack.currentWidget(), window.page("today"))


def test_trends_draws_once_something_is_logged(window, ctx, qtbot):
    page = shown(window, "trends")
    shown(window, "today")
    alt("p", window)  # "Pain"
    keys("5")
    ctrl_s()
    shown(window, "trends")  # back to the chart
    qtbot.waitUntil(lambda: page.content.isVisibleTo(window))
    assert not page.empty.isVisibleTo(window)


def test_the_demo_draws_its_trends(demo_window):
    page = shown(demo_window, "trends")
    assert page.content.isVisibleTo(demo_window) and not page.empty.isVisibleTo(demo_window)


def lapsed_diary(folder: Path) -> None:
    """A weekly maintenance schedule begun ten weeks ago, three doses, then seven weeks with
    none (dated by the real clock: run_gui reads it)."""
    from datetime import date, timedelta

    from builders import add_schedule
    from vdtracker.app import compose
    from vdtracker.storage.database import Database

    start = date.today() - timedelta(weeks=10)
    db = Database.open(folder)
    svc = compose(db)
    add_schedule(svc, supplement="Vitamin D3", amount=20000, unit="IU", every_days=7,
                 start=start, phase="maintenance")
    for week in range(3):
        day = start + timedelta(weeks=week)
        svc.doses.record(supplement="Vitamin D3", day=day, today=day)
    db.close()


def started(folder: Path, notice: bool) -> list[tuple[str, str]]:
    """`vdtracker` run on `folder` until its reminders have started (and, with `notice`, the
    day's notice is in the status bar): what the message bar and the status bar said."""
    from vdtracker.app import run_gui

    seen: list[tuple[str, str]] = []
    deadline = time.monotonic() + 30

    def look_and_close():
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and hasattr(w, "ctx")]
        ready = bool(windows) and windows[0].reminders is not None and (
            not notice or bool(windows[0].statusBar().currentMessage()))
        if not ready and time.monotonic() < deadline:
            QTimer.singleShot(50, look_and_close)  # the notice comes after the first paint
            return
        if windows:
            seen.append((windows[0].message_bar.shown_text(),
                         windows[0].statusBar().currentMessage()))
            windows[0].quitting = True
        for each in QApplication.topLevelWidgets():
            each.close()  # closing the last window ends app.exec()

    QTimer.singleShot(50, look_and_close)
    assert run_gui(str(folder)) == 0
    return seen


def test_no_tray_is_said_once_in_the_bar_that_stays_after_the_days_first_notice(qapp, tmp_path,
                                                                              monkeypatch):
    """A desktop without a tray (and no notification service): the one-time sentence saying
    where reminders go stays in the message bar; the day's lapse notice, shown just after the
    window, no longer replaces it before it is read. The next start does not say it again."""
    from vdtracker.ui.reminders import dbus_notifier

    monkeypatch.setattr(dbus_notifier.DBusNotifier, "connect", classmethod(lambda cls: None))
    lapsed_diary(tmp_path / "diary")
    [(bar, status)] = started(tmp_path / "diary", notice=True)
    assert "This desktop has no system tray" in bar
    assert "Vitamin D3" in status and "no dose logged" in status  # the notice, in its place
    [(bar, status)] = started(tmp_path / "diary", notice=False)
    assert bar == "" and status == ""  # said once; the notice was told today already


def test_a_notification_service_that_fails_still_leaves_the_lapse_told(qapp, tmp_path,
                                                                       monkeypatch):
    """The desktop's notification service raising at start (after the window is painted):
    the reminders start anyway and the day's lapse notice reaches the window."""
    from vdtracker.ui.reminders import dbus_notifier

    def broken(cls):
        raise OSError("the notification service is gone")

    monkeypatch.setattr(dbus_notifier.DBusNotifier, "connect", classmethod(broken))
    lapsed_diary(tmp_path / "diary")
    [(_, status)] = started(tmp_path / "diary", notice=True)
    assert "Vitamin D3" in status and "no dose logged" in status
