"""Undo steps: each holds the changes one user action made (before and after, as the service
returned them) and replays one side; a failed replay leaves the undo index where it was."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..services.results import Change, backwards
from ..storage.errors import StorageError
from ..wording import arg
from .context import Context

log = logging.getLogger(__name__)


class Step:
    """One user action's changes, kept in the window's UndoHistory. The action itself was saved
    before the push; undo() and redo() below replay a step first and move the history's index
    only when the store took the replay, so a refused replay never moves it."""

    def __init__(self, ctx: Context, text: str, changes: tuple[Change, ...]) -> None:
        self.ctx, self.changes, self._text = ctx, changes, text

    def text(self) -> str:
        return self._text

    def backwards(self) -> tuple[Change, ...]:
        return backwards(self.changes)

    def replay(self, changes: tuple[Change, ...]) -> None:
        """Raises StorageError with nothing changed (one transaction)."""
        self.ctx.services.entries.apply(changes)
        self.ctx.signals.changed.emit()  # pages coalesce these into one refresh


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
    """Replay first; only when the store took it, move the stack's index."""
    try:
        step.replay(changes)
    except StorageError as err:
        log.warning("undo/redo not applied: %s", err.kind)
        ctx.signals.message.emit(arg(refused, ctx.words.storage(err)))
        return False
    move()
    said = arg(done, step.text())
    ctx.signals.message.emit(said)  # replaces the "Saved: …" of the step: never left stale
    ctx.signals.replayed.emit(step, said)
    return True
