"""A welcome on Today that leads to the first schedule and the first lab result: it stays until
both are in, each step ticked once done (after the first, only the steps remain, in a line)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...storage.errors import StorageError
from ..context import Context
from .fonts import emphasize

TICK, OPEN = "✓", "○"


class Step(QWidget):
    """A step: ○ and the button that does it, or once done, ✓ and what was done."""

    def __init__(self, done: str, button: QPushButton, parent: QWidget) -> None:
        super().__init__(parent)
        self.done_text, self.button = done, button
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.mark = QLabel(self)
        self.mark.setFixedWidth(self.mark.fontMetrics().horizontalAdvance("MM"))
        emphasize(self.mark)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        button.setParent(self)
        self.label.setText(done)
        lay.addWidget(self.mark)
        lay.addWidget(self.label)
        lay.addWidget(button)
        lay.addStretch(1)
        self.set_done(False)

    def set_done(self, done: bool) -> None:
        self.done = done
        self.mark.setText(TICK if done else OPEN)
        self.mark.setAccessibleName(self.tr("Done") if done else self.tr("To do"))
        self.label.setVisible(done)
        self.button.setVisible(not done)


class Welcome(QFrame):
    """Shown until the diary has a schedule and a lab result; the steps done are ticked."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.title = QLabel(self.tr("Welcome to your diary"), self)
        emphasize(self.title, 1.2)
        lay.addWidget(self.title)
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
        self.intro: list[QLabel] = []  # said on the first start; once a step is done, the steps
        for text in lines:
            label = QLabel(text, self)
            label.setWordWrap(True)
            lay.addWidget(label)
            self.intro.append(label)
        self.add_schedule = QPushButton(self.tr("&Add the first schedule from your "
                                                "prescription"), self)
        self.add_lab = QPushButton(self.tr("Add the first la&b result"), self)
        self.schedule_step = Step(self.tr("First schedule saved"), self.add_schedule, self)
        self.lab_step = Step(self.tr("First lab result saved"), self.add_lab, self)
        lay.addWidget(self.schedule_step)
        lay.addWidget(self.lab_step)
        self.add_schedule.clicked.connect(lambda: self._open("supplements"))
        self.add_lab.clicked.connect(lambda: self._open("labs"))
        self.refresh()

    def _open(self, page: str) -> None:
        self.ctx.signals.open_page.emit(page)
        self.ctx.signals.focus_form.emit(page)

    def refresh(self) -> None:
        services = self.ctx.services
        try:
            schedule = services.history.any("regimen")
            lab = services.history.any("lab")
        except StorageError:  # Today says why; the welcome just stays out of the way
            self.setVisible(False)
            return
        self.schedule_step.set_done(schedule)
        self.lab_step.set_done(lab)
        for label in self.intro:
            label.setVisible(not (schedule or lab))
        self.setVisible(not (schedule and lab))
