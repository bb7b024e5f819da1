"""Start-up work that waits for the window's first paint (the reminders' catch-up) runs once:
after the paint when the window is shown, at once when it starts hidden in the tray, and at the
latest after a second when it is hidden again before it was ever painted."""

from PySide6.QtWidgets import QLabel, QMainWindow

from vdtracker.ui import first_paint
from vdtracker.ui.first_paint import after_first_paint


def window_with_text(qtbot) -> QMainWindow:
    w = QMainWindow()
    w.setCentralWidget(QLabel("Today"))
    qtbot.addWidget(w)
    return w


def test_a_shown_window_runs_it_once_after_its_first_paint(qtbot):
    w = window_with_text(qtbot)
    w.show()
    ran: list[str] = []
    after_first_paint(w, lambda: ran.append("started"))
    assert ran == []  # not before the window has been drawn
    qtbot.waitUntil(lambda: ran == ["started"], timeout=2000)
    w.centralWidget().update()  # painted again
    qtbot.wait(50)
    assert ran == ["started"]  # once, not at each paint


def test_a_window_started_hidden_in_the_tray_runs_it_at_once(qtbot):
    w = window_with_text(qtbot)
    ran: list[str] = []
    after_first_paint(w, lambda: ran.append("started"))
    assert ran == ["started"]


def test_a_window_hidden_before_it_was_painted_runs_it_within_a_second(qtbot, monkeypatch):
    monkeypatch.setattr(first_paint, "LATEST_MS", 400)
    w = window_with_text(qtbot)
    w.show()
    ran: list[str] = []
    after_first_paint(w, lambda: ran.append("started"))
    w.hide()  # closed to the tray at once: never painted
    qtbot.wait(150)
    assert ran == []  # no paint came
    qtbot.waitUntil(lambda: ran == ["started"], timeout=2000)  # the latest moment did
