"""'Stop early' on Supplements: the schedule and the day are said; why (optional) and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...wording import arg
from ..widgets.why_box import WhyBox


class StopEarlyDialog(QDialog):
    """`schedule`, `start` and `day` as the window writes them. The day is the page's: a
    patient who wants another one cancels and changes it there (one date field, not two)."""

    def __init__(self, parent: QWidget | None, schedule: str, start: str, day: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop early"))
        outer = QVBoxLayout(self)
        self.sentence = sentence = QLabel(arg(self.tr(
            "Stop your saved schedule %1 (from %2) on %3: nothing of it is due from that day "
            "on, and the doses you logged stay in your diary. If you like, say why you stopped; "
            "it is kept with the stop and shown on your summary, for your next appointment. "
            "Undo takes it back."), schedule, start, day), self)
        sentence.setWordWrap(True)
        sentence.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        outer.addWidget(sentence)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels are never cut
        outer.addLayout(form)
        self.why = WhyBox(self)
        form.addRow(self.tr("&Why (optional)"), self.why)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. worried about taking too much"))
        self.note.setAccessibleName(self.tr("Note on why you stopped"))
        form.addRow(self.tr("&Note (optional)"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.why.setFocus()

    def answer(self) -> tuple[str | None, str | None]:
        """(why, note) as chosen; None where not given."""
        return self.why.why(), self.note.text().strip() or None
