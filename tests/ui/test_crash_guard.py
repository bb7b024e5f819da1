"""A bug in a slot is logged and told in one sentence, and the window keeps what was typed."""

import sys

import pytest
from PySide6.QtCore import Qt, qWarning
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
)

from tests_ui_helpers import click, shown
from vdtracker import logs
from vdtracker.ui import crash_guard
from vdtracker.ui.answers import same

TYPED = "slept badly, left calf"


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def log_file(tmp_path):
    path = logs.configure(tmp_path / "data")
    yield path
    logs.close()


def test_a_bug_in_a_slot_is_told_logged_and_survived(window, qtbot, log_file):
    today = shown(window, "today")
    note = today.form.note
    qtbot.keyClicks(note, TYPED)
    boom = QPushButton("Boom", today.widget())
    boom.clicked.connect(lambda: {}["no such key"])
    boom.show()

    # Installed here, not in a fixture: pytest-qt swaps sys.excepthook in for the test call.
    guard = crash_guard.install(QApplication.instance(), log_file)
    try:
        click(boom)
        qtbot.waitUntil(lambda: len(visible_boxes()) == 1)
        click(boom)  # a second bug while the box is up: still one box
        [box] = visible_boxes()
        assert box.text() == ("Something went wrong. What you saved is safe; details are in "
                              f"{log_file}.")
        assert not box.isModal()  # the window stays usable while the box is up
        click(box.button(QMessageBox.StandardButton.Ok))
        assert not visible_boxes()
        assert note.text() == TYPED
        assert window.isVisible() and same(window.stack.currentWidget(), today)
        click(boom)  # and the window keeps answering
        qtbot.waitUntil(lambda: len(visible_boxes()) == 1)
        QTest.keyClick(visible_boxes()[0], Qt.Key.Key_Escape)
        assert not visible_boxes()
    finally:
        guard.uninstall()
    written = log_file.read_text()
    assert written.count("CRITICAL vdtracker.ui.crash_guard: Unexpected error") == 3
    assert "Traceback" in written and "KeyError: 'no such key'" in written
    assert note.text() == TYPED


@pytest.mark.qt_log_ignore("crash guard: a test warning")
def test_qt_warnings_go_to_the_log_and_on_to_the_previous_handler(qapp, qtlog, log_file):
    guard = crash_guard.install(qapp, log_file)
    try:
        qWarning("crash guard: a test warning")
    finally:
        guard.uninstall()
    assert "WARNING vdtracker.qt: crash guard: a test warning" in log_file.read_text()
    assert "crash guard: a test warning" in [r.message for r in qtlog.records]


@pytest.mark.qt_log_ignore("crash guard: after uninstall")
def test_uninstall_puts_the_old_hooks_back(qapp, log_file):
    before = sys.excepthook
    guard = crash_guard.install(qapp, log_file)
    assert sys.excepthook != before
    guard.uninstall()
    assert sys.excepthook == before
    qWarning("crash guard: after uninstall")
    assert not log_file.exists()
