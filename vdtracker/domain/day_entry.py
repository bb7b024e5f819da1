"""One day's symptom entry as typed input; its rules: which night, which row, what needs what."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from . import validation as v
from .errors import InvalidInput, reason
from .symptoms import check_score

SIDES = ("left", "right", "both")


@dataclass(frozen=True)
class PainPart:
    score: float
    region: str | None = None


@dataclass(frozen=True)
class CrampPart:
    """Cramps in one night (or, with daytime, one day); count 0 with details is refused."""

    count: int = 1
    severity: float | None = None
    longest_min: float | None = None
    sleep: float | None = None
    region: str | None = None
    side: str | None = None
    daytime: bool = False


@dataclass(frozen=True)
class SpasmPart:
    count: int = 1
    severity: float | None = None
    region: str | None = None
    duration_min: float | None = None


def last_night(day: date) -> date:
    """Cramps noted in the morning belong to the night that started the evening before."""
    return day - timedelta(days=1)


@dataclass(frozen=True)
class DayEntry:
    """What a user logs for a day. `cramp_night` is the date the cramps' night starts on
    (None: the night before `day`, as the Today form asks about "last night")."""

    day: date
    at: time | None = None
    pain: PainPart | None = None
    cramps: CrampPart | None = None
    spasm: SpasmPart | None = None
    note: str | None = None
    cramp_night: date | None = None

    @property
    def night_of(self) -> date:
        return self.cramp_night if self.cramp_night is not None else last_night(self.day)

    def parts(self) -> list[str]:
        """The rows this entry becomes, in order; the first one carries the day's note."""
        out = []
        if self.pain is not None:
            out.append("pain")
        if self.cramps is not None and self.cramps.count:
            out.append("cramp")
        if self.spasm is not None and self.spasm.count:
            out.append("spasm")
        return out

    def checked(self, today: date) -> DayEntry:
        """The entry with every value checked and tidied; raises InvalidInput naming the field."""
        self._needs(today)
        v.not_future("date", self.day, today)
        note = v.text("note", self.note, v.MAX_TEXT)
        pain = cramps = spasm = None
        if self.pain is not None:
            score = check_score("pain", self.pain.score, required=True)
            assert score is not None
            pain = PainPart(score, v.text("pain_region", self.pain.region))
        c = self.cramps
        if c is not None and c.count:
            v.not_future("date", self.night_of, today)
            cramps = CrampPart(
                count=v.count("cramp_count", c.count, low=1) or 1,
                severity=check_score("cramp_severity", c.severity),
                longest_min=v.minutes("cramp_duration", c.longest_min, 600),
                sleep=check_score("cramp_sleep", c.sleep),
                region=v.text("cramp_region", c.region),
                side=v.choice("cramp_side", c.side, SIDES), daytime=c.daytime)
        s = self.spasm
        if s is not None and s.count:
            spasm = SpasmPart(count=v.count("spasm_count", s.count, low=1) or 1,
                              severity=check_score("spasm_severity", s.severity),
                              region=v.text("spasm_region", s.region),
                              duration_min=v.minutes("spasm_duration", s.duration_min))
        return replace(self, pain=pain, cramps=cramps, spasm=spasm, note=note)

    def problem(self, today: date) -> InvalidInput | None:
        """Why this entry cannot be saved as it stands (for a disabled Save button), or None."""
        try:
            self.checked(today)
        except InvalidInput as err:
            return err
        return None

    def _needs(self, today: date) -> None:
        c, s = self.cramps, self.spasm
        if c is not None and not c.count and (c.severity is not None or c.sleep is not None
                                              or c.longest_min):
            raise InvalidInput("cramp_count", 0, reason("details-need-count", what="cramp"))
        if s is not None and not s.count and (s.severity is not None or s.duration_min):
            raise InvalidInput("spasm_count", 0, reason("details-need-count", what="spasm"))
        if s is not None and s.count < 0:
            v.count("spasm_count", s.count, low=1)
        if c is not None and c.count < 0:
            v.count("cramp_count", c.count, low=1)
        if not self.parts():
            kind = "note-needs-entry" if (self.note or "").strip() else "nothing-to-save"
            raise InvalidInput("entry", "", reason(kind))
