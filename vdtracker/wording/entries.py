"""What was saved and what a stored entry says: the confirmations and the History lines."""

from __future__ import annotations

from typing import Any

from ..domain.messages import Message
from ..domain.printed import qualifier_of
from .base import Common, Words
from .translate import arg


class EntryWords(Words):
    def __init__(self, common: Common) -> None:
        super().__init__(common._translate, common.formats)
        self.c = common

    def saved(self, m: Message) -> str:
        """'Saved: Pain 6/10 (neck) on 3 Feb 2026.' and its kin."""
        if m.kind == "saved.deleted":
            return arg(self.tr("Deleted %1. Undo with Ctrl+Z."), self.what(m))
        if m.kind == "saved.changed":
            return self.tr("Change saved. Undo with Ctrl+Z.")
        return arg(self.tr("Saved: %1."), self.what(m))

    def what(self, m: Message) -> str:
        c, p = self.c, m.params
        k = m.kind
        if k == "saved.entries":
            return "; ".join(self.what(part) for part in p["parts"])
        if k == "saved.pain":
            if p["region"]:
                return arg(self.tr("Pain %1 (%2) on %3"), c.score(p["score"]),
                           self._region(p["region"]), c.day(p["day"]))
            return arg(self.tr("Pain %1 on %2"), c.score(p["score"]), c.day(p["day"]))
        if k == "saved.cramp":
            if p["daytime"]:
                return arg(self.tr("%n cramp(s) in the day %1", None, p["count"]),
                           c.day(p["day"]))
            return arg(self.tr("%n cramp(s) in the night of %1", None, p["count"]),
                       c.day(p["day"]))
        if k == "saved.spasm":
            if p["region"]:
                return arg(self.tr("%n spasm episode(s) (%1) on %2", None, p["count"]),
                           self._region(p["region"]), c.day(p["day"]))
            return arg(self.tr("%n spasm episode(s) on %1", None, p["count"]), c.day(p["day"]))
        if k == "saved.dose":
            return self._dose(p)
        if k == "saved.lab":
            text = arg(self.tr("%1 %2 %3 on %4: %5"), c.analyte(p["analyte"]),
                       c.printed(p["value_text"], p.get("value")), p["unit"], c.day(p["day"]),
                       self._report_flag(p["flag"]))
            return text + (f" ({c.range(p['range'])})" if p["range"] else "")
        if k == "saved.recheck":
            return arg(self.tr("Retest date for %1: %2"), c.analyte(p["analyte"]), c.day(p["due"]))
        if k == "saved.schedule":
            return self._schedule(p)
        if k == "saved.stopped" and p.get("why"):
            from .alerts import AlertWords  # a saved symptom words no alert (issue 28)

            return arg(self.tr("%1 (from %2) stopped on %3 (reason: %4); nothing is due from "
                               "that day on"),
                       c.schedule(p["plan"]), c.day(p["start"]), c.day(p["day"]),
                       AlertWords(c).why(p["why"]))
        if k == "saved.stopped":
            return arg(self.tr("%1 (from %2) stopped on %3; nothing is due from that day on"),
                       c.schedule(p["plan"]), c.day(p["start"]), c.day(p["day"]))
        if k == "saved.late-for":
            return arg(self.tr("The dose of %1 taken on %2 counts for the one due on %3 (taken "
                               "late; its day stays %2)"), p["supplement"],
                       c.weekday_day(p["day"]), c.weekday_day(p["due"]))
        if k == "saved.moved":
            return arg(self.tr("%1 moved: due dates up to %2 are as they were; the next one is "
                               "on %3"), c.schedule(p["plan"]), c.weekday_day(p["day"]),
                       c.weekday_day(p["start"]))
        if k == "saved.doses":
            parts = []
            if p["taken"]:
                parts.append(self.tr("%n dose(s) taken", None, int(p["taken"])))
            if p["skipped"]:
                parts.append(self.tr("%n dose(s) skipped", None, int(p["skipped"])))
            return arg(self.tr("%1: %2"), p["supplement"], ", ".join(parts))
        if k == "saved.no-maintenance":
            return arg(self.tr("your clinician prescribed no maintenance after %1 (from %2), "
                               "said on %3; its lapse warning is off from then on"),
                       c.schedule(p["plan"]), c.day(p["start"]), c.day(p["day"]))
        if k == "saved.stopped-taking":
            return arg(self.tr("you had stopped taking %1 from %2 to %3; %n due date(s) in "
                               "that time settled as not taken", None, int(p["settled"])),
                       c.schedule(p["plan"]), c.day(p["first"]), c.day(p["last"]))
        if k == "saved.break-deleted":
            return arg(self.tr("the time you had stopped taking %1 (%2 to %3) is taken back"),
                       c.schedule(p["plan"]), c.day(p["first"]), c.day(p["last"]))
        if k == "saved.changed":
            return self.tr("the change")
        if k == "saved.deleted":
            return "; ".join([self.deleted(p["entries"]),
                              *(self.what(u) for u in p.get("unmoved", ()))])
        if k == "saved.unmoved" and p["end"] is None:
            return arg(self.tr("the move is undone: %1 from %2 goes on as before, with no end "
                               "date"), c.schedule(p["plan"]), c.day(p["start"]))
        if k == "saved.unmoved":
            return arg(self.tr("the move is undone: %1 from %2 goes on as before, to %3"),
                       c.schedule(p["plan"]), c.day(p["start"]), c.day(p["end"]))
        raise ValueError(k)

    def _dose(self, p: Any) -> str:
        c = self.c
        args = (p["supplement"], c.number(p["amount"]), c.unit(p["unit"]), c.day(p["day"]))
        if p["at"] is not None:
            at = p["at"].strftime("%H:%M")
            if p["skipped"]:
                return arg(self.tr("%1 %2 %3 skipped on %4 at %5"), *args, at)
            return (arg(self.tr("%1 %2 %3 taken on %4 at %5"), *args, at)
                    + self._differs(p.get("scheduled")))
        if p["skipped"]:
            return arg(self.tr("%1 %2 %3 skipped on %4"), *args)
        return arg(self.tr("%1 %2 %3 taken on %4"), *args) + self._differs(p.get("scheduled"))

    def _differs(self, scheduled: tuple[float, str] | None) -> str:
        """' — differs from your saved schedule (50,000 IU)' for a dose far from its schedule."""
        if scheduled is None:
            return ""
        return arg(self.tr(" — differs from your saved schedule (%1 %2)"),
                   self.c.number(scheduled[0]), self.c.unit(scheduled[1]))

    def _schedule(self, p: Any) -> str:
        c = self.c
        if p["end"] is not None:
            span = arg(self.tr("from %1 to %2"), c.day(p["start"]), c.day(p["end"]))
        else:
            span = arg(self.tr("from %1"), c.day(p["start"]))
        text = arg(self.tr("%1 (%2) %3; on average about %4 %5 a day"),
                   c.schedule(p["plan"]), c.phase(p["phase"]), span, c.number(p["per_day"]),
                   c.unit(p["unit"]))
        if p["remind_at"] is not None:
            text += arg(self.tr("; reminder at %1"), p["remind_at"].strftime("%H:%M"))
        return text

    def _report_flag(self, flag: str) -> str:
        return {"below": self.tr("below the range on your lab report"),
                "above": self.tr("above the range on your lab report"),
                "within": self.tr("within the range on your lab report"),
                "unknown": self.tr("no range recorded from the report"),
                "unclear": self.tr("printed as a limit: it may be inside or outside the range on "
                                   "your lab report")}[flag]

    def deleted(self, entries: Any) -> str:
        kinds = {"pain": self.tr("pain"), "cramp": self.tr("cramps"), "spasm": self.tr("spasm"),
                 "dose": self.tr("dose"), "lab": self.tr("lab result"),
                 "decision": self.tr("clinician's decision"), "regimen": self.tr("schedule"),
                 "break": self.tr("time not taken")}
        shown = [arg(self.tr("the schedule from %1"), self.c.day(d)) if k == "regimen"
                 else arg(self.tr("%1 of %2"), kinds.get(k, k), self.c.day(d))
                 for k, d in entries[:3]]
        return ", ".join(shown) + ("…" if len(entries) > 3 else "")

    def entry(self, m: Message) -> str:
        """One History line: 'Pain 6.5/10 — neck', '2 night cramps, worst 7/10 — calf, left'."""
        c, p = self.c, m.params
        if m.kind == "entry.pain":
            return (arg(self.tr("Pain %1"), c.score(p["score"]))
                    + self._where(self._region(p["region"])))
        if m.kind == "entry.cramp":
            head = (self.tr("%n daytime cramp(s)", None, p["count"]) if p["daytime"]
                    else self.tr("%n night cramp(s)", None, p["count"]))
            parts = [head]
            if p["severity"] is not None:
                parts.append(arg(self.tr("worst %1"), c.score(p["severity"])))
            if p["longest_min"] is not None:
                parts.append(arg(self.tr("longest %1 min"), c.number(p["longest_min"])))
            if p["sleep"] is not None:
                parts.append(arg(self.tr("sleep disturbed %1"), c.score(p["sleep"])))
            return ", ".join(parts) + self._where(self._region(p["region"]),
                                                  self._side(p["side"]))
        if m.kind == "entry.spasm":
            parts = [self.tr("%n spasm episode(s)", None, p["count"])]
            if p["severity"] is not None:
                parts.append(arg(self.tr("severity %1"), c.score(p["severity"])))
            if p["duration_min"] is not None:
                parts.append(arg(self.tr("%1 min"), c.number(p["duration_min"])))
            return ", ".join(parts) + self._where(self._region(p["region"]))
        if m.kind == "entry.dose":
            state = self.tr("skipped") if p["skipped"] else self.tr("taken")
            text = arg(self.tr("%1 %2 %3 %4"), p["supplement"], c.number(p["amount"]),
                       c.unit(p["unit"]), state)
            return text + ("" if p["skipped"] else self._differs(p.get("scheduled")))
        if m.kind == "entry.lab":
            return self.lab(p)
        if m.kind == "entry.no-maintenance":
            if p["ended"] is None:
                return arg(self.tr("Your clinician prescribed no maintenance after %1"),
                           c.schedule(p["plan"]))
            return arg(self.tr("Your clinician prescribed no maintenance after %1 "
                               "(course ended %2)"), c.schedule(p["plan"]), c.day(p["ended"]))
        raise ValueError(m.kind)

    def lab(self, p: Any) -> str:
        """'Vitamin D 19 nmol/L (7.6 ng/mL) — below the report's range (50–125 nmol/L)'."""
        c = self.c
        shown = f"{c.printed(p['value_text'], p.get('value'))} {p['unit']}"
        if p["other"] is not None:
            value, unit = p["other"]
            limit = qualifier_of(p["value_text"])  # "<10 ng/mL" is "<25 nmol/L", never "25"
            shown += f" ({limit}{c.lab_value(value, unit, p['analyte'])})"
        text = f"{c.analyte(p['analyte'])} {shown}"
        if p["range"] is not None:
            note = c.flag(p["flag"]) if p["flag"] != "unknown" else ""
            text += self._where(f"{note} ({c.range(p['range'])})".strip())
        return text

    def _region(self, region: str | None) -> str | None:
        """Where it hurt, as the patient's language names it: a place chosen in English (the
        demo, the command line's --region neck) reads "Nacken" in German; typed words stay."""
        if not region:
            return region
        return {"neck": self.tr("neck"), "upper back": self.tr("upper back"),
                "mid back": self.tr("mid back"), "low back": self.tr("low back"),
                "back": self.tr("back"), "shoulders": self.tr("shoulders"),
                "legs": self.tr("legs"), "calf": self.tr("calf"), "foot": self.tr("foot"),
                "thigh": self.tr("thigh"), "face": self.tr("face")}.get(region.strip(), region)

    def _side(self, side: str | None) -> str | None:
        if side is None:
            return None
        return {"left": self.tr("left"), "right": self.tr("right"),
                "both": self.tr("both sides")}.get(side, side)

    @staticmethod
    def _where(*parts: str | None) -> str:
        text = ", ".join(p for p in parts if p)
        return f" — {text}" if text else ""
