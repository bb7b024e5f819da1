"""The title line of each alert card on Today: what it is about and what to do, in a line
(the card's text below says the whole of it). Diary-safe: about the user's own saved schedule
and data; the action is to log, check, or discuss with the clinician, never a dose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ...domain.alert_types import Alert
from ...wording import Wording, arg
from ..window_words import plural


class AlertTitles(QObject):
    def title(self, alert: Alert, words: Wording) -> str:
        d: Any = alert.details
        c = words.common
        if d.get("discussed") is not None:
            return arg(self.tr("%1 %2 on %3 — marked as discussed with your clinician on %4"),
                       self.test(d["analyte"]), self._value(d, words), c.day(alert.date),
                       c.day(d["discussed"]))
        if alert.kind == "lapsed-maintenance":
            return self._lapse(alert, d, words)
        if alert.kind == "missed-dose":
            n = int(d.get("count", 1))
            return plural(arg(self.tr("%1: %n dose(s) with nothing logged — taken or skipped?",
                                      None, n), d["supplement"]), n)
        if alert.kind == "double-dose":
            return arg(self.tr("%1: two doses logged within a day — check your diary"),
                       d["supplement"])
        if alert.kind in ("level-low", "level-high"):
            return self._level(alert, d, words)
        if alert.kind == "recheck-due":
            if int(d["days"]) <= 0:
                return arg(self.tr("Retest of %1 on %2, the date your clinician set"),
                           self.test(d["analyte"]), c.day(alert.date))
            return arg(self.tr("Retest of %1 was due on %2 — no result logged since"),
                       self.test(d["analyte"]), c.day(alert.date))
        if alert.kind == "symptom-recurrence":
            return arg(self.tr("Risen in your diary over the last 14 days: %1 — discuss it "
                               "with your clinician"), self.listed(self.risen(alert)))
        if alert.kind == "dose-due":
            return arg(self.tr("%1 — due today"), c.schedule(d["plan"]))
        if alert.kind == "supply-low":  # the body says how many are left and until when
            return arg(self.tr("%1: running low"), d["supplement"])
        return words.alert(alert)

    def risen(self, alert: Alert) -> list[str]:
        """What rose, in the user's words: pain, night-time leg cramps, muscle spasm."""
        names = {"pain": self.tr("pain"), "cramps": self.tr("night-time leg cramps"),
                 "spasm": self.tr("muscle spasm")}
        said = alert.details.get("symptoms") or (alert.details.get("symptom", "pain"),)
        return [names.get(s, s) for s in said]

    def listed(self, names: list[str]) -> str:
        if len(names) == 1:
            return names[0]
        if len(names) == 2:
            return arg(self.tr("%1 and %2"), *names)
        return arg(self.tr("%1, %2 and %3"), ", ".join(names[:-2]), *names[-2:])

    def test(self, analyte: str) -> str:
        """A test's short name for a title ("Vitamin D"); the card's text gives its full one."""
        short = {"vitamin-d": self.tr("Vitamin D"), "b12": self.tr("Vitamin B12"),
                 "pth": self.tr("PTH"), "calcium": self.tr("Calcium")}
        return short.get(analyte) or analyte

    def _value(self, d: Any, words: Wording) -> str:
        # as printed on the report, as the card's text shows it
        printed = d.get("printed")
        return (f"{printed} {d['unit']}" if printed
                else words.common.lab_value(d["value"], d["unit"], d["analyte"]))

    def _level(self, alert: Alert, d: Any, words: Wording) -> str:
        test, value = self.test(d["analyte"]), self._value(d, words)
        if d.get("red_flag"):
            return arg(self.tr("%1 %2: above the range on your lab report — contact your "
                               "clinician promptly"), test, value)
        if not d.get("by_report", True):
            return arg(self.tr("%1 %2: flagged by the profile you chose — discuss it with "
                               "your clinician"), test, value)
        if alert.kind == "level-low":
            return arg(self.tr("%1 %2: below the range on your lab report — discuss it with "
                               "your clinician"), test, value)
        return arg(self.tr("%1 %2: above the range on your lab report — discuss it with your "
                           "clinician"), test, value)

    def _lapse(self, alert: Alert, d: Any, words: Wording) -> str:
        c = words.common
        what = arg(self.tr("%1 (%2)"), d["supplement"], c.phase(d["phase"]))
        if d["reason"] == "no-dose" and d.get("stopped_taking") is not None:
            return arg(self.tr("%1: you noted you stopped taking it on %2 — discuss with your "
                               "clinician whether it still stands"),
                       what, c.day(d["stopped_taking"]))
        if d["reason"] == "no-dose":
            days = int(d["days"])
            return plural(arg(self.tr("%1: no dose logged for %n day(s) — log your doses or "
                                      "update the saved schedule", None, days), what), days)
        if d["reason"] == "stopped":
            return arg(self.tr("%1 stopped on %2 and nothing follows it — discuss it with your "
                               "clinician"), what, c.day(alert.date))
        return arg(self.tr("%1 ended on %2 with no maintenance saved after it — add it as "
                           "prescribed, or discuss it with your clinician"),
                   what, c.day(alert.date))
