"""Undo steps: each holds the changes one user action made (before and after, as the service
returned them) and replays one side; a failed replay leaves the undo index where it was."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..services.results import Change, backwards
from ..storage.errors import StorageError
from ..wording import arg
from .context import Context

log = logging.getLogger(__name__)


class Step(QUndoCommand):
    """The action has already been saved when the step is pushed, so the first redo() (which
    QUndoStack.push calls) does nothing."""

    def __init__(self, ctx: Context, text: str, changes: tuple[Change, ...]) -> None:
        super().__init__(text)
        self.ctx, self.changes = ctx, changes
        self._pushed = False
        self.replayed = False  # set by undo()/redo() below when they did the work already

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
        elif not self.replayed:
            self._try(self.changes)

    def undo(self) -> None:
        if not self.replayed:
            self._try(self.backwards())

    def backwards(self) -> tuple[Change, ...]:
        return backwards(self.changes)

    def replay(self, changes: tuple[Change, ...]) -> None:
        """Raises StorageError with nothing changed (one transaction)."""
        self.ctx.services.entries.apply(changes)
        self.ctx.signals.changed.emit()  # pages coalesce these into one refresh

    def _try(self, changes: tuple[Change, ...]) -> None:
        try:
            self.replay(changes)
        except StorageError as err:
            log.warning("undo/redo not applied: %s", err)
            self.ctx.signals.message.emit(str(err))


def _step_at(ctx: Context, index: int) -> Step | None:
    step = ctx.undo.command(index) if 0 <= index < ctx.undo.count() else None
    return step if isinstance(step, Step) else None


def undo(ctx: Context) -> bool:
    """Undo the last step; if the store refuses, say why and keep the undo index."""
    step = _step_at(ctx, ctx.undo.index() - 1)
    if step is None:
        return False
    return _move(ctx, step, step.backwards(), ctx.undo.undo,
                 QCoreApplication.translate("UndoSteps", "Not undone: %1"),
                 QCoreApplication.translate("UndoSteps", "Undone: %1"))


def redo(ctx: Context) -> bool:
    step = _step_at(ctx, ctx.undo.index())
    if step is None:
        return False
    return _move(ctx, step, step.changes, ctx.undo.redo,
                 QCoreApplication.translate("UndoSteps", "Not redone: %1"),
                 QCoreApplication.translate("UndoSteps", "Redone: %1"))


def _move(ctx: Context, step: Step, changes: tuple[Change, ...], move: Callable[[], None],
          refused: str, done: str) -> bool:
    """Replay first; only when the store took it, move the stack's index (without replaying
    a second time)."""
    try:
        step.replay(changes)
    except StorageError as err:
        ctx.signals.message.emit(arg(refused, str(err)))
        return False
    step.replayed = True
    try:
        move()
    finally:
        step.replayed = False
    ctx.signals.message.emit(arg(done, step.text()))
    return True
