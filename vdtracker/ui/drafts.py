"""What is typed in a form and not saved yet (Today's day, a lab result, a schedule), kept in
the store while it is typed: closing the window to the tray, a logout or a crash loses none of
it, and the page puts it back on the next start. Written a moment after the typing stops, and at
once when the window hides or quits."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer

from ..domain.errors import InvalidInput
from ..services import settings as opts
from ..storage.errors import StorageError
from .context import Context

log = logging.getLogger(__name__)
DELAY_MS = 700  # after the last keystroke: a crash then loses at most that much of the typing
VERSION = 1


@dataclass(frozen=True)
class Draft:
    """The day the form logs for (Today's; None for the other forms), the form's values (as
    its values() gives them), when a saved entry was loaded back to be changed its kind and
    id, and when the typing began (the time an entry typed last night is saved with)."""

    day: date | None
    values: Mapping[str, object]
    editing: tuple[str, int] | None = None
    began: datetime | None = None


def encode(draft: Draft | None) -> str:
    if draft is None:
        return ""
    return json.dumps({"version": VERSION,
                       "day": draft.day.isoformat() if draft.day else None,
                       "values": dict(draft.values),
                       "editing": list(draft.editing) if draft.editing else None,
                       "began": draft.began.isoformat() if draft.began else None},
                      ensure_ascii=False, sort_keys=True)


def decode(text: str) -> Draft | None:
    """The stored draft, or None (nothing kept, or text this version cannot read)."""
    if not text:
        return None
    try:
        data = json.loads(text)
        editing, day, began = data.get("editing"), data["day"], data.get("began")
        return Draft(date.fromisoformat(day) if day else None, dict(data["values"]),
                     (str(editing[0]), int(editing[1])) if editing else None,
                     datetime.fromisoformat(began) if began else None)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        log.warning("a draft this version cannot read was left aside")
        return None


class DraftKeeper(QObject):
    """`read()` gives what the form holds now (None when it is empty); typed() after each
    change writes it (to `option`, one per form) a moment later, write_now() at once."""

    def __init__(self, ctx: Context, option: opts.TextOption,
                 read: Callable[[], Draft | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.option, self.read = ctx, option, read
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.write_now)
        self.written = self._stored_text()
        ctx.signals.store_replaced.connect(self._store_replaced)

    def _store_replaced(self) -> None:
        """A backup was put in place: its draft is the past's; what the form holds is kept."""
        self.written = self._stored_text()
        QTimer.singleShot(0, self.write_now)  # once the pages have forgotten old entries' ids

    def _stored_text(self) -> str:
        try:
            return self.ctx.services.settings.get(self.option)
        except StorageError:
            return ""

    def stored(self) -> Draft | None:
        return decode(self._stored_text())

    def typed(self) -> None:
        self.timer.start()

    def write_now(self) -> None:
        """Keep what the form holds now (nothing, once it is empty). A store that refuses is
        tried again at the next change: the typing is still in the form."""
        self.timer.stop()
        text = encode(self.read())
        if text == self.written:
            return
        try:
            self.ctx.services.settings.set(self.option, text)
        except (StorageError, InvalidInput) as err:  # locked, full; or longer than a draft can be
            log.info("the draft was not kept this time: %s", type(err).__name__)
            return
        self.written = text
