"""Composition root: builds the store, the services and the window, and injects them. No globals."""

from __future__ import annotations

import sys
from datetime import date


def run_gui(data_dir: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .services import AlertService, SettingsService
    from .storage.database import Database
    from .storage.errors import StorageError
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("VD Tracker")
    try:
        db = Database.open(data_dir)
    except StorageError as err:
        QMessageBox.critical(None, "VD Tracker", str(err))
        return 3
    today = date.today()
    alerts = AlertService(db).alerts(today, SettingsService(db).profiles())
    window = MainWindow(alerts, today, db.where)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
