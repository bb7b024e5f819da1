"""'Saved: … — Undo' beside a Save button: it follows Undo and Redo, and hides once stale or
once the page moves to another day than the one it was saved for."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from ...services.results import Saved
from ...wording import arg
from .. import undo_steps
from ..context import Context


class SavedNote(QLabel):
    """What the page's last save did, where the user is looking, with an Undo link (Tab
    reaches it, Enter follows it). It belongs to one undo step: while that step is the next
    to undo, the link undoes it; once undone, the note says so and the link redoes it; when
    another step comes in between, the note goes away (it would be stale)."""

    gone = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step: object | None = None
        self.said_text = ""
        self.day: date | None = None  # the day the page showed when it was saved (None: any)
        self.action = ""  # "undo", "redo" or "" (nothing to undo: a save with no changes)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setAccessibleName(self.tr("What was just saved"))
        self.linkActivated.connect(lambda _link: self.click())
        ctx.signals.replayed.connect(self._replayed)
        ctx.undo.indexChanged.connect(self._follow)
        self.hide()

    def said(self, saved: Saved, text: str | None = None, day: date | None = None) -> None:
        """Show what a save just did (call right after operations.run returned it); `text`
        in place of the service's confirmation (a delete names what it deleted); `day`, the
        day the page logs for (follow_day hides the note on another)."""
        self.day = day
        stack = self.ctx.undo
        top = stack.command(stack.index() - 1) if saved.changes and stack.index() > 0 else None
        self.step = top
        if text is None and saved.message.kind == "saved.deleted":  # the link says how to undo
            text = arg(self.tr("Deleted %1."), self.ctx.words.what(saved.message))
        self._show(text or self.ctx.words.saved(saved.message), "undo" if top else "")
        self.show()

    def click(self) -> None:
        """Follow the link: undo the save, or redo it once undone."""
        if self.action == "undo":
            undo_steps.undo(self.ctx)
        elif self.action == "redo":
            undo_steps.redo(self.ctx)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space on the note follows its link, whether or not Tab has already picked
        the link inside it (Qt's label wants a second Tab first, and loses it on each redo)."""
        if self.action and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                           Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)

    def link_text(self) -> str:
        return {"undo": self.tr("Undo"), "redo": self.tr("Redo")}.get(self.action, "")

    def follow_day(self, day: date) -> None:
        """The page moved to `day`: a note said for another day goes (Undo still undoes it)."""
        if self.day is not None and day != self.day and not self.isHidden():
            self.forget()

    def forget(self) -> None:
        self.step = None
        self.hide()
        self.gone.emit()

    def _show(self, text: str, action: str) -> None:
        self.said_text, self.action = text, action
        link = self.link_text()
        shown = html.escape(text)
        if link:
            shown += f' — <a href="{action}">{html.escape(link)}</a>'
        self.setText(shown)
        self.setToolTip(self.tr("Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it")
                        if link else "")

    def _follow(self, index: int) -> None:
        if self.step is None:
            return
        stack = self.ctx.undo
        try:
            if index > 0 and stack.command(index - 1) is self.step:
                self._show(self.said_text, "undo")
            elif index < stack.count() and stack.command(index) is self.step:
                self._show(self.said_text, "redo")
            else:  # another action came after it, or it was dropped: the note would be stale
                self.forget()
        except RuntimeError:  # the stack is being torn down with the window
            self.step = None

    def _replayed(self, step: object, said: str) -> None:
        if step is self.step:
            self._show(said, self.action)
