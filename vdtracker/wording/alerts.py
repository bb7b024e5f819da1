"""Alerts, reminders and notices in the diary's own words (DOMAIN.md: never suggest a dose)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..domain.alert_types import Alert
from ..domain.reminders import Reminder
from ..domain.schedule import Plan
from .base import Common, Words
from .supplies import SupplyWords
from .translate import arg


class AlertWords(Words):
    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def red_flag(self) -> str:
        return self.tr("Signs of too much vitamin D include nausea, vomiting, excessive thirst or "
                       "urination, confusion, or very high calcium on a report: contact your "
                       "clinician promptly, or emergency services if severe.")

    def text(self, alert: Alert) -> str:
        d: Any = alert.details
        c = self.c
        if alert.kind == "dose-due":
            late = int(d["days_late"])
            if late == 0:
                return arg(self.tr("Your saved schedule: %1 — due today. Taken or skipped?"),
                           c.schedule(d["plan"]))
            return arg(self.tr("Your saved schedule: %1 — was due %2 (%3). Taken or skipped?"),
                       c.schedule(d["plan"]), c.weekday_day(alert.date), c.ago(late))
        if alert.kind == "missed-dose":
            return self._missed(alert, d)
        if alert.kind == "double-dose":
            return arg(self.tr("Two doses of %1 were logged within a day (%2 and %3); your saved "
                               "schedule is %4. If one is a diary mistake, correct it; if you "
                               "took both, discuss it with your clinician."),
                       d["supplement"], c.day(d["first"]), c.day(d["second"]),
                       c.schedule(d["plan"]))
        if alert.kind == "lapsed-maintenance":
            text = self._lapse(alert, d)
            if d.get("counted_none_on") is not None:
                text += " " + arg(self.tr("You counted none left on %1."),
                                  c.day(d["counted_none_on"]))
            return text
        if alert.kind == "supply-low":
            return self.supply_low(d)
        if alert.kind in ("level-low", "level-high"):
            return self._level(alert, d)
        if alert.kind == "recheck-due":
            days = int(d["days"])
            if days <= 0:
                return arg(self.tr("Your clinician's retest date for %1: %2 (%3)."),
                           c.analyte(d["analyte"]), c.day(alert.date), c.ago(days))
            return arg(self.tr("Your clinician's retest date for %1 was %2 (%3); no result has "
                               "been logged since it was set."),
                       c.analyte(d["analyte"]), c.day(alert.date), c.ago(days))
        if alert.kind == "symptom-recurrence" and d.get("symptom") == "cramps":
            return arg(self.tr("Night-time leg cramps: %1 nights a week over the last 14 days, "
                               "up from %2 a week, your best 14 days since your course started "
                               "on %3. This is your own diary data; discuss it with your "
                               "clinician."),
                       c.number(d["recent_mean"], 1), c.number(d["best_mean"], 1),
                       c.day(d["since"]))
        if alert.kind == "symptom-recurrence" and d.get("symptom") == "spasm":
            return arg(self.tr("Muscle spasm: %1 episodes a week over the last 14 days, up from "
                               "%2 a week, your best 14 days since your course started on %3. "
                               "This is your own diary data; discuss it with your clinician."),
                       c.number(d["recent_mean"], 1), c.number(d["best_mean"], 1),
                       c.day(d["since"]))
        if alert.kind == "symptom-recurrence":
            return arg(self.tr("Your mean pain over the last 14 days is %1/10, up from %2/10, "
                               "your best 14-day mean since your course started on %3. This is "
                               "your own diary data; discuss it with your clinician."),
                       c.number(d["recent_mean"], 1), c.number(d["best_mean"], 1),
                       c.day(d["since"]))
        raise ValueError(alert.kind)

    def _missed(self, alert: Alert, d: Any) -> str:
        c = self.c
        count = int(d.get("count", 1))
        if count == 1:
            text = arg(self.tr("No dose logged for %1 on your saved schedule: %2. If you took "
                               "it, log it; if not, mark it skipped."),
                       c.weekday_day(alert.date), c.schedule(d["plan"]))
        else:
            text = arg(self.tr("%n doses of your saved schedule (%1) have nothing logged since "
                               "%2. If you took them, log them; if not, mark them skipped.",
                               None, count),
                       c.schedule(d["plan"]), c.weekday_day(alert.date))
        for due, logged, _ in d.get("late", ())[:1]:
            days = (logged - due).days
            text += " " + arg(self.tr("A dose was logged on %1, %n day(s) after the due date %2.",
                                      None, days),
                              c.weekday_day(logged), c.weekday_day(due))
        return text

    def _lapse(self, alert: Alert, d: Any) -> str:
        c = self.c
        since: date = alert.date
        if d["reason"] == "no-dose" and d.get("stopped_taking") is not None:
            return self._own_stop(alert, d)
        if d["reason"] == "no-dose":
            return arg(self.tr("Your saved schedule: %1 (%2). No dose logged since %3 (%4). If "
                               "your prescription changed, update the saved schedule; if unsure, "
                               "discuss it with your clinician."),
                       c.schedule(d["plan"]), c.phase(d["phase"]), c.day(since),
                       self.tr("%n days", None, int(d["days"])))
        if d["reason"] == "stopped":
            return arg(self.tr("Your %1 schedule %2 was stopped on %3 (%4) and no schedule "
                               "follows it. Discuss with your clinician whether that was "
                               "intended."),
                       c.phase(d["phase"]), c.schedule(d["plan"]), c.day(since),
                       c.ago(int(d["days"])))
        if d.get("missed"):
            return arg(self.tr("Your loading course %1 ended on %2 (%3 of %4 doses had nothing "
                               "logged) and no maintenance schedule is saved after it. If your "
                               "clinician prescribed one, add it as prescribed; otherwise "
                               "discuss it with your clinician."),
                       c.schedule(d["plan"]), c.day(since), d["missed"], d["due"])
        return arg(self.tr("Your loading course %1 ended on %2 and no maintenance schedule is "
                           "saved after it. If your clinician prescribed one, add it as "
                           "prescribed; otherwise discuss it with your clinician."),
                   c.schedule(d["plan"]), c.day(since))

    def supply_low(self, d: Any) -> str:
        """'Vitamin D3: 2 capsules left — enough until Sun 21 Dec 2026.' Never what to take."""
        words = SupplyWords(self.c)
        return arg(self.tr("%1: %2 left — %3."), d["supplement"],
                   words.units(d["form"], d["left"]),
                   words.reach(d["last_covered"], d["runs_out"], True, False))

    def _own_stop(self, alert: Alert, d: Any) -> str:
        """A lapse the user recorded as their own stop: still a warning, in their words."""
        c = self.c
        said = (arg(self.tr("You noted that you stopped taking it from %1 (reason: %2)."),
                    c.day(d["stopped_taking"]), self.why(d["why"])) if d.get("why")
                else arg(self.tr("You noted that you stopped taking it from %1."),
                         c.day(d["stopped_taking"])))
        return arg(self.tr("Your saved schedule: %1 (%2). %3 No dose logged since %4 (%5). "
                           "Discuss with your clinician whether this schedule still stands."),
                   c.schedule(d["plan"]), c.phase(d["phase"]), said, c.day(alert.date),
                   self.tr("%n days", None, int(d["days"])))

    def why(self, why: str) -> str:
        """The reason the user gave for not taking a schedule (domain.breaks.WHY)."""
        return {"ran-out": self.tr("ran out"), "side-effects": self.tr("side effects"),
                "felt-better": self.tr("felt better"),
                "clinician": self.tr("clinician's advice"),
                "other": self.tr("other reason")}.get(why, why)

    def lapse_band(self, alert: Alert) -> str:
        """The few words written on a lapse's band across the chart."""
        d, c = alert.details, self.c
        if d["reason"] == "no-dose":
            return arg(self.tr("%1: no dose logged since %2"), d["supplement"], c.day(alert.date))
        if d["reason"] == "stopped":
            return arg(self.tr("%1: stopped on %2, nothing after it"), d["supplement"],
                       c.day(alert.date))
        return arg(self.tr("%1: course ended %2, no maintenance saved"), d["supplement"],
                   c.day(alert.date))

    def _level(self, alert: Alert, d: Any) -> str:
        c = self.c
        # as printed on the report: rounding could move a value across the limit it is read by
        printed = d.get("printed")
        shown = (f"{c.printed(printed, d['value'])} {d['unit']}" if printed
                 else c.lab_value(d["value"], d["unit"], d["analyte"]))
        chosen = (c.band(d["profile"], d["band"], d["unit"], d["value"], printed) if "profile" in d
                  else None)
        band = arg(self.tr("is %1, the profile you chose"), chosen) if chosen else None
        if not d.get("by_report", True) and band is not None:
            where = band
        elif alert.kind == "level-low":
            where = arg(self.tr("is below the range on your lab report (%1)"),
                        c.range(d["range"]) if d["range"] else "")
        else:
            where = arg(self.tr("is above the range on your lab report (%1)"),
                        c.range(d["range"]) if d["range"] else "")
        text = arg(self.tr("%1 %2 on %3 %4. Discuss it with your clinician."),
                   c.analyte(d["analyte"]), shown, c.day(alert.date), where)
        if band is not None and d.get("by_report", True):
            text += " " + c.profile_note(d["profile"], d["band"], d["unit"], d["value"], printed)
        if d.get("red_flag"):
            text += " " + self.red_flag()
        return text


class ReminderWords(Words):
    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def reminder(self, rem: Reminder, hide_names: bool) -> tuple[str, str]:
        """Title and body of the notification; with hide_names, no supplement or dose in it."""
        which = self.tr("today's dose") if rem.daily else self._weekday_dose(rem.due)
        title = arg(self.tr("%1 — %2"), self.c.schedule(rem.plan, hide_names), which)
        if rem.days_late:
            body = arg(self.tr("It was due %1 (%2). Taken, snooze, or skip?"),
                       self.c.weekday_day(rem.due), self.c.ago(rem.days_late))
        else:
            body = self.tr("Due now, as your saved schedule says. Taken, snooze, or skip?")
        return title, body

    def catch_up(self, rems: list[Reminder], hide_names: bool,
                 notices: Sequence[Alert] = ()) -> tuple[str, str]:
        """One notification for several open doses and notices (after the app was closed a
        while): a line each, never one notification per dose."""
        if notices:
            title = self.tr("%n items in VD Tracker need a look", None,
                            len(rems) + len(notices))
        else:
            title = self.tr("%n doses on your saved schedules are open", None, len(rems))
        if hide_names:
            return title, self.tr("Open VD Tracker to answer them.")
        lines = [arg(self.tr("%1, due %2"), self.c.schedule(r.plan), self.c.weekday_day(r.due))
                 for r in rems]
        lines += [self._notice_line(a) for a in notices]
        return title, "\n".join(lines)

    def _notice_line(self, a: Alert) -> str:
        d = a.details
        if a.kind == "lapsed-maintenance":
            return arg(self.tr("%1: may have lapsed"), self.c.schedule(d["plan"]))
        if a.kind == "missed-dose":
            return arg(self.tr("%1: %n dose(s) with nothing logged", None, int(d["count"])),
                       self.c.schedule(d["plan"]))
        return arg(self.tr("Your clinician's retest date for %1: %2"),
                   self.c.analyte(d["analyte"]), self.c.day(a.date))

    def _weekday_dose(self, d: date) -> str:
        return (self.tr("your Monday dose"), self.tr("your Tuesday dose"),
                self.tr("your Wednesday dose"), self.tr("your Thursday dose"),
                self.tr("your Friday dose"), self.tr("your Saturday dose"),
                self.tr("your Sunday dose"))[d.weekday()]

    def notice(self, alert: Alert, text: str, hide_names: bool) -> tuple[str, str]:
        """A once-a-day notice for an alert (`text` is the alert in words)."""
        if not hide_names:
            return "VD Tracker", text
        generic = {"lapsed-maintenance": self.tr("A saved schedule may have lapsed."),
                   "missed-dose": self.tr("A dose on your saved schedule was not logged."),
                   "recheck-due": self.tr("Your clinician's retest date is near or past.")}
        return "VD Tracker", arg(self.tr("%1 Open VD Tracker to see it."), generic[alert.kind])

    def snoozed(self, until: str) -> str:
        return arg(self.tr("Reminder snoozed until %1."), until)


class CalendarWords(Words):
    """The words of the exported calendar: its name, each event's title and description."""

    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def name(self) -> str:
        return self.tr("VD Tracker schedules")

    def title(self, plan: Plan, hide_names: bool) -> str:
        return self.tr("Dose on your saved schedule") if hide_names else self.c.schedule(plan)

    def description(self) -> str:
        return self.tr("From VD Tracker: your saved schedule, as prescribed. Discuss any change "
                       "with your clinician.")
