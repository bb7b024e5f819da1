"""The day's symptom form: pain, last night's cramps, spasm episodes and a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from .score_field import ScoreField


def combo(items: tuple[str, ...], name: str, parent: QWidget, editable: bool = True) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(editable)
    box.addItems(list(items))
    box.setAccessibleName(name)
    box.setMinimumContentsLength(12)
    return box


def form(box: QGroupBox) -> QFormLayout:
    """Number boxes keep their natural width; sliders and text fields take the rest."""
    f = QFormLayout(box)
    f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return f


def count_box(name: str, parent: QWidget, none_text: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 200)
    box.setSpecialValueText(none_text)
    box.setAccessibleName(name)
    return box


class DayForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

        pain = QGroupBox(self.tr("Pain today"), self)
        f = form(pain)
        self.pain = ScoreField(self.tr("Pain today"), pain)
        # suggestions only, in the user's words: what is typed is stored as typed
        self.pain_region = combo(("", self.tr("neck"), self.tr("upper back"), self.tr("mid back"),
                                  self.tr("low back"), self.tr("shoulders"), self.tr("legs")),
                                 self.tr("Where the pain is"), pain)
        f.addRow(self.tr("&Pain (0–10)"), self.pain)
        f.addRow(self.tr("W&here"), self.pain_region)
        lay.addWidget(pain, 0, 0)

        cramps = QGroupBox(self.tr("Night-time leg cramps (last night)"), self)
        f = form(cramps)
        self.cramp_count = count_box(self.tr("Number of cramps last night"), cramps,
                                     self.tr("none"))
        self.cramp_severity = ScoreField(self.tr("Worst cramp severity"), cramps)
        self.cramp_minutes = QSpinBox(cramps)
        self.cramp_minutes.setRange(0, 600)
        self.cramp_minutes.setSpecialValueText(self.tr("not noted"))
        self.cramp_minutes.setSuffix(self.tr(" min"))
        self.cramp_minutes.setAccessibleName(self.tr("Longest cramp in minutes"))
        self.cramp_sleep = ScoreField(self.tr("How much cramps disturbed sleep"), cramps)
        self.cramp_region = combo(("", self.tr("calf"), self.tr("foot"), self.tr("thigh")),
                                  self.tr("Where the cramps were"), cramps)
        self.cramp_side = combo((), self.tr("Which side"), cramps, False)
        for text, key in (("", None), (self.tr("left"), "left"), (self.tr("right"), "right"),
                          (self.tr("both sides"), "both")):
            self.cramp_side.addItem(text, key)  # shown in the user's words, stored as the key
        f.addRow(self.tr("&Cramps"), self.cramp_count)
        f.addRow(self.tr("Worst se&verity"), self.cramp_severity)
        f.addRow(self.tr("&Longest"), self.cramp_minutes)
        f.addRow(self.tr("Sleep &disturbed"), self.cramp_sleep)
        f.addRow(self.tr("Whe&re"), self.cramp_region)
        f.addRow(self.tr("S&ide"), self.cramp_side)
        lay.addWidget(cramps, 0, 1, 2, 1)

        spasm = QGroupBox(self.tr("Muscle spasm today"), self)
        f = form(spasm)
        self.spasm_count = count_box(self.tr("Number of spasm episodes today"), spasm,
                                     self.tr("none"))
        self.spasm_severity = ScoreField(self.tr("Spasm severity"), spasm)
        self.spasm_region = combo(("", self.tr("neck"), self.tr("back"), self.tr("legs"),
                                   self.tr("face")), self.tr("Where the spasm was"), spasm)
        f.addRow(self.tr("Epis&odes"), self.spasm_count)
        f.addRow(self.tr("Severit&y"), self.spasm_severity)
        f.addRow(self.tr("&Where"), self.spasm_region)
        lay.addWidget(spasm, 1, 0)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("A note for the day (optional)"))
        self.note.setAccessibleName(self.tr("Note for the day"))
        self.note.setMaxLength(2000)
        lay.addWidget(self.note, 2, 0, 1, 2)
        lay.setColumnStretch(0, 1)
        lay.setColumnStretch(1, 1)

        for w in (self.pain, self.cramp_severity, self.cramp_sleep, self.spasm_severity):
            w.changed.connect(self.changed)
        for box in (self.cramp_count, self.spasm_count, self.cramp_minutes):
            box.valueChanged.connect(self.changed)
        self.note.textChanged.connect(self.changed)

    def fields(self) -> dict[str, tuple[str, QWidget]]:
        """Each field of the day entry with the label the form shows for it."""
        return {
            "pain": (self.tr("Pain (0–10)"), self.pain),
            "pain_region": (self.tr("Where"), self.pain_region),
            "cramp_count": (self.tr("Cramps"), self.cramp_count),
            "cramp_severity": (self.tr("Worst severity"), self.cramp_severity),
            "cramp_duration": (self.tr("Longest"), self.cramp_minutes),
            "cramp_sleep": (self.tr("Sleep disturbed"), self.cramp_sleep),
            "cramp_region": (self.tr("Where"), self.cramp_region),
            "cramp_side": (self.tr("Side"), self.cramp_side),
            "spasm_count": (self.tr("Episodes"), self.spasm_count),
            "spasm_severity": (self.tr("Severity"), self.spasm_severity),
            "spasm_region": (self.tr("Where"), self.spasm_region),
            "note": (self.tr("Note for the day"), self.note),
        }

    def is_empty(self) -> bool:
        """Nothing typed or chosen anywhere in the form (as after clear())."""
        ratings = (self.pain, self.cramp_severity, self.cramp_sleep, self.spasm_severity)
        counts = (self.cramp_count, self.spasm_count, self.cramp_minutes)
        texts = (self.pain_region.currentText(), self.cramp_region.currentText(),
                 self.spasm_region.currentText(), self.note.text())
        return (all(w.value() is None and not w.problem() for w in ratings)
                and all(b.value() == 0 for b in counts) and not any(t.strip() for t in texts)
                and self.cramp_side.currentData() is None)

    def clear(self) -> None:
        for w in (self.pain, self.cramp_severity, self.cramp_sleep, self.spasm_severity):
            w.clear()
        for box in (self.cramp_count, self.spasm_count, self.cramp_minutes):
            box.setValue(0)
        for where in (self.pain_region, self.cramp_region, self.spasm_region, self.cramp_side):
            where.setCurrentIndex(0)  # the empty first choice: nothing guessed
            if where.isEditable():
                where.setEditText("")
        self.note.clear()
