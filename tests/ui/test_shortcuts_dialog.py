"""Help ▸ Keyboard shortcuts: F1 (and Ctrl+?) on the shown window lists every key the window has,
read from its actions and shortcuts, each with what it does; Escape closes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidget

from tests_ui_helpers import activate, press, when_shown
from vdtracker.ui.dialogs.shortcuts import ShortcutsDialog
from vdtracker.ui.main_window import PAGES, MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


def keys_of(standard: QKeySequence.StandardKey) -> str:
    return ", ".join(k.toString(NATIVE) for k in QKeySequence.keyBindings(standard))


def listed(dialog) -> dict[tuple[str, str], str]:
    """(group, keys) → what it does, read off the shown tree."""
    tree = dialog.findChild(QTreeWidget)
    out = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            row = group.child(j)
            out[(group.text(0), row.text(0))] = row.text(1)
    return out


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Question,
                                            Qt.KeyboardModifier.ControlModifier)])
def test_f1_lists_the_windows_keys_and_escape_closes_it(window, key, modifier):
    seen: list[dict] = []
    state: dict = {}

    def look(dialog):
        seen.append(listed(dialog))
        state["shown"] = dialog.isVisible()
        press(dialog, Qt.Key.Key_Escape)

    when_shown(ShortcutsDialog, look)
    QTest.keyClick(window, key, modifier)
    assert state["shown"]
    [rows] = seen
    # every key the window's own menus and shortcuts have, under where it works
    assert rows[("Today", "Ctrl+S, Ctrl+Return")] == "Save what is typed for the day"
    assert rows[("Labs", "Ctrl+S, Ctrl+Return")] == "Save the result typed"
    assert rows[("Supplements", "Ctrl+S, Ctrl+Return")] == "Save the schedule typed"
    assert rows[("Today", "Alt+Left")] == "The day before"
    assert rows[("Today", "Alt+Right")] == "The day after (never past today)"
    undo = keys_of(QKeySequence.StandardKey.Undo)  # Ctrl+Z, and more where the desktop has
    assert undo.startswith("Ctrl+Z") and rows[("Everywhere", undo)] == "Edit ▸ Undo"
    assert rows[("Everywhere", "Ctrl+Shift+Z, Ctrl+Y")] == "Edit ▸ Redo"
    assert rows[("Everywhere", "F1, Ctrl+?")] == "Help ▸ Keyboard shortcuts"
    assert rows[("Everywhere", "F10")] == "Open the menu bar"
    for i, page in enumerate(("Today", "History", "Trends", "Supplements", "Labs",
                              "Settings"), 1):
        assert rows[("Everywhere", f"Ctrl+{i}")] == f"Go ▸ {page}"
    assert rows[("In forms and questions", "Escape")]
    groups = list(dict.fromkeys(g for g, _ in rows))
    assert groups == ["Everywhere", "Today", "History", "Supplements", "Labs",
                      "In forms and questions"]  # the pages in the sidebar's order
    assert not window.findChildren(ShortcutsDialog) or not any(
        d.isVisible() for d in window.findChildren(ShortcutsDialog))


def test_no_key_the_window_has_is_left_out_or_unexplained(window):
    """Read independently of the dialog: every action with a key and every QShortcut of every
    page is a row, and no row lacks what it does."""
    for key in PAGES:
        window.page(key)
    dialog = ShortcutsDialog(window, window.pages, window.titles)
    rows = dialog.rows
    assert all(what for _, _, what in rows), [r for r in rows if not r[2]]
    keys = {k for _, joined, _ in rows for k in joined.split(", ")}
    wanted = {s.toString(NATIVE) for a in window.findChildren(QAction) for s in a.shortcuts()}
    wanted |= {s.key().toString(NATIVE) for s in window.findChildren(QShortcut)}
    assert wanted and wanted <= keys, wanted - keys
    assert {"Ctrl+P", "Del", "Ctrl+Q"} <= keys  # print, delete on History and Labs, quit
    dialog.deleteLater()


CATALOGUE = Path(__file__).parents[2] / "vdtracker" / "i18n" / "vdtracker_de.qm"


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    """The German catalogue installed while the window is built (as under LANG=de_DE)."""
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
    window.show()
    activate(window)
    return window


def test_draw_the_shortcuts_dialog(built, language, shots):
    """docs/screenshots/shortcuts-<lang>.png under `make screenshots`, to be looked at."""
    out = shots / f"shortcuts-{language}.png"

    def draw(dialog):
        QApplication.processEvents()
        assert dialog.grab().save(str(out))
        press(dialog, Qt.Key.Key_Escape)

    when_shown(ShortcutsDialog, draw)
    QTest.keyClick(built, Qt.Key.Key_F1)
    assert out.exists()
