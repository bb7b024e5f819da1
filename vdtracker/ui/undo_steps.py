"""Undoable user actions: each records an entry's state before and after, and can swap them."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..domain.errors import InvalidInput
from ..services.entries import EntryData
from ..storage.errors import StorageError
from .context import Context


class ReplaceEntry(QUndoCommand):
    """One entry going from `before` to `after` (None = absent): an add, a delete or an edit.

    The action itself has already been saved when the command is pushed, so the first redo()
    (which QUndoStack.push calls) does nothing."""

    def __init__(self, ctx: Context, text: str, kind: str, entry_id: int,
                 before: EntryData | None, after: EntryData | None) -> None:
        super().__init__(text)
        self.ctx, self.kind, self.entry_id = ctx, kind, entry_id
        self.before, self.after = before, after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, state: EntryData | None) -> None:
        try:
            if state is None:
                self.ctx.entries.delete(self.kind, self.entry_id)
            else:
                self.ctx.entries.restore(state)
        except InvalidInput:
            pass  # already in that state
        except StorageError as err:
            self.ctx.signals.message.emit(str(err))
        self.ctx.signals.changed.emit()  # pages coalesce these into one refresh


class Group(QUndoCommand):
    """Several changes made by one click, undone and redone as one step.

    The parts are kept in a Python list rather than as Qt child commands: PySide does not keep
    the Python side of child commands alive, and a dropped child crashes the stack."""

    def __init__(self, text: str, parts: list[ReplaceEntry]) -> None:
        super().__init__(text)
        self.parts = parts

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


def record_added(ctx: Context, text: str, saved: list[tuple[str, int]]) -> None:
    """Push the undo step for entries just saved."""
    if saved:
        ctx.undo.push(Group(text, [ReplaceEntry(ctx, text, kind, entry_id, None,
                                                ctx.entries.get(kind, entry_id))
                                   for kind, entry_id in saved]))
        ctx.signals.changed.emit()


def delete_entries(ctx: Context, targets: list[tuple[str, int]], text: str) -> None:
    """Delete entries as one undoable step; stops at the first storage error, keeping the rest."""
    parts = []
    try:
        for kind, entry_id in targets:
            before = ctx.entries.delete(kind, entry_id)
            parts.append(ReplaceEntry(ctx, text, kind, entry_id, before, None))
    finally:
        if parts:
            ctx.undo.push(Group(text, parts))
            ctx.signals.changed.emit()


def record_changed(ctx: Context, text: str, kind: str, entry_id: int, before: EntryData) -> None:
    """Push the undo step for an entry just changed from `before`."""
    after = ctx.entries.get(kind, entry_id)
    ctx.undo.push(ReplaceEntry(ctx, text, kind, entry_id, before, after))
    ctx.signals.changed.emit()


def edit_entry(ctx: Context, kind: str, entry_id: int, field: str, value: object,
               text: str) -> None:
    """Raises InvalidInput/StorageError before anything is recorded."""
    before = ctx.entries.update(kind, entry_id, field, value, today=ctx.today())
    record_changed(ctx, text, kind, entry_id, before)
