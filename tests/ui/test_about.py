"""Help ▸ About tells what a patient (or whoever helps them) needs: the version, where the data
and the log are, the database engine, and the libraries with their licences."""

from __future__ import annotations

import sqlite3

from tests_ui_helpers import when_shown
from vdtracker import __version__
from vdtracker.ui.dialogs.about import AboutDialog


def test_about_names_the_version_the_folder_the_engine_and_the_licences(qtbot, window, ctx,
                                                                       shots):
    seen = {}

    def look(d: AboutDialog) -> None:
        d.grab().save(str(shots / "about.png"))
        seen["facts"] = dict(d.facts)
        seen["libraries"] = {d.libraries.item(r, 0).text(): d.libraries.item(r, 2).text()
                             for r in range(d.libraries.rowCount())}
        d.reject()

    when_shown(AboutDialog, look)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Help")
    next(a for a in help_menu.actions() if a.text() == "&About VD Tracker").trigger()
    facts = seen["facts"]
    assert facts["version"] == __version__
    assert facts["folder"] == ctx.services.db.where
    assert facts["engine"] == f"SQLite {sqlite3.sqlite_version}"
    libs = {name.lower().replace("_", "-"): lic for name, lic in seen["libraries"].items()}
    assert "LGPL-3.0" in libs["pyside6-essentials"] and libs["sqlalchemy"] == "MIT"
    assert {"alembic", "platformdirs", "pyqtgraph", "icalendar"} <= set(libs)
    assert not {"pytest", "mypy", "ruff"} & set(libs)  # the test tools are not shipped
