"""The day's symptom form: pain, last night's cramps, spasm episodes and a note."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from .score_field import ScoreField
from .typed_boxes import CountField


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


class DayForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)

        pain = QGroupBox(self.tr("Pain today"), self)
        f = form(pain)
        self.pain = ScoreField(self.tr("Pain today"), pain)
        # suggestions only, in the user's words: what is typed is stored as typed
        self.pain_region = combo(("", self.tr("neck"), self.tr("upper back"), self.tr("mid back"),
                                  self.tr("low back"), self.tr("shoulders"), self.tr("legs")),
                                 self.tr("Where the pain is"), pain)
        f.addRow(self.tr("&Pain (0–10)"), self.pain)
        f.addRow(self.tr("W&here"), self.pain_region)

        cramps = QGroupBox(self.tr("Night-time leg cramps (last night)"), self)
        f = form(cramps)
        self.cramp_count = CountField(self.tr("Number of cramps last night"), cramps, 200,
                                      self.tr("none"))
        self.cramp_severity = ScoreField(self.tr("Worst cramp severity"), cramps)
        self.cramp_minutes = CountField(self.tr("Longest cramp in minutes"), cramps, 600,
                                        self.tr("not noted"), self.tr(" min"))
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

        spasm = QGroupBox(self.tr("Muscle spasm today"), self)
        f = form(spasm)
        self.spasm_count = CountField(self.tr("Number of spasm episodes today"), spasm, 200,
                                      self.tr("none"))
        self.spasm_severity = ScoreField(self.tr("Spasm severity"), spasm)
        self.spasm_region = combo(("", self.tr("neck"), self.tr("back"), self.tr("legs"),
                                   self.tr("face")), self.tr("Where the spasm was"), spasm)
        f.addRow(self.tr("Epis&odes"), self.spasm_count)
        f.addRow(self.tr("Severit&y"), self.spasm_severity)
        f.addRow(self.tr("&Where"), self.spasm_region)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("A note for the day (optional)"))
        self.note.setAccessibleName(self.tr("Note for the day"))
        self.note.setMaxLength(2000)
        self.boxes = (pain, cramps, spasm)
        self.one_column = False
        self._arrange(False)

        for w in (self.pain, self.cramp_severity, self.cramp_sleep, self.spasm_severity,
                  self.cramp_count, self.spasm_count, self.cramp_minutes):
            w.changed.connect(self.changed)
        for where in (self.pain_region, self.cramp_region, self.spasm_region):
            where.currentTextChanged.connect(self.changed)  # kept in the draft as typed
        self.cramp_side.currentIndexChanged.connect(self.changed)
        self.note.textChanged.connect(self.changed)

    def _arrange(self, one_column: bool) -> None:
        """Pain and spasm on the left, cramps on the right; in one column (a narrow window,
        large text) pain, cramps, spasm, as Tab goes, and nothing scrolls sideways."""
        lay, (pain, cramps, spasm) = self.grid, self.boxes
        places = ([(pain, 0, 0, 1, 1), (cramps, 1, 0, 1, 1), (spasm, 2, 0, 1, 1),
                   (self.note, 3, 0, 1, 1)] if one_column else
                  [(pain, 0, 0, 1, 1), (cramps, 0, 1, 2, 1), (spasm, 1, 0, 1, 1),
                   (self.note, 2, 0, 1, 2)])
        for w, *at in places:
            lay.removeWidget(w)
            lay.addWidget(w, *at)
        lay.setColumnStretch(1, 0 if one_column else 1)
        lay.setColumnStretch(0, 1)
        self.one_column = one_column

    def _two_columns(self) -> int:
        """The width the two columns need side by side."""
        pain, cramps, spasm = self.boxes
        left = max(pain.minimumSizeHint().width(), spasm.minimumSizeHint().width())
        return left + cramps.minimumSizeHint().width() + max(self.grid.horizontalSpacing(), 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column: resizeEvent puts the boxes in one when the two do not fit."""
        hint = super().minimumSizeHint()
        one = max(box.minimumSizeHint().width() for box in self.boxes)
        return QSize(min(hint.width(), one), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        one_column = event.size().width() < self._two_columns()
        if one_column != self.one_column:
            self._arrange(one_column)
        super().resizeEvent(event)

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
                and all(b.value() == 0 and not b.problem() for b in counts)
                and not any(t.strip() for t in texts) and self.cramp_side.currentData() is None)

    def load(self, kind: str, p: Mapping[str, Any], note: str | None) -> None:
        """A saved pain, cramp or spasm entry (its summary's parameters) back in the form, in
        the boxes it was typed in; everything else emptied."""
        self.clear()
        if kind == "pain":
            self.pain.set_value(p["score"])
            self.pain_region.setCurrentText(p["region"] or "")
        elif kind == "cramp":
            self.cramp_count.setValue(p["count"])
            self.cramp_severity.set_value(p["severity"])
            self.cramp_minutes.setValue(int(p["longest_min"] or 0))
            self.cramp_sleep.set_value(p["sleep"])
            self.cramp_region.setCurrentText(p["region"] or "")
            self.cramp_side.setCurrentIndex(max(self.cramp_side.findData(p["side"]), 0))
        else:
            self.spasm_count.setValue(p["count"])
            self.spasm_severity.set_value(p["severity"])
            self.spasm_region.setCurrentText(p["region"] or "")
        if note:
            self.note.setText(note)

    def refused(self) -> tuple[str, str] | None:
        """The first box holding a refused keystroke: its label and what it takes ("0 to 10")."""
        for label, w in self.fields().values():
            if isinstance(w, ScoreField | CountField) and w.problem():
                return label.replace("&", ""), w.takes()
        return None

    def values(self) -> dict[str, object]:
        """Everything the form holds, as plain values (a draft kept while it is typed). A box
        whose last keystroke was refused ("300" shown as 30) is kept as empty: put back as 30,
        with nothing said beside it, it could be saved as a number nobody typed."""
        texts = {key: w.currentText() for key, w in (
            ("pain_region", self.pain_region), ("cramp_region", self.cramp_region),
            ("spasm_region", self.spasm_region))}
        def rating(w: ScoreField) -> float | None:
            return None if w.problem() else w.value()

        def count(w: CountField) -> int:
            return 0 if w.problem() else w.value()
        return {"pain": rating(self.pain), "cramp_count": count(self.cramp_count),
                "cramp_severity": rating(self.cramp_severity),
                "cramp_minutes": count(self.cramp_minutes),
                "cramp_sleep": rating(self.cramp_sleep),
                "cramp_side": self.cramp_side.currentData(),
                "spasm_count": count(self.spasm_count),
                "spasm_severity": rating(self.spasm_severity), "note": self.note.text(),
                **texts}

    def set_values(self, v: Mapping[str, object]) -> None:
        """Fill the form from values() (a value of the wrong type is left empty)."""
        self.clear()
        for key, rating in (("pain", self.pain), ("cramp_severity", self.cramp_severity),
                            ("cramp_sleep", self.cramp_sleep),
                            ("spasm_severity", self.spasm_severity)):
            got = v.get(key)
            if isinstance(got, int | float) and not isinstance(got, bool) and 0 <= got <= 10:
                rating.set_value(float(got))
        for key, count in (("cramp_count", self.cramp_count), ("spasm_count", self.spasm_count),
                           ("cramp_minutes", self.cramp_minutes)):
            got = v.get(key)
            if isinstance(got, int) and not isinstance(got, bool):
                count.setValue(got)
        for key, where in (("pain_region", self.pain_region), ("cramp_region", self.cramp_region),
                           ("spasm_region", self.spasm_region)):
            got = v.get(key)
            if isinstance(got, str):
                where.setCurrentText(got)
        self.cramp_side.setCurrentIndex(max(self.cramp_side.findData(v.get("cramp_side")), 0))
        note = v.get("note")
        if isinstance(note, str):
            self.note.setText(note)

    def clear(self) -> None:
        for w in (self.pain, self.cramp_severity, self.cramp_sleep, self.spasm_severity):
            w.clear()
        for box in (self.cramp_count, self.spasm_count, self.cramp_minutes):
            box.setValue(0)
        for where in (self.pain_region, self.cramp_region, self.spasm_region, self.cramp_side):
            where.setCurrentIndex(0)  # the empty first choice: nothing guessed
            if where.isEditable():
                where.setEditText("")
        self.note.setText("")  # setText, not clear(): Ctrl+Z must not bring a saved note back
