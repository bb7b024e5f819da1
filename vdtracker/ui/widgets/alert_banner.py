"""Today's alerts, ranked (domain.alert_rank): the one to act on first as a full card, the rest
as one-line cards that open on a click or Enter, and a lab flag marked as discussed with the
clinician as a calm line at the end (never hidden: it says what it is about)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.alert_rank import discussable, is_quiet
from ...domain.alert_types import Alert
from ...domain.moving import movable
from ...domain.schedule import Plan
from ...wording import Wording, arg
from ..window_words import plural
from .alert_card import AlertCard
from .alert_titles import AlertTitles

SHOWN_DATES = 3  # the oldest open due dates answered in the banner; the rest after those
PAGE_FOR = {"dose-due": "today", "missed-dose": "supplements", "double-dose": "history",
            "lapsed-maintenance": "supplements", "recheck-due": "labs", "level-low": "labs",
            "level-high": "labs", "symptom-recurrence": "history", "supply-low": "supplements"}
Key = tuple[str, str, bool]


def key_of(alert: Alert) -> Key:
    """What a card is about, to keep it open or folded as the patient left it across the
    refreshes (a flag marked as discussed is another card: it starts folded)."""
    d = alert.details
    about = d.get("regimen_id") or d.get("analyte") or d.get("supplement") or ""
    return alert.kind, str(about), is_quiet(alert)


class AlertBanner(QWidget):
    open_page = Signal(str)
    # a missed dose answered here: regimen id, supplement, due date, taken (False: skipped)
    answered = Signal(int, str, object, bool)
    taken_on = Signal(int, str, object)  # ... taken on another day or at a known time
    count_late = Signal(int, object)  # a dose logged just late: its id, the due date it is for
    move_late = Signal(int)  # ... or the rest of its weekly schedule moved to its day: its id
    no_maintenance = Signal(int)  # the clinician prescribed no maintenance after this course
    # "I had stopped taking it": regimen id, the open due date the answer is about
    stopped_taking = Signal(int, object)
    discussed = Signal(object)  # the lab flag (an Alert) was discussed with the clinician
    not_discussed = Signal(str)  # the mark taken back: the analyte

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AlertCard] = []
        self.opened: dict[Key, bool] = {}  # the cards the patient opened or folded
        self.focus_on: Key | None = None  # the card to give the focus once drawn again
        self.titles = AlertTitles(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def show_alerts(self, alerts: list[Alert], page_titles: dict[str, str], words: Wording
                    ) -> None:
        """`alerts` in Today's order (AlertService.ranked)."""
        for row in self.rows:  # out of sight at once: deleteLater waits for the event loop
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        # the doses list right below already asks "taken or skipped?" of the doses due today
        shown = [a for a in alerts if a.kind != "dose-due"]
        lead = next((a for a in shown if not is_quiet(a)), None)
        for a in shown:
            self.rows.append(self._card(a, a is lead, page_titles, words))
            self._layout.addWidget(self.rows[-1])
        self.setVisible(bool(self.rows))
        focus = next((r for r in self.rows if key_of(r.alert) == self.focus_on), None)
        if focus is not None:
            focus.toggle.setFocus()
        self.focus_on = None

    def _card(self, a: Alert, lead: bool, page_titles: dict[str, str], words: Wording
              ) -> AlertCard:
        page, key = PAGE_FOR[a.kind], key_of(a)
        opened = self.opened.get(key, lead or a.severity == "urgent")
        row = AlertCard(a, self.titles.title(a, words), self._text(a, words),
                        arg(self.tr("Open %1"), page_titles[page]), lead, opened, self)
        row.toggled.connect(lambda on, k=key: self.opened.__setitem__(k, on))
        row.link.clicked.connect(lambda _=False, p=page: self.open_page.emit(p))
        if a.kind == "missed-dose":
            self._answers(row, a, words)
            self._stopped_taking(row, a.date)
        if (a.kind == "lapsed-maintenance" and a.details.get("reason") == "no-dose"
                and a.details.get("stopped_taking") is None):  # not answered already
            self._stopped_taking(row, a.date + timedelta(days=1))  # after its last dose
        if a.kind == "lapsed-maintenance" and a.details.get("reason") == "no-maintenance":
            regimen_id = int(a.details["regimen_id"])
            row.add_action(self.tr("My clinician prescribed &no maintenance…")).clicked.connect(
                lambda _=False, r=regimen_id: self.no_maintenance.emit(r))
        if is_quiet(a):
            row.add_action(self.tr("Not discussed yet")).clicked.connect(
                lambda _=False, a=a: self._answer_mark(a, lambda: self.not_discussed.emit(
                    str(a.details["analyte"]))))
        elif discussable(a):
            row.add_action(self.tr("Discussed with my clinician")).clicked.connect(
                lambda _=False, a=a: self._answer_mark(a, lambda: self.discussed.emit(a)))
        return row

    def _answer_mark(self, a: Alert, emit: Callable[[], None]) -> None:
        """Marked or unmarked: the focus goes to the card that says so once drawn again."""
        kind, about, quiet = key_of(a)
        self.focus_on = (kind, about, not quiet)
        emit()

    def _text(self, a: Alert, words: Wording) -> str:
        """The whole of what the alert says; a rise in several symptoms, a line each."""
        parts = a.details.get("parts")
        if not parts:
            return words.alert(a)
        return "\n".join("• " + words.alert(p) for p in parts)

    def _stopped_taking(self, row: AlertCard, anchor: date) -> None:
        regimen_id = int(row.alert.details["regimen_id"])
        row.add_action(self.tr("I had stopped ta&king it…")).clicked.connect(
            lambda _=False, r=regimen_id, day=anchor: self.stopped_taking.emit(r, day))

    def _answers(self, row: AlertCard, alert: Alert, words: Wording) -> None:
        d = alert.details
        every = list(d.get("dates", (alert.date,)))
        dates = every[:SHOWN_DATES]
        row.add_answers([(due, words.weekday_day(due)) for due in dates])
        if len(every) > len(dates):
            row.add_note(plural(self.tr("%n more date(s) after these: they are shown here once "
                                        "these are answered.", None, len(every) - len(dates)),
                                len(every) - len(dates)))
        regimen_id, supplement = int(d["regimen_id"]), str(d["supplement"])
        for (taken, taken_on, skipped), due in zip(row.answers, dates, strict=True):
            for button, took in ((taken, True), (skipped, False)):
                button.clicked.connect(
                    lambda _=False, due=due, took=took: self.answered.emit(
                        regimen_id, supplement, due, took))
            taken_on.clicked.connect(
                lambda _=False, due=due: self.taken_on.emit(regimen_id, supplement, due))
        for due, logged, dose_id in d.get("late", ())[:1]:
            text = arg(self.tr("Count the dose of %1 for %2"), words.weekday_day(logged),
                       words.weekday_day(due))
            row.add_action(text).clicked.connect(
                lambda _=False, i=dose_id, due=due: self.count_late.emit(i, due))
            plan = d.get("plan")
            if isinstance(plan, Plan) and movable(plan):  # or move the rest to that day
                row.add_action(words.moves.card_action(plan.every_days, logged)).clicked.connect(
                    lambda _=False, i=dose_id: self.move_late.emit(i))
