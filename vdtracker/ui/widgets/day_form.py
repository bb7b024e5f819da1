"""The day's symptom form: pain, last night's cramps, spasm episodes and a note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QLineEdit,
                               QSpinBox, QWidget)

from .score_field import ScoreField

PAIN_REGIONS = ("", "neck", "upper back", "mid back", "low back", "shoulders", "legs")
CRAMP_REGIONS = ("calf", "foot", "thigh")
SPASM_REGIONS = ("", "neck", "back", "legs", "face")


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
        t = self.tr
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)

        pain = QGroupBox(t("Pain today"), self)
        f = form(pain)
        self.pain = ScoreField(t("Pain today"), pain)
        self.pain_region = combo(PAIN_REGIONS, t("Where the pain is"), pain)
        f.addRow(t("&Pain (0–10)"), self.pain)
        f.addRow(t("W&here"), self.pain_region)
        lay.addWidget(pain, 0, 0)

        cramps = QGroupBox(t("Night-time leg cramps (last night)"), self)
        f = form(cramps)
        self.cramp_count = count_box(t("Number of cramps last night"), cramps, t("none"))
        self.cramp_severity = ScoreField(t("Worst cramp severity"), cramps)
        self.cramp_minutes = QSpinBox(cramps)
        self.cramp_minutes.setRange(0, 600)
        self.cramp_minutes.setSpecialValueText(t("not noted"))
        self.cramp_minutes.setSuffix(t(" min"))
        self.cramp_minutes.setAccessibleName(t("Longest cramp in minutes"))
        self.cramp_sleep = ScoreField(t("How much cramps disturbed sleep"), cramps)
        self.cramp_region = combo(CRAMP_REGIONS, t("Where the cramps were"), cramps)
        self.cramp_side = combo(("", "left", "right", "both"), t("Which side"), cramps, False)
        f.addRow(t("&Cramps"), self.cramp_count)
        f.addRow(t("Worst se&verity"), self.cramp_severity)
        f.addRow(t("&Longest"), self.cramp_minutes)
        f.addRow(t("Sleep &disturbed"), self.cramp_sleep)
        f.addRow(t("Whe&re"), self.cramp_region)
        f.addRow(t("Si&de"), self.cramp_side)
        lay.addWidget(cramps, 0, 1, 2, 1)

        spasm = QGroupBox(t("Muscle spasm today"), self)
        f = form(spasm)
        self.spasm_count = count_box(t("Number of spasm episodes today"), spasm, t("none"))
        self.spasm_severity = ScoreField(t("Spasm severity"), spasm)
        self.spasm_region = combo(SPASM_REGIONS, t("Where the spasm was"), spasm)
        f.addRow(t("&Episodes"), self.spasm_count)
        f.addRow(t("Sev&erity"), self.spasm_severity)
        f.addRow(t("Wher&e"), self.spasm_region)
        lay.addWidget(spasm, 1, 0)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(t("A note for the day (optional)"))
        self.note.setAccessibleName(t("Note for the day"))
        self.note.setMaxLength(2000)
        lay.addWidget(self.note, 2, 0, 1, 2)
        lay.setColumnStretch(0, 1)
        lay.setColumnStretch(1, 1)

        for w in (self.pain, self.cramp_severity, self.cramp_sleep, self.spasm_severity):
            w.changed.connect(self.changed)
        for box in (self.cramp_count, self.spasm_count, self.cramp_minutes):
            box.valueChanged.connect(self.changed)
        self.note.textChanged.connect(self.changed)

    def missing_reason(self) -> str | None:
        """Why there is nothing to save yet, or None when the form can be saved."""
        if self.pain.value() is None and not self.cramp_count.value() \
                and not self.spasm_count.value():
            if self.note.text().strip():
                return self.tr("To save a note, rate your pain or add a cramp or spasm.")
            return self.tr("Nothing to save yet: rate your pain or add a cramp or spasm.")
        if self.cramp_count.value() == 0 and (self.cramp_severity.value() is not None
                                              or self.cramp_sleep.value() is not None):
            return self.tr("Cramp severity is filled in: set how many cramps there were.")
        if self.spasm_count.value() == 0 and self.spasm_severity.value() is not None:
            return self.tr("Spasm severity is filled in: set how many episodes there were.")
        return None

    def clear(self) -> None:
        for w in (self.pain, self.cramp_severity, self.cramp_sleep, self.spasm_severity):
            w.clear()
        for box in (self.cramp_count, self.spasm_count, self.cramp_minutes):
            box.setValue(0)
        self.note.clear()
