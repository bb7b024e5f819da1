"""Start Qt, open the store (or say in a dialog why it cannot be opened), show the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QApplication, QMessageBox

from ..storage.database import Database
from ..storage.errors import StorageError
from .context import Context
from .main_window import MainWindow


def run(open_store: Callable[[], Database], today: Callable[[], date] = date.today,
        demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("VD Tracker")
    try:
        db = open_store()
    except StorageError as err:
        QMessageBox.critical(None, app.tr("VD Tracker"), str(err))
        return 3
    try:
        window = MainWindow(Context(db, today=today, demo=demo))
        window.show()
        return app.exec()
    finally:
        db.close()
