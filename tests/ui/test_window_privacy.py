"""The window's first start, its lock file and its chart exports keep the data private."""


from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from filemodes import mode
from vdtracker.ui.reminders.single_instance import LOCK_FILE, SingleInstance


def test_the_windows_first_start_makes_everything_private(qtbot, tmp_path, umask_022,
                                                          monkeypatch):
    from vdtracker.app import run_gui
    monkeypatch.delenv("VDTRACKER_DATABASE_URL", raising=False)
    fresh = tmp_path / "new" / "data"
    seen: dict[str, int] = {}

    def look_and_quit():  # while the window runs: the store is open, the lock is held
        seen.update({str(p.relative_to(fresh)): mode(p) for p in fresh.rglob("*")})
        for w in QApplication.topLevelWidgets():
            w.close()

    QTimer.singleShot(50, look_and_quit)
    assert run_gui(str(fresh)) == 0
    assert mode(tmp_path / "new") == 0o700 and mode(fresh) == 0o700
    assert {"vdtracker.sqlite3", "vdtracker.sqlite3-wal", "vdtracker.sqlite3-shm",
            LOCK_FILE} <= set(seen)
    for name, m in seen.items():
        assert m == (0o700 if (fresh / name).is_dir() else 0o600), name
    for p in fresh.rglob("*"):  # and what stays after it closed
        assert mode(p) == (0o700 if p.is_dir() else 0o600), p


def test_the_lock_file_is_private(qapp, tmp_path, umask_022):
    guard = SingleInstance(tmp_path)
    assert guard.acquire()
    try:
        assert mode(tmp_path / LOCK_FILE) == 0o600
    finally:
        guard.release()


def test_chart_exports_are_private(demo_window, tmp_path, umask_022):
    from vdtracker.ui.charts.export import export_png, export_svg
    chart = demo_window.page("trends").chart
    export_png(chart, tmp_path / "c.png")
    export_svg(chart, tmp_path / "c.svg")
    assert mode(tmp_path / "c.png") == 0o600 and mode(tmp_path / "c.svg") == 0o600
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (tmp_path / "c.svg").read_text()[:2000]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "c.svg", "data"]
