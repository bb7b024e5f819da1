"""Start Qt, open the store (or say in a dialog why it cannot be opened), show the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QApplication, QMessageBox

from ..services import AlertService, SettingsService
from ..storage.database import Database
from ..storage.errors import StorageError
from .main_window import MainWindow


def run(open_store: Callable[[], Database], today: date) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("VD Tracker")
    try:
        db = open_store()
    except StorageError as err:
        QMessageBox.critical(None, app.tr("VD Tracker"), str(err))
        return 3
    try:
        alerts = AlertService(db).alerts(today, SettingsService(db).profiles())
        window = MainWindow(alerts, today, db.where)
        window.show()
        return app.exec()
    finally:
        db.close()
