"""The saved lab results on the Labs page: the table (or what will appear there), Edit, Delete."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.ranges import Profile
from ...services.labs import LabView
from ...wording import Wording
from ..tables.lab_model import LabModel
from ..tables.row_table import row_table


class LabResults(QWidget):
    edit = Signal(object)  # LabView: load it into the form to change it
    delete = Signal(object)  # LabView

    def __init__(self, words: Wording, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.model = LabModel(words)
        self.table = row_table(self.model, self.tr("Lab results, newest first"), self)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(self.tr(
            "No lab results saved yet.\n\nYour lab results will appear here, newest first: "
            "each as printed on the report, also in the other common unit, and marked against "
            "the range printed on your "
            "report.\nTo add one, type it in the form below exactly as the report prints it "
            "(the value, the unit, and the report's range if it gives one)."), self)
        self.empty.setWordWrap(True)
        self.empty.setFrameShape(QLabel.Shape.StyledPanel)
        self.empty.setMargin(12)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay.addWidget(self.empty)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Ed&it the selected result"), self)
        self.delete_button = QPushButton(self.tr("Delete the sele&cted result"), self)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(0)  # takes the room the table leaves while there is none
        self.edit_button.clicked.connect(lambda: self._emit(self.edit))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete))
        self.table.doubleClicked.connect(lambda *_: self._emit(self.edit))
        QShortcut(QKeySequence.StandardKey.Delete, self.table,
                  lambda: self._emit(self.delete)).setWhatsThis(
            self.tr("Delete the selected result (in the list)"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def set_rows(self, rows: list[LabView], profiles: dict[str, Profile]) -> None:
        self.model.set_rows(rows, profiles)
        has = bool(rows)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.edit_button.setVisible(has)
        self.delete_button.setVisible(has)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(layout.count() - 1, 0 if has else 1)
        self._update()

    def selected(self) -> LabView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, lab_id: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == lab_id:
                self.table.selectRow(i)

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _emit(self, signal: SignalInstance) -> None:
        r = self.selected()
        if r is not None:
            signal.emit(r)
