"""What a screen reader is told: every editable list's text box on every page has a name, a blank
choice is read as "not set", and a status-bar notice is announced (and is the bar's name)."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from builders import log_pain
from conftest import TODAY
from real_event_helpers import click_seen, opened, row_buttons, undo_key
from real_event_kit import by_keys
from tests_ui_helpers import shown
from vdtracker.ui.answers import same
from vdtracker.ui.main_window import PAGES

NAME = QAccessible.Text.Name
SAID = Qt.ItemDataRole.AccessibleTextRole


def label_text(box: QComboBox) -> str:
    """The label of the form row (or the buddy label) that names `box`, found here by hand."""
    parent = box.parentWidget()
    while parent is not None:
        form = parent.layout()
        if isinstance(form, QFormLayout) and isinstance(form.labelForField(box), QLabel):
            return form.labelForField(box).text().replace("&", "")
        for label in parent.findChildren(QLabel):
            if same(label.buddy(), box):
                return label.text().replace("&", "")
        parent = parent.parentWidget()
    return ""


def test_every_editable_list_on_every_page_has_a_named_text_box(window):
    editable = 0
    for key in PAGES:
        page = shown(window, key)
        for box in page.findChildren(QComboBox):
            blanks = [i for i in range(box.count()) if not box.itemText(i).strip()]
            assert all(box.itemData(i, SAID) == "not set" for i in blanks), (key, box)
            line = box.lineEdit()
            if line is None or not box.isEditable():
                continue
            editable += 1
            wanted = box.accessibleName() or label_text(box)
            assert wanted, f"{key}: an editable list with neither a name nor a label"
            said = QAccessible.queryAccessibleInterface(line).text(NAME)
            assert said == wanted, (key, said, wanted)
    assert editable >= 4  # Today's where (pain, cramps, spasm), Supplements' name


def test_a_blank_choice_is_read_as_not_set(window):
    page = shown(window, "today")
    side = page.form.cramp_side
    assert side.itemText(0) == "" and side.itemData(0, SAID) == "not set"
    assert side.itemData(1, SAID) is None  # "left" is read as it is written


def test_a_closed_list_with_a_name_is_labelled_by_it(window):
    """Qt on Linux reads a closed list by its choice and its labels (AT-SPI LABELLED_BY),
    not its accessible name: one without a label of its own (the units beside an amount) is
    labelled by its name. A group box's title labels everything in it and does not count."""
    by_name = []
    for key in PAGES:
        page = shown(window, key)
        for box in page.findChildren(QComboBox):
            if box.isEditable():
                continue
            iface, around = QAccessible.queryAccessibleInterface(box), set()
            outer = iface.parent()
            while outer is not None and outer.isValid():
                around.add(outer.text(NAME))
                outer = outer.parent()
            labels = {label.text(NAME) for label, _ in
                      iface.relations(QAccessible.RelationFlag.Label)} - around
            assert labels, f"{key}: the list {box.currentText()!r} has no label of its own"
            if box.accessibleName() in labels:
                by_name.append((key, box.accessibleName()))
    assert ("supplements", "Unit of the dose") in by_name, by_name
    assert ("labs", "Unit as printed") in by_name, by_name


@pytest.fixture
def announced(monkeypatch):
    """The announcements sent to the screen reader, as Qt is handed them."""
    said: list[tuple[str, object]] = []
    real = QAccessible.updateAccessibility

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def test_a_status_bar_notice_is_announced_and_is_the_bars_name(request, ctx, qtbot, announced):
    """Delete an entry on Today with a click, undo it with Ctrl+Z: each notice saying so is in
    the status bar, is its accessible name, and is announced once, politely."""
    log_pain(ctx.services, 5, day=TODAY, today=TODAY, at=time(8, 30), region="neck")
    window = opened(request)
    page = shown(window, "today")
    qtbot.waitUntil(lambda: page.logged.text() == "Pain 5/10 — neck at 08:30")
    _, delete = row_buttons(page, "Pain 5/10")
    click_seen(delete)
    undo_key()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "")
    notice = bar.currentMessage()
    assert QAccessible.queryAccessibleInterface(bar).text(NAME) == notice
    assert notice == "Undone: Delete Pain 5/10 — neck"
    polite = QAccessible.AnnouncementPoliteness.Polite  # said after what the reader is saying
    assert announced == [("Deleted pain of 23 Nov 2026. Undo with Ctrl+Z.", polite),
                         (notice, polite)]  # each notice once, the delete's and the undo's


@pytest.mark.qt_log_ignore("This plugin does not support")  # the menu popup, offscreen
def test_the_message_bar_is_announced_with_the_status_bar(window, announced):
    """File ▸ Back up now by its keys: the sentence in full (message bar) and the short one
    (status bar) are both said."""
    by_keys(window, "f", "b")
    full = window.message_bar.text.text()
    short = window.statusBar().currentMessage()
    assert full.startswith("Backed up, and the copy checked") and short.startswith("Backed up to")
    assert sorted(m for m, _ in announced) == sorted([full, short])
