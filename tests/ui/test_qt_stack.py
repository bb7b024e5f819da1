"""Guards on the Qt stack: PySide6 6.12.0 aborts Python 3.11 after ~5,000 void calls."""

import sys

import PySide6
from PySide6.QtWidgets import QWidget


def test_twenty_thousand_void_qt_calls_do_not_crash(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    for i in range(20_000):
        w.setWindowTitle("x")  # returns None: the call that broke 6.12.0's None refcount
        w.setToolTip(str(i % 7))
    assert w.toolTip() == str(19_999 % 7)


def test_pyside6_is_the_pinned_series():
    """6.11.3 or newer; 6.11 on Python 3.11, where 6.12.0 aborts (None is immortal from 3.12)."""
    major, minor, patch = (int(x) for x in PySide6.__version__.split(".")[:3])
    assert (major, minor, patch) >= (6, 11, 3)
    if sys.version_info < (3, 12):
        assert (major, minor) == (6, 11)
