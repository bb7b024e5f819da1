"""What a screen reader is told: the text box inside an editable list is named as its list, a
blank "not set" choice is read as "not set", and a status-bar notice is announced."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QStatusBar, QWidget

from .answers import same

NOTICE_MS = 15000  # how long a notice stays in the status bar


def not_set() -> str:
    return QCoreApplication.translate("Speaking", "not set")


def label_of(box: QWidget) -> str:
    """The text of the label naming `box`: a form row's, or one whose buddy it is."""
    parent = box.parentWidget()
    while parent is not None:
        form = parent.layout()
        if isinstance(form, QFormLayout):
            label = form.labelForField(box)
            if isinstance(label, QLabel):
                return label.text().replace("&", "")
        for label in parent.findChildren(QLabel):
            if same(label.buddy(), box):
                return label.text().replace("&", "")
        parent = parent.parentWidget()
    return ""


def name_lists(root: QWidget) -> None:
    """Every editable list under `root` gets its text box named (the list's accessible name,
    else its label's text), a closed list with a name but no label is labelled by its name,
    and every blank choice is read as "not set"."""
    for box in root.findChildren(QComboBox):
        line = box.lineEdit()
        if line is not None and not line.accessibleName():
            line.setAccessibleName(box.accessibleName() or label_of(box))
        typed = line.text() if line is not None else ""
        for i in range(box.count()):
            said = Qt.ItemDataRole.AccessibleTextRole
            if not box.itemText(i).strip() and not box.itemData(i, said):
                box.setItemData(i, not_set(), said)
        # a changed item makes the list show its current item again: what was typed in its
        # text box (a draft put back after a crash) would be lost
        if line is not None and line.text() != typed:
            line.setText(typed)
        if line is None and box.accessibleName():
            labelled(box)


def labelled(box: QComboBox) -> None:
    """Qt on Linux reads a closed list by its choice and its label (AT-SPI LABELLED_BY: a
    sibling label whose buddy it is), never by its accessible name: without such a label, a
    hidden one holding the name makes a reader (Orca) say it."""
    parent = box.parentWidget()
    if parent is None:
        return
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    if any(same(label.buddy(), box) for label in parent.findChildren(QLabel, options=direct)):
        return
    spoken = QLabel(box.accessibleName().replace("&", "&&"), parent)
    spoken.setBuddy(box)
    spoken.hide()


def announce(widget: QWidget, text: str) -> None:
    """Ask the screen reader to say `text` without moving the focus (Qt 6.8+; where no screen
    reader listens, nothing happens)."""
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def notice(bar: QStatusBar, text: str) -> None:
    """A sentence in the status bar, said aloud too: its accessible name follows the message
    (Qt's own), and the announcement reaches a reader whose focus is in a form."""
    bar.showMessage(text, NOTICE_MS)
    announce(bar, text)
