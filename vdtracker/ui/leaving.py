"""Before the window closes or the app quits: typed but unsaved work is saved, dropped or kept."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QMessageBox, QWidget


@runtime_checkable
class HoldsWork(Protocol):
    """A page with a form: what is typed and not saved, and saving it (False: refused)."""

    def unsaved_work(self) -> str | None: ...

    def save_work(self) -> bool: ...


class UnsavedQuestion(QMessageBox):
    """Save / Discard / Cancel for one page's unsaved form."""

    def __init__(self, parent: QWidget, what: str, informative: str | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Not saved yet"))
        self.setText(what)
        self.setInformativeText(informative or self.tr("Save it before closing, discard it, or "
                                                       "go back to it?"))
        buttons = QMessageBox.StandardButton
        self.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        self.setDefaultButton(buttons.Save)
        # Qt's own words for these buttons underline no letter on most desktops (and in German
        # none at all): each gets its Alt+letter here, and stays a standard button for exec()
        for which, text in ((buttons.Save, self.tr("&Save")),
                            (buttons.Discard, self.tr("&Discard")),
                            (buttons.Cancel, self.tr("&Cancel"))):
            self.button(which).setText(text)


def set_aside(page: HoldsWork, parent: QWidget, informative: str) -> bool:
    """Before a saved entry is loaded into a form that holds typed work: save it, drop it, or
    stay (False). Nothing typed is dropped without asking."""
    what = page.unsaved_work()
    if not what:
        return True
    answer = UnsavedQuestion(parent, what, informative).exec()
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    return answer != QMessageBox.StandardButton.Save or page.save_work()


def has_unsaved(pages: Mapping[str, QWidget]) -> bool:
    return any(isinstance(p, HoldsWork) and p.unsaved_work() for p in pages.values())


def may_leave(parent: QWidget, pages: Mapping[str, QWidget],
              show_page: Callable[[str], None]) -> bool:
    """Ask about each page with unsaved work; False when the user chose to stay (Cancel,
    or Save was refused: the page then says why, with everything typed still there)."""
    for key, page in pages.items():
        what = page.unsaved_work() if isinstance(page, HoldsWork) else None
        if not what or not isinstance(page, HoldsWork):
            continue
        show_page(key)
        question = UnsavedQuestion(parent, what)
        answer = question.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save and not page.save_work():
            return False
        if answer == QMessageBox.StandardButton.Discard:
            discard = getattr(page, "discard_work", None)
            if callable(discard):
                discard()  # a draft kept of it is dropped too: it is not offered back
    return True
