"""One user action, one operation: run the service call, confirm in one sentence, push the
undo step, announce the change, and word a refusal beside the control that caused it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ..domain.errors import ConfirmationNeeded, InvalidInput
from ..services.results import Saved, backwards
from ..storage.errors import StorageError
from ..wording import arg
from .answers import Question
from .context import Context
from .undo_steps import Step

log = logging.getLogger(__name__)


@dataclass
class Feedback:
    """Where a refusal is said: the label beside the Save button, with the field named by its
    label in the form; the control that caused it is marked and given the focus."""

    label: QLabel | None = None
    fields: Mapping[str, tuple[str, QWidget]] = field(default_factory=dict)
    hide_when_clear: bool = False  # a label of its own (not one that also says why Save is off)
    marked: list[QWidget] = field(default_factory=list)

    def clear(self) -> None:
        for w in self.marked:
            w.setProperty("invalid", False)
            w.setStyleSheet("")
        self.marked.clear()
        if self.label is not None:
            self.label.clear()
            if self.hide_when_clear:
                self.label.hide()

    def show(self, ctx: Context, text: str, field_name: str | None = None) -> None:
        """Say `text` (already a whole sentence unless a field is named: then it is the reason,
        and the sentence names the field by its label)."""
        self.clear()
        target = self.fields.get(field_name or "")
        if target is not None:
            name, widget = target
            text = arg(QCoreApplication.translate("Operations", "Not saved. %1: %2."),
                       name.replace("&", ""), text)
            widget.setProperty("invalid", True)
            widget.setStyleSheet("border: 2px solid #c0392b;")
            self.marked.append(widget)
            widget.setFocus()
        if self.label is not None:
            self.label.setText(text)
            self.label.show()
        else:
            ctx.signals.message.emit(text)


def refusal(ctx: Context, err: InvalidInput | StorageError, feedback: Feedback) -> str:
    """The reason alone when the form can name the field; otherwise a whole sentence."""
    if isinstance(err, InvalidInput):
        reason = ctx.words.reason(err.reason)
        if err.field in feedback.fields:
            return reason
        return arg(QCoreApplication.translate("Operations", "Not saved: %1."), reason)
    return ctx.words.storage(err)


def replacing(ctx: Context, new: Saved, old: Sequence[tuple[str, int]]) -> Saved:
    """`new` (just saved) takes the place of the `old` entries: one undo step for both.
    If the store refuses the delete, the new entry is taken back and the refusal raised,
    so the diary is as it was."""
    try:
        gone = ctx.services.entries.delete(old)
    except (InvalidInput, StorageError):
        ctx.services.entries.apply(backwards(new.changes))
        raise
    return Saved(new.message, gone.changes + new.changes)


def confirm_typo(parent: QWidget | None, question: str) -> bool:
    """Ask about a likely typo. "No, let me check" is the default and the Escape answer: Enter
    never confirms a typo; only choosing "Yes, save it" does."""
    box = Question(parent, "check")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Operations", "Check what you typed"))
    box.setText(question)
    box.add("save", QCoreApplication.translate("Operations", "&Yes, save it"),
            QMessageBox.ButtonRole.YesRole)
    box.setDefaultButton(box.add("check", QCoreApplication.translate(
        "Operations", "&No, let me check"), QMessageBox.ButtonRole.NoRole))
    answer = box.ask()
    box.deleteLater()
    return answer == "save"


def run(ctx: Context, call: Callable[[bool], Saved], *, feedback: Feedback | None = None,
        undo_text: str | None = None, ask_parent: QWidget | None = None) -> Saved | None:
    """`call(confirmed)` does the work in one transaction; a typo check asks first."""
    fb = feedback or Feedback()
    confirmed = False
    while True:
        try:
            saved = call(confirmed)
            break
        except ConfirmationNeeded as err:
            if confirmed or not confirm_typo(ask_parent, ctx.words.reason(err.reason)):
                return None
            confirmed = True
        except (InvalidInput, StorageError) as err:  # the form keeps every value typed
            # the field and why, never the value: what a patient typed stays out of the log
            log.debug("refused: %s", err.reason.kind if isinstance(err, InvalidInput)
                      else type(err).__name__)
            fb.show(ctx, refusal(ctx, err, fb),
                    err.field if isinstance(err, InvalidInput) else None)
            return None
    fb.clear()
    said = ctx.words.saved(saved.message)
    if saved.changes:
        ctx.undo.push(Step(ctx, undo_text or ctx.words.what(saved.message), saved.changes))
    ctx.signals.changed.emit()
    ctx.signals.message.emit(said)
    return saved
