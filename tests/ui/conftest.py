"""UI fixtures: a window over a real database, on a fake clock the test can move."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from tests_ui_helpers import ARMED, FakeClock
from vdtracker.services.demo import build_demo
from vdtracker.ui.context import Context
from vdtracker.ui.main_window import MainWindow

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)  # where the window's clock starts in the UI tests


@pytest.fixture(autouse=True)
def dialog_helpers():
    """Every dialog a test armed a helper for was shown and answered in that test; no helper
    of a test that ended goes on to answer the next test's dialog."""
    ARMED.clear()
    yield
    armed = list(ARMED)
    ARMED.clear()
    for state in armed:
        state["cancelled"] = True
    problems = [s["failed"] or f"no {s['kind']} was shown" for s in armed if not s["done"]]
    if problems:
        pytest.fail("; ".join(problems))


@pytest.fixture
def shots(tmp_path):
    """Where a test draws what a page looks like: docs/screenshots under `make screenshots`
    (VDTRACKER_SHOTS names it), a temporary folder otherwise: `make test` changes no file."""
    folder = os.environ.get("VDTRACKER_SHOTS")
    return Path(folder) if folder else tmp_path


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def ctx(svc, clock):
    return Context(svc, now=clock)


@pytest.fixture
def demo_ctx(db, svc, clock):
    build_demo(db, TODAY)
    return Context(svc, now=clock, demo=True)


def _shown(qtbot, ctx):
    w = MainWindow(ctx)
    # the test is over: closing it must not ask about what a test left typed in a form
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w, "quitting", True))
    w.show()
    return w


@pytest.fixture
def window(qtbot, ctx):
    return _shown(qtbot, ctx)


@pytest.fixture
def demo_window(qtbot, demo_ctx):
    return _shown(qtbot, demo_ctx)
