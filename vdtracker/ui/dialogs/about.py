"""Help ▸ About: the version, where the data and the log are, the database engine, and the
libraries VD Tracker ships with and their licences; every line can be selected and copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import __version__, logs
from ...about import engine, libraries
from ...wording import arg
from ..context import Context
from ..widgets.fonts import emphasize


class AboutDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About VD Tracker"))
        layout = QVBoxLayout(self)
        title = QLabel(arg(self.tr("VD Tracker %1"), __version__), self)
        emphasize(title, 1.3)
        layout.addWidget(title)
        what = QLabel(self.tr("A private diary of your symptoms, supplements and lab results. "
                              "It does not give medical advice: discuss your results and your "
                              "schedule with your clinician."), self)
        what.setWordWrap(True)
        layout.addWidget(what)
        facts = QFormLayout()
        db = ctx.services.db
        log_file = logs.current_file()
        self.facts = {
            "version": __version__,
            "folder": db.where or self.tr("(a database server)"),
            "log": str(log_file) if log_file else self.tr("(none: nothing logged in this run)"),
            "engine": engine(db.url),
        }
        for key, label in (("version", self.tr("Version:")), ("folder", self.tr("Data folder:")),
                           ("log", self.tr("Log file:")), ("engine", self.tr("Database:"))):
            value = QLabel(self.facts[key], self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setWordWrap(True)
            facts.addRow(label, value)
        layout.addLayout(facts)
        heading = QLabel(self.tr("Libraries it runs on, and their licences"), self)
        emphasize(heading)
        layout.addWidget(heading)
        self.libraries = QTableWidget(0, 3, self)
        self.libraries.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"),
                                                  self.tr("Licence")])
        self.libraries.setAccessibleName(self.tr("Libraries and their licences"))
        self.libraries.verticalHeader().hide()
        self.libraries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for lib in libraries():
            row = self.libraries.rowCount()
            self.libraries.insertRow(row)
            for col, text in enumerate((lib.name, lib.version, lib.licence)):
                self.libraries.setItem(row, col, QTableWidgetItem(text))
        self.libraries.resizeColumnsToContents()
        self.libraries.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.libraries, 1)
        note = QLabel(self.tr("VD Tracker itself is MIT-licensed. Qt for Python (PySide6) is "
                              "used under the LGPL 3.0; its source is at "
                              "https://code.qt.io/pyside/pyside-setup.git."), self)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(min(720, parent.width() - 40) if parent is not None else 720,
                    min(560, parent.height() - 40) if parent is not None else 560)

