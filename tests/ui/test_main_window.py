"""The window shell: pages by sidebar and shortcuts, accessible names, start-up, the demo."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSlider,
    QWidget,
)

from real_event_helpers import click_cell
from vdtracker.ui.answers import same
from vdtracker.ui.main_window import PAGES

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QSlider, QAbstractItemView)


def test_every_page_is_reachable_from_the_sidebar_and_a_shortcut(demo_window):
    for i, key in enumerate(PAGES):
        QTest.keyClick(demo_window, Qt.Key(Qt.Key.Key_1.value + i),
                       Qt.KeyboardModifier.ControlModifier)  # Ctrl+1 … Ctrl+6
        assert demo_window.current_page() is demo_window.pages[key]
    for i, key in reversed(list(enumerate(PAGES))):  # a click on each page's name
        click_cell(demo_window.nav, i, 0)
        assert demo_window.current_page() is demo_window.pages[key]
    assert demo_window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in demo_window.redo_action.shortcuts()]


def test_every_control_has_an_accessible_name_or_a_label(demo_window):
    for key in PAGES:
        page = demo_window.page(key)
        labelled = {lab.buddy() for lab in page.findChildren(QLabel) if lab.buddy()}
        for w in (w for w in page.findChildren(QWidget) if isinstance(w, INPUTS)):
            if w.objectName().startswith("qt_") or not w.isVisibleTo(page) \
                    or isinstance(w.parent(), (QComboBox, QAbstractSpinBox, QAbstractItemView)):
                continue  # hidden, or an inner part of a combo, number box or table
            text = getattr(w, "text", lambda: "")()
            assert w.accessibleName() or text or any(same(w, x) for x in labelled), \
                (key, type(w).__name__)


def test_the_demo_says_it_is_a_demo(demo_window):
    assert "demo" in demo_window.windowTitle()


def test_start_up_does_not_import_pyqtgraph(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from vdtracker.app import open_services\n"
        "from vdtracker.ui.context import Context\n"
        "from vdtracker.ui.main_window import MainWindow\n"
        "from datetime import datetime\n"
        f"w = MainWindow(Context(open_services({str(tmp_path)!r}), now=datetime.now))\n"
        "w.show(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, 'vdtracker.ui.pages.history' in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert r.stdout.split() == ["False", "False"], r.stderr


def test_run_gui_opens_the_window_on_the_chosen_folder(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vdtracker.app import run_gui
    seen = []

    def look_and_quit():
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        for w in QApplication.topLevelWidgets():
            w.close()  # closing the last window ends app.exec()

    QTimer.singleShot(50, look_and_quit)
    assert run_gui(str(tmp_path / "gui")) == 0
    assert "VD Tracker" in seen
    assert (tmp_path / "gui" / "vdtracker.sqlite3").exists()


def test_demo_never_touches_the_users_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vdtracker.app import run_demo
    monkeypatch.setenv("VDTRACKER_DATA_DIR", str(tmp_path / "mine"))
    seen = []

    def look_and_quit():
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and hasattr(w, "ctx"):
                seen.append((w.windowTitle(), w.ctx.services.db.where))
                w.close()

    QTimer.singleShot(50, look_and_quit)
    assert run_demo() == 0
    title, where = seen[0]
    assert "demo" in title and "vdtracker-demo-" in where
    assert not (tmp_path / "mine").exists()
    assert not __import__("os").path.exists(where)  # thrown away
