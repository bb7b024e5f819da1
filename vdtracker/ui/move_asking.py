"""After a dose logged in the window: the one question a late weekly dose asks (keep the day,
or move the rest of the schedule to the day it was taken); Keep changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..domain.moving import MoveOffer
from ..services.results import Saved
from ..storage.errors import StorageError
from . import operations
from .context import Context
from .dialogs.move_question import MoveQuestion


def offer_after(ctx: Context, saved: Saved | None) -> MoveOffer | None:
    dose_id = None if saved is None else saved.added_id("dose")
    return None if dose_id is None else offer_for(ctx, dose_id)


def offer_for(ctx: Context, dose_id: int) -> MoveOffer | None:
    try:
        return ctx.services.doses.move_offer(dose_id, ctx.today())
    except StorageError:
        return None  # the dose is saved; the question waits for the command line's hint


def move(ctx: Context, offer: MoveOffer,
         feedback: operations.Feedback | None = None) -> Saved | None:
    """The patient's choice to move: one undo step, said like every save."""
    return operations.run(ctx, lambda _confirmed: ctx.services.regimens.move(
        offer.regimen_id, day=offer.taken, today=ctx.today(), weekdays=offer.weekdays),
        feedback=feedback)


def ask_after(ctx: Context, parent: QWidget, saved: Saved | None,
              feedback: operations.Feedback | None = None) -> Saved | None:
    """Asks when `saved` logged a late weekly dose; the move's Saved when the patient chose it."""
    offer = offer_after(ctx, saved)
    return None if offer is None else ask(ctx, parent, offer, feedback)


def ask(ctx: Context, parent: QWidget, offer: MoveOffer,
        feedback: operations.Feedback | None = None) -> Saved | None:
    """The question shown; the move's Saved when the patient chose it, else None (kept)."""
    words = ctx.words.moves
    dialog = MoveQuestion(parent, words.title(offer), words.question(offer), words.keep(offer),
                          words.move(offer))
    chosen = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return move(ctx, offer, feedback) if chosen else None
