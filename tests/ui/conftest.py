"""UI fixtures: a window over a real database, with a fixed 'today' so results are stable."""

from __future__ import annotations

from datetime import date

import pytest

from vdtracker.services.demo import build_demo
from vdtracker.ui.context import Context
from vdtracker.ui.main_window import MainWindow

TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(svc):
    return Context(svc, today_fn=lambda: TODAY)


@pytest.fixture
def demo_ctx(db, svc):
    build_demo(db, TODAY)
    return Context(svc, today_fn=lambda: TODAY, demo=True)


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
