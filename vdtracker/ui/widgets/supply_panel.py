"""'What I have' on Supplements: each counted supplement's units left and how far they go at the
saved schedules, a warning sign and words when it runs low or is not known; count, add a pack."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...services.supplies import SupplyView
from ...storage.errors import StorageError
from ...wording import arg
from ..context import Context, coalesced
from ..dialogs.supply_dialog import COUNT, PACK, SupplyDialog
from .saved_note import SavedNote


class SupplyPanel(QGroupBox):
    """One line per counted supplement: '<name>: 12 capsules of 50,000 IU each, enough until
    Sun 7 Mar 2027', and 'Running low' with a warning sign before it when it is time to buy."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What I have"), parent)
        self.ctx = ctx
        self.views: list[SupplyView] = []
        outer = QVBoxLayout(self)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        outer.addLayout(self.grid)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.lines: list[QLabel] = []  # the lines shown, one per supplement
        self.low_marks: list[QLabel] = []  # 'Running low' beside the lines that are
        self.check_marks: list[QLabel] = []  # 'Check this': how far it goes is not known
        row = QHBoxLayout()
        self.count_button = QPushButton(self.tr("Count what &I have…"), self)
        self.pack_button = QPushButton(self.tr("Add a pac&k…"), self)
        row.addWidget(self.count_button)
        row.addWidget(self.pack_button)
        self.saved_note = SavedNote(ctx, self)
        row.addWidget(self.saved_note, 1)
        row.addStretch(0)  # the buttons keep their size while the note is hidden
        outer.addLayout(row)
        self.count_button.clicked.connect(lambda: self.ask(COUNT))
        self.pack_button.clicked.connect(lambda: self.ask(PACK))
        ctx.signals.changed.connect(coalesced(self, self.refresh))
        ctx.signals.day_changed.connect(lambda _day: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        try:
            self.views = self.ctx.services.supplies.status(today)
        except StorageError as err:
            self.empty.setText(self.ctx.words.storage(err))
            self.empty.show()
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.hide()
                w.deleteLater()
        self.lines, self.low_marks, self.check_marks = [], [], []
        for i, v in enumerate(self.views):
            self._add_line(i, v, today)
        names = self.names()
        self.empty.setText(self.tr(
            "Nothing counted yet. Count the capsules, tablets or drops you have, and the app "
            "says how far they go at your saved schedules.") if names else self.tr(
            "Nothing counted yet. Once a schedule is saved below, count what you have of it "
            "here, and the app says how far it goes."))
        self.empty.setVisible(not self.views)
        self.count_button.setEnabled(bool(names))
        self.pack_button.setEnabled(bool(self.views))
        self.pack_button.setToolTip("" if self.views else self.tr("Count what you have first."))

    def _add_line(self, i: int, v: SupplyView, today: date) -> None:
        s = self.ctx.words.supplies
        text = arg(self.tr("%1: %2%3, %4"), v.supplement, s.units(v.form, v.left),
                   s.holding(v.holds_amount, v.holds_unit), s.said_reach(v))
        if v.left_out:
            text = arg(self.tr("%1; %2"), text, s.left_out(v.left_out, v.form))
        line = QLabel(text, self)
        line.setWordWrap(True)
        unknown = v.misfit is not None and v.runs_out is None
        if v.low or unknown:
            size = self.fontMetrics().height()
            sign = QLabel(self)
            sign.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
            sign.setAccessibleName(self.tr("Warning"))
            said = self.tr("Running low") if v.low else self.tr("Check this")
            mark = QLabel(said, self)
            font = mark.font()
            font.setBold(True)
            mark.setFont(font)
            self.grid.addWidget(sign, i, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(mark, i, 1, Qt.AlignmentFlag.AlignTop)
            (self.low_marks if v.low else self.check_marks).append(mark)
            line.setAccessibleName(arg(self.tr("Running low: %1") if v.low
                                       else self.tr("Check this: %1"), text))
        self.grid.addWidget(line, i, 2)
        self.lines.append(line)

    def names(self) -> list[str]:
        """The supplements the diary knows: those with a schedule, and those counted."""
        try:
            scheduled = {r.supplement for r in self.ctx.services.regimens.list(self.ctx.today())}
        except StorageError:
            scheduled = set()
        return sorted(scheduled | {v.supplement for v in self.views}, key=str.casefold)

    def texts(self) -> list[str]:
        """The lines as shown, 'Running low: ' or 'Check this: ' before those that are (what
        a reader reads)."""
        return [line.accessibleName() or line.text() for line in self.lines]

    def ask(self, kind: str) -> None:
        """The count or pack dialog, modal; a save is said beside the buttons (Undo there)."""
        names = self.names() if kind == COUNT else [v.supplement for v in self.views]
        if not names:
            return
        dialog = SupplyDialog(self, self.ctx, kind, names, self.views)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self.saved_note.said(saved)


__all__ = ["SupplyPanel"]
