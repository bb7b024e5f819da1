"""Notices and the tray in a few words: a title that says what, and what is due next."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.alert_types import Alert
from ..domain.reminders import Reminder
from .base import Common, Words
from .supplies import SupplyWords
from .translate import arg


class NoticeWords(Words):
    """Many desktops show only a notification's title: it names the schedule and what happened
    (DOMAIN.md: the user's own data, never a suggested dose). With hide_names, a neutral title."""

    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def missed_weekly(self, due: date) -> tuple[tuple[str, str], ...]:
        """The buttons of a weekly dose's missed notice: taken on its day (only logged late),
        taken today (late: the notification that follows asks whether to move the day), skip."""
        return (("taken", arg(self.tr("Taken on %1"), self.c.weekday_day(due))),
                ("taken-today", self.tr("Taken today")), ("skip", self.tr("Skip")))

    def notice(self, alert: Alert, text: str, hide_names: bool) -> tuple[str, str]:
        """Title and body of a once-a-day notice (`text` is the alert in words)."""
        if hide_names:
            return self._neutral(alert.kind), self.tr("Open VD Tracker to see it.")
        return self.title(alert), text

    def title(self, alert: Alert) -> str:
        d: Any = alert.details
        c = self.c
        if alert.kind == "lapsed-maintenance":
            if d["reason"] == "no-dose":
                return arg(self.tr("%1: no dose logged for %n day(s)", None, int(d["days"])),
                           d["supplement"])
            if d["reason"] == "stopped":
                return arg(self.tr("%1: stopped on %2, no schedule after it"), d["supplement"],
                           self.short_day(alert.date))
            return arg(self.tr("%1: course ended on %2, no maintenance saved"), d["supplement"],
                       self.short_day(alert.date))
        if alert.kind == "missed-dose":
            count = int(d.get("count", 1))
            if count == 1:
                return arg(self.tr("%1: no dose logged for %2"), d["supplement"],
                           self.short_day(alert.date))
            return arg(self.tr("%1: %n dose(s) with nothing logged", None, count), d["supplement"])
        if alert.kind == "recheck-due":
            return arg(self.tr("Retest date for %1: %2"), c.analyte(d["analyte"]),
                       self.short_day(alert.date))
        if alert.kind == "supply-low":  # 'Vitamin D3: 2 capsules left, enough until Sun 21 Dec'
            words = SupplyWords(c)
            left = words.units(d["form"], d["left"])
            if d["last_covered"] is None:
                return arg(self.tr("%1: %2 left, not enough for the dose due %3"),
                           d["supplement"], left, self.short_day(d["runs_out"]))
            return arg(self.tr("%1: %2 left, enough until %3"), d["supplement"], left,
                       self.short_day(d["last_covered"]))
        raise ValueError(alert.kind)

    def catch_up_title(self, rems: list[Reminder], notices: list[Alert]) -> str:
        """Several things in one notification: what they are about, first."""
        subjects: list[str] = []
        for name in [r.supplement for r in rems] + [
                str(a.details["supplement"]) if "supplement" in a.details
                else self.tr("retest date") for a in notices]:
            if name not in subjects:
                subjects.append(name)
        n = len(rems) + len(notices)
        if notices:
            return arg(self.tr("%1: %n item(s) need a look", None, n), ", ".join(subjects))
        return arg(self.tr("%1: %n dose(s) open", None, n), ", ".join(subjects))

    def _neutral(self, kind: str) -> str:
        return {"lapsed-maintenance": self.tr("A saved schedule may have lapsed"),
                "missed-dose": self.tr("A dose on your saved schedule was not logged"),
                "recheck-due": self.tr("A retest date is near or past"),
                "supply-low": self.tr("A supply is running low")}[kind]

    def short_day(self, d: date) -> str:
        """'Thu 10 Dec'."""
        return arg(self.tr("%1 %2"), self.formats.weekday_name(d.weekday()),
                   self.formats.day_month(d))

    def next_due(self, found: tuple[date, list[str]] | None, today: date,
                 hide_names: bool) -> str:
        """The tray's tooltip: what is due next on the saved schedules."""
        if found is None:
            return arg(self.tr("VD Tracker\n%1"), self.tr("Nothing due"))
        day, names = found
        who = (self.tr("%n dose(s)", None, len(names)) if hide_names else ", ".join(names))
        if day == today:
            what = arg(self.tr("Next: %1 today"), who)
        elif day < today:
            what = arg(self.tr("Open: %1, due %2"), who, self.short_day(day))
        else:
            what = arg(self.tr("Next: %1 on %2"), who, self.short_day(day))
        return arg(self.tr("VD Tracker\n%1"), what)
