"""The main window shell: for now it shows what needs attention today and where the data lives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QVBoxLayout, QWidget

from ..domain.warnings import Alert, day_text

SEVERITY_MARK = {"urgent": "‼", "warning": "⚠", "info": "ℹ"}


class MainWindow(QMainWindow):
    def __init__(self, alerts: list[Alert], today: date, data_folder: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("VD Tracker"))
        self.resize(1000, 640)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("What needs attention on %s") % day_text(today), body)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(heading)
        self.alert_list = QListWidget(body)
        self.alert_list.setAccessibleName(self.tr("Alerts in force"))
        self.alert_list.setWordWrap(True)
        for a in alerts:
            item = QListWidgetItem(f"{SEVERITY_MARK[a.severity]}  {a.message}")
            item.setToolTip(a.kind)
            self.alert_list.addItem(item)
        if not alerts:
            self.alert_list.addItem(self.tr("Nothing needs attention today."))
        layout.addWidget(self.alert_list, 1)
        hint = QLabel(self.tr("Log entries from a terminal for now: run “vdtracker --help”. "
                              "Your data is kept only on this computer, in %s") % data_folder, body)
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(hint)
        self.setCentralWidget(body)
