"""Why the patient stopped a schedule (domain.breaks.WHY), chosen in their words; optional."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...domain.breaks import WHY


class WhyBox(QComboBox):
    """'Not said' first; then one item per reason, in WHY's order. `why()` is the stored word
    (None when not said). 'I had stopped taking it' and 'Stop early' offer the same choices."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        words = {"ran-out": self.tr("I ran out"), "side-effects": self.tr("Side effects"),
                 "felt-better": self.tr("I felt better"),
                 "clinician": self.tr("My clinician said so"),
                 "other": self.tr("Another reason")}
        self.addItem(self.tr("Not said"), "")
        for key in WHY:
            self.addItem(words[key], key)
        self.setAccessibleName(self.tr("Why you stopped"))

    def why(self) -> str | None:
        key = self.currentData()
        return str(key) if key else None
