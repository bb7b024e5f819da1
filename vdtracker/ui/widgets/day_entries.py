"""The entries already saved for the day shown on Today, each with Edit and Delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ...services.history import EntryRow
from ...wording import Wording, arg
from ..answers import Question, same

EDITABLE = ("pain", "cramp", "spasm")  # what the day's form can hold again
ADD, REPLACE, CANCEL = "add", "replace", "cancel"


class DayEntries(QGroupBox):
    """Edit loads a symptom entry back into the day's form (Save then replaces it);
    Delete removes an entry (undoable)."""

    edit = Signal(object)  # EntryRow
    delete = Signal(object)  # EntryRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Saved for this day"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.rows: list[EntryRow] = []
        self.lines: list[QLabel] = []
        self.empty = QLabel(self.tr("Nothing saved for this day yet."), self)

    def text(self) -> str:
        """What the list says, one entry a line (as a screen reader reads it)."""
        if not self.rows:
            return self.empty.text()
        return "\n".join(w.text() for w in self.lines)

    def show_rows(self, rows: list[EntryRow], words: Wording) -> None:
        self.rows = rows
        self.lines = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None and not same(w, self.empty):
                w.deleteLater()
        if not rows:
            self.grid.addWidget(self.empty, 0, 0)
            self.empty.show()
            return
        self.empty.hide()
        for i, r in enumerate(rows):
            text = words.entry(r.summary)
            if r.time is not None:
                text = arg(self.tr("%1 at %2"), text, r.time.strftime("%H:%M"))
            if r.note:
                text = arg(self.tr("%1 — “%2”"), text, r.note)
            label = QLabel(text, self)
            label.setWordWrap(True)
            self.lines.append(label)
            self.grid.addWidget(label, i, 0)
            if r.kind in EDITABLE:
                edit = QPushButton(self.tr("Edit"), self)
                edit.setAccessibleName(arg(self.tr("Edit %1"), text))
                edit.setToolTip(self.tr("Load it into the form above; Save then replaces it"))
                edit.clicked.connect(lambda _=False, row=r: self.edit.emit(row))
                self.grid.addWidget(edit, i, 1)
            delete = QPushButton(self.tr("Delete"), self)
            delete.setAccessibleName(arg(self.tr("Delete %1"), text))
            delete.clicked.connect(lambda _=False, row=r: self.delete.emit(row))
            self.grid.addWidget(delete, i, 2)


class AddOrReplace(Question):
    """A second pain, cramp or spasm entry for a day (or a night): another one, or in place of
    the one saved? Add is the default (Enter); Escape cancels and saves nothing."""

    def __init__(self, parent: QWidget, words: Wording, old: list[EntryRow]) -> None:
        super().__init__(parent, CANCEL)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Already saved"))
        said = [arg(self.tr("%1 for %2"), words.entry(r.summary), words.weekday_day(r.day))
                if r.kind != "cramp" else arg(self.tr("%1 for the night of %2"),
                                              words.entry(r.summary), words.weekday_day(r.day))
                for r in old]
        self.setText(arg(self.tr("You already saved %1."), "; ".join(said)))
        self.setInformativeText(self.tr("Add this as another entry, or replace the one saved?")
                                if len(old) == 1 else
                                self.tr("Add these as other entries, or replace the ones saved?"))
        self.setDefaultButton(self.add(ADD, self.tr("&Add another"),
                                       QMessageBox.ButtonRole.AcceptRole))
        self.add(REPLACE, self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        self.add_standard(CANCEL, QMessageBox.StandardButton.Cancel)
