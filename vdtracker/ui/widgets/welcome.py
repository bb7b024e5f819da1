"""First start: a short welcome on Today that leads to the first schedule and lab result."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...storage.errors import StorageError
from ..context import Context
from .fonts import emphasize


class Welcome(QFrame):
    """Shown while the diary has no schedule and no lab result; gone once it has either."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to your diary"), self)
        emphasize(title, 1.2)
        lay.addWidget(title)
        lines = (
            self.tr("Start with what your clinician gave you: the schedule on your prescription "
                    "and your latest lab report. Then log how you feel each day below."),
            self.tr("Each schedule has a phase, as your prescription puts it:"),
            self.tr("• Loading: a course for a set time, such as a number of weeks."),
            self.tr("• Maintenance: the schedule that follows a loading course, often with no "
                    "end date."),
            self.tr("• Ongoing: any other schedule you take regularly."),
            self.tr("Type doses exactly as prescribed: this diary never suggests a dose."),
        )
        for text in lines:
            label = QLabel(text, self)
            label.setWordWrap(True)
            lay.addWidget(label)
        row = QHBoxLayout()
        self.add_schedule = QPushButton(self.tr("&Add the first schedule from your "
                                                "prescription"), self)
        self.add_lab = QPushButton(self.tr("Add the first la&b result"), self)
        row.addWidget(self.add_schedule)
        row.addWidget(self.add_lab)
        row.addStretch(1)
        lay.addLayout(row)
        self.add_schedule.clicked.connect(lambda: self._open("supplements"))
        self.add_lab.clicked.connect(lambda: self._open("labs"))
        self.refresh()

    def _open(self, page: str) -> None:
        self.ctx.signals.open_page.emit(page)
        self.ctx.signals.focus_form.emit(page)

    def refresh(self) -> None:
        services = self.ctx.services
        try:
            empty = not services.regimens.list(self.ctx.today()) and not services.labs.list()
        except StorageError:  # Today says why; the welcome just stays out of the way
            empty = False
        self.setVisible(empty)
