"""The quit question and the Settings page each have an Alt+letter on every control, once, in
English and German (pressed, it does what the button says or reaches the field), and every page
in the sidebar has an icon drawn in the theme's text colour, light and dark."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from real_event_helpers import alt
from test_keys_and_dates import controls_keys, keys_on, mnemonic
from tests_ui_helpers import activate, shown, when_shown
from vdtracker.ui.answers import same
from vdtracker.ui.leaving import UnsavedQuestion
from vdtracker.ui.main_window import PAGES, MainWindow

CATALOGUE = Path(__file__).parents[2] / "vdtracker" / "i18n" / "vdtracker_de.qm"


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    if request.param == "en":
        yield "en"
        return
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    qapp.installTranslator(translator)
    yield "de"
    qapp.removeTranslator(translator)


@pytest.fixture
def built(qtbot, ctx, language):
    """The window built in that language (every page's words are made as it is built)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "quitting", True))
    window.resize(1024, 640)
    window.show()
    activate(window)
    return window


def test_the_quit_question_has_an_alt_letter_on_each_button(built, qtbot, language):
    box = UnsavedQuestion(built, "The entry typed on Today is not saved yet.")
    qtbot.addWidget(box)
    box.show()
    texts = [b.text() for b in box.buttons()]
    assert all(mnemonic(t) for t in texts), f"a button without an Alt+letter ({language}): {texts}"
    clashes = {k: v for k, v in controls_keys(box, box, {}).items() if len(v) > 1}
    assert not clashes, clashes
    box.close()


def test_alt_letter_discards_in_the_quit_question(built, qtbot, language):
    """The letter read off the Discard button, pressed: the answer is Discard."""
    answers = []

    def answer(box: QMessageBox) -> None:
        discard = box.button(QMessageBox.StandardButton.Discard)
        alt(mnemonic(discard.text()), box)

    when_shown(UnsavedQuestion, answer)
    answers.append(UnsavedQuestion(built, "The entry typed on Today is not saved yet.").exec())
    assert answers == [QMessageBox.StandardButton.Discard]


def test_every_setting_has_its_own_alt_letter_that_reaches_it(built, language):
    page = shown(built, "settings")
    controls = [w for kind in (QComboBox, QLineEdit, QCheckBox) for w in page.findChildren(kind)
                if w.isVisibleTo(built) and not isinstance(w.parent(), QComboBox)]
    form = page.layout()
    assert isinstance(form, QFormLayout)
    letters = {}
    for control in controls:
        if isinstance(control, QCheckBox):
            text = control.text()
        else:
            label = form.labelForField(control)
            assert isinstance(label, QLabel), f"{control.accessibleName()!r} has no label"
            text = label.text()
        key = mnemonic(text)
        assert key, f"no Alt+letter for {text!r} ({language})"
        letters[key] = control
    clashes = {k: v for k, v in keys_on(built, page).items() if len(v) > 1}
    assert not clashes, f"Alt+letter used twice on Settings ({language}): {clashes}"
    for key, control in letters.items():
        if isinstance(control, QCheckBox):
            continue  # Alt+letter would toggle a real setting (the login entry)
        alt(key, built)
        assert same(QApplication.focusWidget(), control), (key, control.accessibleName())


def lit(pixmap, colour: QColor) -> int:
    """How many pixels of the icon are drawn in about that colour."""
    image = pixmap.toImage()
    n = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() > 200 and abs(c.lightness() - colour.lightness()) < 40:
                n += 1
    return n


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_every_page_in_the_sidebar_has_an_icon_in_the_text_colour(built, qapp, shots):
    from render_screens import dark_palette

    for name, palette in (("light", QPalette(qapp.palette())), ("dark", dark_palette())):
        built.nav.setPalette(palette)
        text = palette.color(QPalette.ColorRole.WindowText)
        size = built.nav.iconSize()
        assert size.height() >= built.nav.fontMetrics().height()
        for i, key in enumerate(PAGES):
            icon = built.nav.item(i).icon()
            assert not icon.isNull(), f"{key} has no icon"
            drawn = icon.pixmap(size)
            assert lit(drawn, text) > size.width(), f"{key}'s icon is not in the text colour"
        built.nav.grab().save(str(shots / f"sidebar-{name}.png"))
