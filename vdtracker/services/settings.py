"""Typed user settings, each declared once with its default (stored as key/value rows)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import ranges
from ..domain.errors import InvalidInput
from ..models import Setting
from ..storage.database import Database


@dataclass(frozen=True)
class Option:
    key: str
    default: str
    title: str
    choices: tuple[str, ...]


VITAMIN_D_PROFILE = Option("profile.vitamin-d", ranges.LAB_RANGE,
                           "Flag vitamin D results by",
                           (ranges.LAB_RANGE, "es2011", "iom2011", "uknos"))
B12_PROFILE = Option("profile.b12", ranges.LAB_RANGE, "Flag B12 results by",
                     (ranges.LAB_RANGE, "who-b12", "nice-b12"))
VITAMIN_D_UNIT = Option("display.vitamin-d-unit", "ng/mL", "Show vitamin D in",
                        ("ng/mL", "nmol/L"))
HIDE_NAMES = Option("reminders.hide-names", "off",
                    "Hide supplement names and doses in notifications and calendar exports",
                    ("off", "on"))
TRAY_TOLD = Option("ui.tray-told", "no", "Told that closing keeps reminders in the tray",
                   ("no", "yes"))
NO_TRAY_TOLD = Option("ui.no-tray-told", "no", "Told that this desktop has no tray",
                      ("no", "yes"))
OPTIONS = {o.key: o for o in (VITAMIN_D_PROFILE, B12_PROFILE, VITAMIN_D_UNIT, HIDE_NAMES)}


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, option: Option) -> str:
        with self.db.reading() as s:
            row = s.get(Setting, option.key)
            return row.value if row is not None and row.value in option.choices else option.default

    def set(self, option: Option, value: str) -> None:
        if value not in option.choices:
            raise InvalidInput(option.key, value, "use one of " + ", ".join(option.choices))
        with self.db.transaction() as s:
            s.merge(Setting(key=option.key, value=value))

    def profiles(self) -> dict[str, ranges.Profile]:
        """The attributed profiles the user opted into, by analyte (empty: the lab's range)."""
        out = {}
        for opt in (VITAMIN_D_PROFILE, B12_PROFILE):
            prof = ranges.profile(self.get(opt))
            if prof is not None:
                out[prof.analyte] = prof
        return out
