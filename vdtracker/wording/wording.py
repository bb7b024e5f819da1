"""The one entry point to the app's words: alerts, reminders, confirmations, entries, reasons.

Each part is made (and its module imported) when first used: a command that saves a pain score
does not import the words of the summary, the story or the calendar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from .base import Common
from .formats import Formats
from .translate import Translate, english_translate

if TYPE_CHECKING:
    from ..domain.alert_types import Alert
    from ..domain.errors import Reason
    from ..domain.messages import Message
    from ..domain.reminders import Reminder
    from ..domain.schedule import Plan
    from ..exchange.document import Problem
    from .alerts import AlertWords, CalendarWords, ReminderWords
    from .entries import EntryWords
    from .moves import MoveWords
    from .reasons import ReasonWords, StorageWords
    from .records import RecordWords
    from .story import StoryWords
    from .summary import SummaryWords
    from .supplies import SupplyWords


class Wording:
    """Built once per surface: the window with Qt's translate and QLocale formats, the CLI
    with the catalogue of the user's language."""

    def __init__(self, translate: Translate = english_translate,
                 formats: Formats | None = None) -> None:
        self.common = Common(translate, formats or Formats())
        self._translate = translate

    @cached_property
    def _alerts(self) -> AlertWords:
        from .alerts import AlertWords

        return AlertWords(self.common)

    @cached_property
    def _reminders(self) -> ReminderWords:
        from .alerts import ReminderWords

        return ReminderWords(self.common)

    @cached_property
    def _entries(self) -> EntryWords:
        from .entries import EntryWords

        return EntryWords(self.common)

    @cached_property
    def _reasons(self) -> ReasonWords:
        from .reasons import ReasonWords

        return ReasonWords(self.common)

    @cached_property
    def calendar(self) -> CalendarWords:
        from .alerts import CalendarWords

        return CalendarWords(self.common)

    @cached_property
    def supplies(self) -> SupplyWords:
        from .supplies import SupplyWords

        return SupplyWords(self.common)

    @cached_property
    def moves(self) -> MoveWords:
        from .moves import MoveWords

        return MoveWords(self.common)

    @cached_property
    def summary(self) -> SummaryWords:
        from .summary import SummaryWords

        return SummaryWords(self.common)

    @cached_property
    def story(self) -> StoryWords:
        from .story import StoryWords

        return StoryWords(self.common, self._alerts.why)

    @cached_property
    def records(self) -> RecordWords:
        from .records import RecordWords

        return RecordWords(self._translate, self.common.formats)

    @cached_property
    def _storage(self) -> StorageWords:
        from .reasons import StorageWords

        return StorageWords(self._translate, self.common.formats)

    # plain values
    def day(self, d: date) -> str:
        return self.common.day(d)

    def weekday_day(self, d: date) -> str:
        return self.common.weekday_day(d)

    def ago(self, days: int) -> str:
        return self.common.ago(days)

    def number(self, value: float, decimals: int | None = None) -> str:
        return self.common.number(value, decimals)

    def schedule(self, plan: Plan, hide: bool = False) -> str:
        return self.common.schedule(plan, hide)

    # sentences
    def alert(self, alert: Alert) -> str:
        return self._alerts.text(alert)

    def stop_why(self, why: str) -> str:
        """The reason a schedule was stopped, in a few words ("ran out")."""
        return self._alerts.why(why)

    def lapse_band(self, alert: Alert) -> str:
        return self._alerts.lapse_band(alert)

    def reminder(self, rem: Reminder, hide_names: bool) -> tuple[str, str]:
        return self._reminders.reminder(rem, hide_names)

    def catch_up(self, rems: list[Reminder], hide_names: bool,
                 notices: Sequence[Alert] = ()) -> tuple[str, str]:
        return self._reminders.catch_up(rems, hide_names, notices)

    def notice(self, alert: Alert, hide_names: bool) -> tuple[str, str]:
        return self._reminders.notice(alert, self.alert(alert), hide_names)

    def snoozed(self, until: str) -> str:
        return self._reminders.snoozed(until)

    def saved(self, message: Message) -> str:
        if message.kind.startswith("saved.supply"):
            return self.supplies.saved(message)
        return self._entries.saved(message)

    def what(self, message: Message) -> str:
        if message.kind.startswith("saved.supply"):
            return self.supplies.what(message)
        return self._entries.what(message)

    def entry(self, message: Message) -> str:
        return self._entries.entry(message)

    def reason(self, reason: Reason) -> str:
        return self._reasons.reason(reason)

    def not_a_backup(self, kind: str) -> str:
        """'it is damaged': what a file offered for a restore is instead."""
        return self._reasons.not_a_backup(kind)

    def problem(self, p: Problem) -> str:
        """One record of an import file that cannot be imported: where, what and why."""
        return self.records.problem(p.kind, p.row, p.error, self.reason(p.error.reason))

    def storage(self, err: Exception) -> str:
        """A storage failure (StorageError: kind, where) in the user's language."""
        kind, where = getattr(err, "kind", ""), getattr(err, "where", "")
        return self._storage.sentence(str(kind), str(where), str(err))


def english() -> Wording:
    return Wording()
