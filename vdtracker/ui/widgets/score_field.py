"""A 0-10 rating with one decimal: a slider and a number box that follow each other."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

from ...wording import arg

UNRATED = -0.1


class ScoreField(QWidget):
    """value() is None until the user rates; the spin box shows "not rated" until then."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(name)
        # Keyboard users type the number; one Tab stop per rating keeps a day's entry quick.
        self.slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.spin = QDoubleSpinBox(self)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setRange(UNRATED if optional else 0.0, 10.0)
        if optional:
            self.spin.setSpecialValueText(self.tr("not rated"))
        self.spin.setSuffix(" / 10")
        self.spin.setAccessibleName(arg(self.tr("%1, number from 0 to 10"), name))
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("not rated") + 48)
        self.spin.setValue(self.spin.minimum())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.spin)
        self.setFocusProxy(self.spin)
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(self._from_spin)

    def _from_slider(self, v: int) -> None:
        if abs(self.spin.value() - v / 10) > 1e-9:
            self.spin.setValue(v / 10)

    def _from_spin(self, v: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(max(v, 0) * 10))
        self.slider.blockSignals(False)
        self.changed.emit()

    def value(self) -> float | None:
        v = self.spin.value()
        return None if v < 0 else round(v, 1)

    def set_value(self, v: float | None) -> None:
        self.spin.setValue(self.spin.minimum() if v is None else v)

    def clear(self) -> None:
        self.set_value(None)
