"""The window opens where it was closed (size, place, maximized), kept in window.json beside the
data; a place off every screen this machine has now opens on the primary screen; the demo keeps
none."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from vdtracker.app import open_services
from vdtracker.ui import window_place
from vdtracker.ui.window_place import FILE, TITLE_ROOM, fitted

NOW = datetime(2026, 11, 30, 9, 0)


@pytest.fixture(autouse=True)
def _quiet_desktop(monkeypatch, qapp):
    """No tray (closing the window ends the run), no D-Bus, and closing asks nothing."""
    import vdtracker.ui.launch as launch
    import vdtracker.ui.leaving as leaving
    from vdtracker.ui.reminders import dbus_notifier

    monkeypatch.setattr(leaving, "may_leave", lambda *_a, **_k: True)
    monkeypatch.setattr(launch, "make_tray", lambda *_a: None)
    monkeypatch.setattr(dbus_notifier.DBusNotifier, "connect", classmethod(lambda cls: None))


def start(folder, act) -> int:
    """The real start on `folder`; `act(window)` runs once the window shows, then it is closed."""
    from vdtracker.ui.launch import run

    def look():
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and hasattr(w, "ctx"):
                act(w)
                w.close()
                return
        QTimer.singleShot(30, look)
    QTimer.singleShot(30, look)
    return run(lambda: open_services(folder), now=lambda: NOW, folder=folder)


def room() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_the_window_opens_where_it_was_closed(tmp_path):
    folder = tmp_path / "data"
    screen = room()
    moved = QRect(screen.x() + 30, screen.y() + 60, screen.width() // 2, screen.height() // 2)
    seen: list[QRect] = []

    def put(w):
        w.setGeometry(moved)
        QApplication.processEvents()
        seen.append(w.geometry())

    assert start(folder, put) == 0
    assert seen == [moved]
    kept = json.loads((folder / FILE).read_text())
    assert (kept["x"], kept["y"], kept["width"], kept["height"], kept["maximized"]) == (
        moved.x(), moved.y(), moved.width(), moved.height(), False)
    assert (folder / FILE).stat().st_mode & 0o777 == 0o600  # the one writer's private file
    again: list[QRect] = []
    assert start(folder, lambda w: again.append(w.geometry())) == 0
    assert again == [moved]


def test_a_maximized_window_opens_maximized_and_keeps_its_normal_size(tmp_path):
    folder = tmp_path / "data"
    normal = QRect(room().x() + 20, room().y() + 50, 500, 400)

    def maximize(w):
        w.setGeometry(normal)
        QApplication.processEvents()
        w.showMaximized()
        QApplication.processEvents()

    assert start(folder, maximize) == 0
    assert json.loads((folder / FILE).read_text())["maximized"] is True
    seen = []
    assert start(folder, lambda w: seen.append((w.isMaximized(), w.normalGeometry()))) == 0
    assert seen == [(True, normal)]


def test_a_place_off_every_screen_opens_on_the_primary_screen(tmp_path):
    """Kept on a second monitor that is gone (far right), and taller than any screen here."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    screen = room()
    far = {"x": screen.right() + 2000, "y": 100, "width": 400, "height": screen.height() + 500,
           "maximized": False}
    (folder / FILE).write_text(json.dumps(far))
    seen: list[QRect] = []
    assert start(folder, lambda w: seen.append(w.geometry())) == 0
    [opened] = seen
    assert screen.contains(opened)
    assert opened.y() >= screen.y() + TITLE_ROOM  # the title bar above it is on screen too
    assert opened.width() == 400 and opened.height() == screen.height() - TITLE_ROOM
    assert opened.x() == screen.x() + (screen.width() - 400) // 2  # in the middle


def test_an_unreadable_kept_place_is_ignored(tmp_path, qtbot, ctx):
    from vdtracker.ui.main_window import MainWindow

    (tmp_path / FILE).write_text("{not json")
    w = MainWindow(ctx)
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "quitting", True))
    size = w.size()
    assert window_place.restore(w, tmp_path / FILE) is False
    assert w.size() == size


def test_the_demo_keeps_no_place(monkeypatch):
    from vdtracker.app import run_demo

    kept: list[object] = []
    monkeypatch.setattr(window_place, "keep", lambda *a: kept.append(a))

    def close_it():
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and hasattr(w, "ctx"):
                w.close()
                return
        QTimer.singleShot(30, close_it)
    QTimer.singleShot(30, close_it)
    assert run_demo() == 0
    assert kept == []


LEFT, RIGHT = QRect(0, 0, 1920, 1040), QRect(1920, 0, 2560, 1400)  # two monitors, panels off


def test_fitted_keeps_a_place_on_a_screen_there_is():
    on_right = QRect(2200, 100, 1600, 900)
    assert fitted(on_right, [LEFT, RIGHT], LEFT) == on_right


def test_fitted_moves_a_place_from_a_monitor_that_is_gone_to_the_primary():
    on_right = QRect(2200, 100, 1600, 900)
    x = 0 + (1920 - 1600) // 2
    y = 0 + TITLE_ROOM + (1040 - TITLE_ROOM - 900) // 2
    assert fitted(on_right, [LEFT], LEFT) == QRect(x, y, 1600, 900)


def test_fitted_makes_a_place_half_off_its_screen_whole_and_no_taller_than_it():
    half_off = QRect(1500, -200, 1000, 1400)
    height = 1040 - TITLE_ROOM
    assert fitted(half_off, [LEFT], LEFT) == QRect(1920 - 1000, TITLE_ROOM, 1000, height)
