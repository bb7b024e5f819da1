"""A 0-10 rating with one decimal: a slider and a number box that follow each other, and a cue
beside them: the slider's fill and a word (none, mild, moderate, severe) in a calm colour from
green through amber to red. The word says it too: colour is never alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSlider, QWidget

from ...wording import arg
from ..locale_numbers import format_number, parse_number, shown_in
from .tones import AMBER, GREEN, RED, pick, tinted
from .typed_boxes import typed_text

UNRATED = -0.1


def cue_colour(value: float, palette: QPalette) -> QColor:
    """The colour of a rating: green to amber over 0-5, amber to red over 5-10."""
    low, high = (GREEN, AMBER) if value <= 5 else (AMBER, RED)
    amount = (min(max(value, 0.0), 10.0) - (0 if value <= 5 else 5)) / 5
    return tinted(pick(low, palette), pick(high, palette), amount)


class RatingBox(QDoubleSpinBox):
    """The number box: says when what is typed cannot be a rating (11 is refused out loud,
    never silently kept as 1), Delete clears it to "not rated", whole numbers show as "7 / 10"."""

    refused = Signal(str)  # the text Qt would not take, from a keystroke of the user's

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.typing = False  # only a typed character is refused out loud, not an Alt+letter

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        answer = super().validate(text, pos)
        if answer[0] == QValidator.State.Invalid and self.typing:
            self.refused.emit(text)
        return answer

    def textFromValue(self, value: float) -> str:
        return format_number(round(value, 1), shown_in(self.locale()))

    def valueFromText(self, text: str) -> float:
        try:
            read = parse_number(text.removesuffix(self.suffix()).strip(), self.locale())
        except ValueError:
            read = None
        return self.value() if read is None else read

    def unrated(self) -> bool:
        return self.minimum() < 0 and self.value() < 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        optional = self.minimum() < 0
        empty = not self.cleanText().strip()
        if optional and (event.key() == Qt.Key.Key_Delete
                         or (event.key() == Qt.Key.Key_Backspace and (empty or self.unrated()))):
            self.setValue(self.minimum())
            self.selectAll()
            return
        if self.unrated() and event.text()[:1].isdigit():
            self.selectAll()  # the first digit replaces "not rated" wherever the cursor is
        self.typing = typed_text(event)
        try:
            super().keyPressEvent(event)
        finally:
            self.typing = False


class ScoreField(QWidget):
    """value() is None until the user rates; the box shows "not rated" (grey, italic) until then."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(10)
        self.slider.setAccessibleName(name)
        # Keyboard users type the number; one Tab stop per rating keeps a day's entry quick.
        self.slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.spin = RatingBox(self)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setRange(UNRATED if optional else 0.0, 10.0)
        if optional:
            self.spin.setSpecialValueText(self.tr("not rated"))
            self.spin.setToolTip(self.tr("0 to 10; Delete clears it back to \"not rated\""))
        self.spin.setSuffix(" / 10")
        self.spin.setAccessibleName(arg(self.tr("%1, number from 0 to 10"), name))
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("not rated") + 48)
        self.spin.setValue(self.spin.minimum())
        self.cue = QLabel(self)  # the rating in a word, in its colour
        self.cue.setMinimumWidth(max(self.cue.fontMetrics().horizontalAdvance(w + "M")
                                     for w in self._words()))
        self.hint = QLabel(self)  # said beside the box: what a rating can be
        self.hint.setStyleSheet("color: #c0392b;")
        self.hint.hide()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.spin)
        lay.addWidget(self.cue)
        lay.addWidget(self.hint)
        self.setFocusProxy(self.spin)
        # A label's mnemonic (Alt+P) gives focus only to a buddy that takes focus itself; Tab
        # still stops once, on the number box (a widget with a focus proxy is skipped).
        self.setFocusPolicy(self.spin.focusPolicy())
        self.slider.valueChanged.connect(self._from_slider)
        self.spin.valueChanged.connect(self._from_spin)
        self.spin.refused.connect(self._refused)
        # a refused keystroke (the second 1 of "11") leaves "1" in the box: until the text is
        # changed again, the field says so and a save refuses to take the 1
        self.spin.lineEdit().textEdited.connect(self._retyped)
        self._look()

    def _from_slider(self, v: int) -> None:
        if abs(self.spin.value() - v / 10) > 1e-9:
            self.spin.setValue(v / 10)

    def _from_spin(self, v: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(max(v, 0) * 10))
        self.slider.blockSignals(False)
        self._look()
        self.changed.emit()

    def _refused(self, text: str) -> None:
        self.hint.setText(arg(self.tr("0 to 10, e.g. %1"),
                              format_number(6.5, shown_in(self.spin.locale()))))
        if self.hint.isHidden():
            self.hint.show()
            self.changed.emit()

    def _retyped(self) -> None:
        if not self.spin.cleanText().strip() and not self.spin.unrated():
            # emptied (Backspace over a selected "3"): "not rated" on screen and underneath,
            # never the 3 it showed before
            self.spin.setValue(self.spin.minimum())
            self.spin.selectAll()
        if not self.hint.isHidden():
            self.hint.hide()
            self.changed.emit()

    def takes(self) -> str:
        return arg(self.tr("0 to %1"), format_number(10, shown_in(self.spin.locale())))

    def problem(self) -> str | None:
        """What was typed and refused ("11"): the box still shows what it kept before."""
        return None if self.hint.isHidden() else self.hint.text()

    def _words(self) -> tuple[str, str, str, str]:
        return self.tr("none"), self.tr("mild"), self.tr("moderate"), self.tr("severe")

    def word(self) -> str:
        """The rating in a word ('' until rated): 0 none, under 4 mild, under 7 moderate
        (the usual bands of a 0-10 pain scale), then severe."""
        v = self.value()
        if v is None:
            return ""
        return self._words()[0 if v == 0 else 1 if v < 4 else 2 if v < 7 else 3]

    def _look(self) -> None:
        """"not rated" is grey and italic, so it never reads as a rating of 0; a rating has
        its cue (the slider's fill and the word beside the box)."""
        v = self.value()
        slider, cue = QPalette(), QPalette()  # only the roles set here: the rest inherited
        if v is not None:
            colour = cue_colour(v, self.palette())
            slider.setColor(QPalette.ColorRole.Highlight, colour)
            cue.setColor(QPalette.ColorRole.WindowText, colour)
        self.slider.setPalette(slider)
        self.cue.setPalette(cue)
        self.cue.setText(self.word())
        self.spin.setAccessibleDescription(self.word())
        unrated = self.spin.unrated()
        font = self.spin.font()
        font.setItalic(unrated)
        self.spin.lineEdit().setFont(font)
        palette = self.palette()
        if unrated:
            palette.setColor(QPalette.ColorRole.Text,
                             palette.color(QPalette.ColorRole.PlaceholderText))
        self.spin.lineEdit().setPalette(palette)

    def value(self) -> float | None:
        v = self.spin.value()
        return None if v < 0 else round(v, 1)

    def set_value(self, v: float | None) -> None:
        self.hint.hide()
        self.spin.setValue(self.spin.minimum() if v is None else v)

    def clear(self) -> None:
        self.set_value(None)
