"""UI fixtures: a window over a real database, with a fixed 'today' so results are stable."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vdtracker.services.demo import build_demo
from vdtracker.ui.context import Context
from vdtracker.ui.main_window import MainWindow

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)  # the window's clock in the UI tests


@pytest.fixture
def ctx(svc):
    return Context(svc, now=lambda: NOW)


@pytest.fixture
def demo_ctx(db, svc):
    build_demo(db, TODAY)
    return Context(svc, now=lambda: NOW, demo=True)


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def demo_window(qtbot, demo_ctx):
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    return w
