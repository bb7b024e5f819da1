"""The undo history: a plain Python list of steps and an index, with QUndoStack's signals.

QUndoStack.command(i) hands back a Qt wrapper, which PySide may replace by a new one that is no
longer our step: Undo would find nothing to undo and say nothing. Python objects are kept here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal


class Entry(Protocol):
    def text(self) -> str: ...


class UndoHistory(QObject):
    """push() adds a step after the index (dropping the steps that were undone); undo() and
    redo() move the index only: the caller replays the step first (ui/undo_steps.py)."""

    indexChanged = Signal(int)
    canUndoChanged = Signal(bool)
    canRedoChanged = Signal(bool)
    undoTextChanged = Signal(str)
    redoTextChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Entry] = []
        self._index = 0

    def index(self) -> int:
        return self._index

    def count(self) -> int:
        return len(self._steps)

    def command(self, index: int) -> Entry | None:
        return self._steps[index] if 0 <= index < len(self._steps) else None

    def text(self, index: int) -> str:
        step = self.command(index)
        return step.text() if step is not None else ""

    def canUndo(self) -> bool:
        return self._index > 0

    def canRedo(self) -> bool:
        return self._index < len(self._steps)

    def undoText(self) -> str:
        return self.text(self._index - 1)

    def redoText(self) -> str:
        return self.text(self._index)

    def push(self, step: Entry) -> None:
        self._move(lambda: self._steps.__setitem__(slice(self._index, None), [step]),
                   self._index + 1)

    def undo(self) -> None:
        if self.canUndo():
            self._move(lambda: None, self._index - 1)

    def redo(self) -> None:
        if self.canRedo():
            self._move(lambda: None, self._index + 1)

    def clear(self) -> None:
        self._move(self._steps.clear, 0)

    def _move(self, change: Callable[[], object], index: int) -> None:
        before = (self.canUndo(), self.canRedo(), self.undoText(), self.redoText())
        change()
        self._index = index
        self.indexChanged.emit(index)
        after = (self.canUndo(), self.canRedo(), self.undoText(), self.redoText())
        for was, now, signal in zip(before, after, (self.canUndoChanged, self.canRedoChanged,
                                                    self.undoTextChanged, self.redoTextChanged),
                                    strict=True):
            if was != now:
                signal.emit(now)
