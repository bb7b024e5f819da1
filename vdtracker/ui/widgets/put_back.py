"""The line above a form that says typing left unsaved was put back in it, with Discard."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...wording import arg


class PutBack(QFrame):
    """Hidden until say(); hides again once the entry is saved or discarded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        # no Alt letter: it shows on Today, Labs and Supplements, whose letters it would clash with
        self.discard = QPushButton(self.tr("Discard it"), self)
        self.discard.setToolTip(self.tr("Empty the form: what was typed is not saved"))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.discard)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.discard.setAccessibleName(arg(self.tr("Discard what was typed: %1"), text))
        self.show()
