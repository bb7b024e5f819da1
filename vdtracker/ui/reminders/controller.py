"""Runs the reminder rules on the real clock and hands what is due to a notifier.

The rules (what is due, snoozes, catch-up, once-a-day notices) are pure and tested on a fake
clock in tests/domain; this class only keeps time and delivers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, QTimer

from ...domain import reminders as rules
from ...domain.alert_types import Alert
from ...domain.moving import MoveOffer, movable
from ...domain.reminders import Key, ReminderState
from ...domain.schedule import Plan
from ...services import settings as opts
from ...services.results import Saved
from ...storage.errors import StorageError
from ...wording.notices import NoticeWords
from .. import move_asking, operations
from ..context import Context, coalesced
from .notifier import SHOWN, Notifier

RECHECK = timedelta(seconds=60)  # also wake every minute: sleep, suspend and clock changes
KEEP_SENT = 50  # notifications remembered for withdrawing (older ones are long gone)


@dataclass(frozen=True)
class Sent:
    """A notification on screen and what it asks about: withdrawn once all of it is answered."""

    shown: object  # what the notifier handed back (the D-Bus id)
    doses: frozenset[Key]
    notices: frozenset[tuple[str, str]]  # (notice key, alert kind)


class ReminderController(QObject):
    def __init__(self, ctx: Context, notifier: Notifier) -> None:
        super().__init__()
        self.ctx, self.notifier, self.now = ctx, notifier, ctx.now
        self.service = ctx.services.reminders
        self.state: ReminderState = ctx.reminders
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.tick())
        # notifications with buttons: what each answers (supplement, due date)
        self.answerable: dict[object, tuple[str, date]] = {}
        # questions asked in a notification (move a weekly schedule?) and what showed them
        self.questions: dict[object, tuple[MoveOffer, object | None]] = {}
        self.words = NoticeWords(ctx.words.common)
        self.sent: list[Sent] = []
        notifier.clicked.connect(lambda: ctx.signals.open_page.emit("today"))
        answered = getattr(notifier, "answered", None)
        if answered is not None:  # notifications with buttons
            answered.connect(self.answer)
        ctx.signals.changed.connect(self._reschedule)
        ctx.signals.changed.connect(coalesced(self, self.withdraw_answered))
        ctx.signals.reminders_changed.connect(self._reschedule)

    def start(self) -> None:
        """Catch up at once: doses that fell due while the app was closed, and the day's
        notices (a lapse, also after the reminder time), are shown now."""
        self.tick(starting=True)

    def tick(self, starting: bool = False) -> None:
        """Deliver what is due: at most one notification per schedule a day (reminders and
        notices together, remembered in the store across restarts), and several things at
        once (the catch-up after the app was closed) as one notification. While the app
        runs on, a notice waits for its time of day (rules.notice_moment)."""
        now = self.now()
        today = now.date()
        settings = self.ctx.services.settings
        try:
            hide = self.service.hide_names()
            told = rules.told_on(settings.get(opts.NOTIFIED), today)
            earlier = self.state.reminded_on(today)
            due = self.state.to_deliver(self.service.pending(now), now, told)
            notices = self.service.notices(today, settings.profiles())
            if notices and not starting:
                regimens = self.service.regimens()
                notices = [a for a in notices
                           if rules.notice_moment(a, regimens, today) <= now]
            for rem in due:
                self.answerable[rem.key] = (rem.supplement, rem.due)
            reminders, said = rules.one_per_schedule(due, notices, earlier)
            shown: object = SHOWN
            if len(reminders) + len(said) > 1:
                title, body = self.ctx.words.catch_up(reminders, hide, said)
                if not hide:  # what it is about, first (many desktops show only the title)
                    title = self.words.catch_up_title(reminders, said)
                shown = self.notifier.notify(title, body)
            elif reminders:
                shown = self.notifier.notify(*self.ctx.words.reminder(reminders[0], hide),
                                             key=reminders[0].key)
            elif said:
                shown = self._notify_notice(said[0], hide)
            if shown is None:  # not shown anywhere: nothing of it is told; tried again soon
                for rem in due:
                    self.state.shown.pop(rem.key, None)
                self._reschedule()
                return
            self._sent(shown, reminders, said)
            # those folded into another notification count as said today, too
            keys = ({rules.notice_key(a) for a in notices}
                    | {rules.schedule_key(r.regimen_id) for r in due})
            if keys:
                settings.update(opts.NOTIFIED, lambda last: rules.stamped(last, keys, today))
        except StorageError as err:
            self.ctx.signals.message.emit(self.ctx.words.storage(err))
        self._reschedule()

    def _sent(self, shown: object, reminders: list[rules.Reminder], said: list[Alert]) -> None:
        if shown is None or not (reminders or said):
            return
        self.sent = [*self.sent[-KEEP_SENT + 1:], Sent(
            shown, frozenset(r.key for r in reminders),
            frozenset((rules.notice_key(a), a.kind) for a in said))]

    def withdraw_answered(self) -> None:
        """A dose logged (in the window or from the notification itself) or a result that
        answers a notice: its notification leaves the screen once nothing in it is open."""
        if not self.sent:
            return
        now = self.now()
        try:
            open_doses = {r.key for r in self.service.pending(now)}
            still = {(rules.notice_key(a), a.kind)
                     for a in self.ctx.services.alerts.alerts(now.date())
                     if a.kind in rules.NOTICE_KINDS}
        except StorageError:
            return
        kept = []
        for sent in self.sent:
            if sent.doses & open_doses or sent.notices & still:
                kept.append(sent)
            else:
                self.notifier.withdraw(sent.shown)
        self.sent = kept

    def _notify_notice(self, alert: Alert, hide: bool) -> object:
        """A missed dose with one open date gets Taken / Skip buttons, as a reminder does."""
        d = alert.details
        words = self.words.notice(alert, self.ctx.words.alert(alert), hide)
        if alert.kind == "missed-dose" and int(d["count"]) == 1:
            key = ("missed", int(d["regimen_id"]), alert.date)
            self.answerable[key] = (str(d["supplement"]), alert.date)
            plan = d["plan"]
            if isinstance(plan, Plan) and movable(plan):  # taken then, or only now?
                return self.notifier.notify(*words, key=key, choices=self.words.missed_weekly(
                    alert.date))
            return self.notifier.notify(*words, key=key, snooze=False)
        return self.notifier.notify(*words)

    def answer(self, key: object, action: str) -> None:
        """A button on a notification: the same as Taken / Snooze / Skipped on the Today page.
        The dose is logged for its due date (the time is now only when it was due today);
        "Taken today" on a weekly dose past its days logs it now, and may ask to move."""
        if key in self.questions:
            self._answer_question(key, action)
            return
        found = self.answerable.get(key)
        if found is None:
            return
        supplement, due = found
        if action.startswith("snooze-") and key in self.state.shown:
            until = self.ctx.snooze(key, action.removeprefix("snooze-"))
            self.ctx.signals.message.emit(self.ctx.words.snoozed(until.strftime("%H:%M")))
            return
        if action not in ("taken", "skip", "taken-today"):
            return
        now = self.ctx.minute()
        # "Taken today" (a weekly dose past its days): logged at the press, late for its date
        day = now.date() if action == "taken-today" else due
        at = now.time() if action != "skip" and day == now.date() else None
        saved = operations.run(self.ctx, lambda confirmed: self.ctx.services.doses.record(
            supplement=supplement, day=day, today=now.date(), at=at, skipped=action == "skip",
            confirmed=confirmed, late_for=due if day > due else None))
        if saved is not None:
            self.answerable.pop(key, None)
            if key in self.state.shown:
                self.state.answered(key)
            self._ask_to_move(saved)

    def _ask_to_move(self, saved: Saved) -> None:
        """A weekly dose taken days late from its notification asks once, in a notification
        of its own: Keep (the default: closing it, or no answer, keeps the day) or Move."""
        offer = move_asking.offer_after(self.ctx, saved)
        if offer is None:
            return
        words, hide = self.ctx.words.moves, self.service.hide_names()
        key = ("move", offer.regimen_id, offer.taken)
        self.questions[key] = (offer, None)  # a press may come before notify returns
        shown = self.notifier.notify(
            words.title(offer, hide), words.question(offer, hide), key=key,
            choices=(("keep", words.keep(offer, mnemonic=False)),
                     ("move", words.move(offer, mnemonic=False))), question=True)
        if shown is None:
            self.questions.pop(key, None)
        elif key in self.questions:
            self.questions[key] = (offer, shown)
        else:  # answered already: off the screen
            self.notifier.withdraw(shown)

    def _answer_question(self, key: object, action: str) -> None:
        offer, shown = self.questions.pop(key)
        if action == "move":
            move_asking.move(self.ctx, offer)
        if shown is not None:
            self.notifier.withdraw(shown)

    def _reschedule(self) -> None:
        now = self.now()
        try:
            wake = self.state.wake_at(self.service.regimens(), now)
        except StorageError:
            wake = None
        delay = RECHECK if wake is None else min(max(wake - now, timedelta(0)), RECHECK)
        self.timer.start(int(delay.total_seconds() * 1000) + 50)
