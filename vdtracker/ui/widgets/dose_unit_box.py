"""The dose-unit drop-down (shown as packs print it: I.E. and µg in German; kept as stored: IU,
mcg, mg), and a form label whose Alt+letter moves to its field."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ...domain.errors import InvalidInput
from ...domain.units import DOSE_UNIT_ORDER, canonical_dose_unit
from ...wording import Wording
from ..window_words import window_wording


class DoseUnitBox(QComboBox):
    def __init__(self, parent: QWidget | None, words: Wording | None = None) -> None:
        super().__init__(parent)
        words = words or window_wording()
        for unit in DOSE_UNIT_ORDER:
            self.addItem(words.common.unit(unit), unit)

    def unit(self) -> str:
        """The chosen unit as stored (IU, mcg, mg), whatever the language shows."""
        return str(self.currentData())

    def set_unit(self, unit: str) -> None:
        """Choose `unit` as stored or typed ("IU", "I.E.", "µg"); one that is none of ours
        (an old draft's) leaves the choice as it is."""
        with contextlib.suppress(InvalidInput):
            found = self.findData(canonical_dose_unit(unit))
            if found >= 0:
                self.setCurrentIndex(found)


def buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A form label whose &-mnemonic moves focus to `buddy` (rows whose field is a layout)."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


__all__ = ["DoseUnitBox", "buddy_label"]
