"""Before an import changes anything: what the file adds, what is already here, and what
cannot be imported (kind, row and why), with Import only when everything can go in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.importing import ImportPlan
from ...wording import arg
from ..context import Context
from ..widgets.fonts import emphasize


class ImportPreview(QDialog):
    def __init__(self, ctx: Context, plan: ImportPlan, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(min(640, (parent.width() - 40) if parent is not None else 640))
        records = ctx.words.records
        layout = QVBoxLayout(self)
        title = QLabel(arg(self.tr("From %1"), source), self)
        title.setWordWrap(True)
        emphasize(title)
        layout.addWidget(title)
        self.new = self._line(layout, arg(self.tr("New, to be added: %1."),
                                          records.counts(plan.new, self.tr("nothing"))))
        self.duplicates = self._line(layout, arg(
            self.tr("Already here, skipped: %1."), records.counts(plan.duplicates,
                                                                  self.tr("none"))))
        if plan.settings:
            self._line(layout, arg(self.tr("Settings not set here yet, taken from the file: %1."),
                                   records.count("settings", plan.settings)))
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.setWordWrap(True)
        if plan.problems:
            self._line(layout, self.tr(
                "%n record(s) cannot be imported. Nothing is imported until the file is "
                "corrected (or exported again):", None, len(plan.problems)))
            for p in plan.problems:
                self.problems.addItem(ctx.words.problem(p))
            layout.addWidget(self.problems, 1)
        else:
            self.problems.hide()
            if plan.added:
                self._line(layout, self.tr("Everything is added in one step: Edit ▸ Undo takes "
                                           "the whole import back (settings it fills in stay)."))
            elif plan.settings:
                self._line(layout, self.tr("Only settings are new here; once imported, they "
                                           "stay (Undo does not change settings)."))
            else:
                self._line(layout, self.tr("Everything in this file is already here: there is "
                                           "nothing to import."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = None
        if plan.ok and plan.added + plan.settings:
            self.import_button = self.buttons.addButton(
                self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _line(self, layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        return label
