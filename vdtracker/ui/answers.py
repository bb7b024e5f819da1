"""A question's answer read from the button's own `clicked` signal, never from wrapper identity.

PySide can hand back a new Python wrapper for the same C++ button in a long-lived process, so
`box.clickedButton() is self.taken` may be False after a real click: the answer would be lost.
Here every button says which answer it is when it is clicked; Enter clicks the default button,
Escape the escape button, an Alt+letter its button; closing the window leaves `safe`."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from shiboken6 import getCppPointer


class Question(QMessageBox):
    """ask() returns the key of the button pressed; `safe` (the escape button's key) when the
    window is closed without one."""

    def __init__(self, parent: QWidget | None, safe: str) -> None:
        super().__init__(parent)
        self.safe = safe
        self.answer = safe

    def add(self, key: str, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        button.clicked.connect(lambda _=False, k=key: self._answered(k))
        if key == self.safe:
            self.setEscapeButton(button)
        return button

    def add_standard(self, key: str, which: QMessageBox.StandardButton) -> QPushButton:
        button = self.addButton(which)
        button.clicked.connect(lambda _=False, k=key: self._answered(k))
        if key == self.safe:
            self.setEscapeButton(button)
        return button

    def _answered(self, key: str) -> None:
        self.answer = key

    def ask(self) -> str:
        """Show it modally and return the answer."""
        self.answer = self.safe
        self.exec()
        return self.answer


def tell(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> None:
    """A message with OK, made here in Python. Qt's static information() builds its box in
    C++, and a page redrawn while it was up (the restore it reports) left the only Python
    handle on it dead: the box could then be answered by no test, only by a patient."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
    box.deleteLater()


def same(a: QObject | None, b: QObject | None) -> bool:
    """Whether two Qt wrappers stand for the same C++ object (`is` may say no: see above)."""
    if a is None or b is None:
        return a is None and b is None
    return bool(getCppPointer(a)[0] == getCppPointer(b)[0])
