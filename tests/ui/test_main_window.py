"""The window shell shows the alerts in force, computed from the user's own data."""

from datetime import date

from vdtracker.ui.main_window import MainWindow


def test_window_lists_alerts_in_force(qtbot, svc, tmp_path):
    svc.labs.add("vitamin-d", "19", "nmol/L", day=date(2025, 1, 2), today=date(2025, 1, 2),
                 low=50, high=125)
    today = date(2025, 1, 3)
    w = MainWindow(svc.alerts.alerts(today), today, svc.db.where)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    texts = [w.alert_list.item(i).text() for i in range(w.alert_list.count())]
    assert len(texts) == 1 and "below the range on your lab report" in texts[0]
    assert w.grab().save(str(tmp_path / "main.png"))


def test_window_says_when_nothing_needs_attention(qtbot, svc):
    w = MainWindow([], date(2025, 1, 3), svc.db.where)
    qtbot.addWidget(w)
    assert w.alert_list.item(0).text() == "Nothing needs attention today."


def test_run_gui_opens_the_window_on_the_chosen_folder(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vdtracker.app import run_gui
    seen = []

    def look_and_quit():
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        QApplication.quit()

    QTimer.singleShot(50, look_and_quit)
    assert run_gui(str(tmp_path / "gui")) == 0
    assert "VD Tracker" in seen
    assert (tmp_path / "gui" / "vdtracker.sqlite3").exists()
