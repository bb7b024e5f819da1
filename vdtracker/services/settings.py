"""Every setting the app stores, declared once with its type, default and title; versioned.
Read and written in SQLAlchemy Core (models.tables), through a connection or a session."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import insert, select, update

from ..domain import ranges
from ..domain.personal import NAME_LIMIT, PAPERS, QUESTIONS_LIMIT
from ..models import tables as t
from ..storage.database import Database
from ..storage.rows import core
from .option_kinds import BoolOption as BoolOption  # the kinds, re-exported: `opts.TextOption`
from .option_kinds import ChoiceOption as ChoiceOption
from .option_kinds import DateOption as DateOption
from .option_kinds import DayStampsOption as DayStampsOption
from .option_kinds import DiscussedOption as DiscussedOption
from .option_kinds import IntOption as IntOption
from .option_kinds import Option as Option
from .option_kinds import T
from .option_kinds import TextOption as TextOption

if TYPE_CHECKING:
    from ..storage.rows import Reads

STORED = t.setting.c

VITAMIN_D_PROFILE = ChoiceOption("profile.vitamin-d", ranges.LAB_RANGE,
                                 "Flag vitamin D results by",
                                 (ranges.LAB_RANGE, "es2011", "iom2011", "uknos"))
B12_PROFILE = ChoiceOption("profile.b12", ranges.LAB_RANGE, "Flag B12 results by",
                           (ranges.LAB_RANGE, "who-b12", "nice-b12"))
VITAMIN_D_UNIT = ChoiceOption("display.vitamin-d-unit", "ng/mL", "Show vitamin D in",
                              ("ng/mL", "nmol/L"))
HIDE_NAMES = BoolOption("reminders.hide-names", False,
                        "Hide supplement names and doses in notifications and calendar exports")
TRAY_TOLD = BoolOption("ui.tray-told", False, "Told that closing keeps reminders in the tray")
NO_TRAY_TOLD = BoolOption("ui.no-tray-told", False, "Told that this desktop has no tray")
NOTIFIED = DayStampsOption("reminders.notified", MappingProxyType({}),
                           "Alert notices already shown, with the day (kept for 30 days)")
# Lab flags the patient marked as discussed (Today keeps them quiet until the next result of
# the test). The store's own, never exported: it names results by their id in this store.
DISCUSSED = DiscussedOption("alerts.discussed", MappingProxyType({}),
                            "Lab results marked as discussed with the clinician")
STORE_ID = TextOption("store.id", "", "A random id for this store, part of exported UIDs")
# Kept with the summary settings: the last values used come back in File ▸ Print summary….
SUMMARY_NAME = TextOption("summary.name", "", "The name on the summary", limit=NAME_LIMIT)
SUMMARY_BIRTH_DATE = DateOption("summary.birth-date", None, "The date of birth on the summary")
SUMMARY_QUESTIONS = TextOption("summary.questions", "", "Questions for my clinician",
                               limit=QUESTIONS_LIMIT)
SUMMARY_PAPER = ChoiceOption("summary.paper", "auto", "Paper size of the summary", PAPERS)
VERSION = IntOption("settings.version", 1, "How the stored settings are written down", low=1)
# What is typed in a form and not saved yet, written as it is typed (ui/drafts.py): a logout, a
# crash or a window closed to the tray loses none of it. The app's own, never exported.
DRAFT_TODAY = TextOption("ui.draft.today", "", "Typed on Today and not saved yet", limit=20_000)
DRAFT_LAB = TextOption("ui.draft.lab", "", "A lab result typed and not saved yet", limit=20_000)
DRAFT_SCHEDULE = TextOption("ui.draft.schedule", "", "A schedule typed and not saved yet",
                            limit=20_000)

# What `vdtracker settings` lists and changes; the others are the app's own bookkeeping.
# The name, date of birth and questions are not listed: a terminal listing is no place for them.
OPTIONS: dict[str, Option[Any]] = {
    o.key: o for o in (VITAMIN_D_PROFILE, B12_PROFILE, VITAMIN_D_UNIT, HIDE_NAMES, SUMMARY_PAPER)}
ALL: dict[str, Option[Any]] = {
    o.key: o for o in (*OPTIONS.values(), TRAY_TOLD, NO_TRAY_TOLD, NOTIFIED, DISCUSSED, STORE_ID,
                       VERSION, SUMMARY_NAME, SUMMARY_BIRTH_DATE, SUMMARY_QUESTIONS, DRAFT_TODAY,
                       DRAFT_LAB, DRAFT_SCHEDULE)}


def upgrade_1_to_2(s: Reads) -> None:
    """Version 1 wrote flags as words ("on"/"off", "yes"/"no"); version 2 as "true"/"false"."""
    words = {"on": "true", "yes": "true", "off": "false", "no": "false"}
    # The flags that existed in version 1, spelled out: flags added later never had the old form.
    for key in ("reminders.hide-names", "ui.tray-told", "ui.no-tray-told"):
        value = _text(s, key)
        if value is not None and value in words:
            _put(s, key, words[value])


# A store without a version row is version 1: the format before versions were recorded.
UPGRADES: dict[int, Callable[[Reads], None]] = {1: upgrade_1_to_2}
CURRENT_VERSION = max(UPGRADES) + 1


def _text(s: Reads, key: str) -> str | None:
    found: str | None = core(s).scalar(select(STORED.value).where(STORED.key == key))
    return found


def _put(s: Reads, key: str, value: str) -> None:
    """Stored as `value`; the same value again writes nothing (no lock, no commit to wait
    for)."""
    now = _text(s, key)
    if now == value:
        return
    conn = core(s)
    if now is None:
        conn.execute(insert(t.setting).values(key=key, value=value))
    else:
        conn.execute(update(t.setting).where(STORED.key == key).values(value=value))


def read(s: Reads, option: Option[T]) -> T:
    """The stored value, or the default when there is none or it cannot be read."""
    value = _text(s, option.key)
    if value is None:
        return option.default
    try:
        return option.decode(value)
    except ValueError:  # InvalidInput is one too
        # A damaged value, or one from a newer version: the default, never a crash at start-up.
        return option.default


def write(s: Reads, option: Option[T], value: T) -> None:
    _put(s, option.key, option.encode(option.check(value)))


# What an export carries and an import fills in: the user's choices. Not the app's own
# bookkeeping (reminders already shown, tips given, this store's id, the settings format): in
# another store they would name its schedules wrongly or silence a reminder there.
PORTABLE = frozenset({*OPTIONS, SUMMARY_NAME.key, SUMMARY_BIRTH_DATE.key,
                      SUMMARY_QUESTIONS.key})


def stored_texts(s: Reads) -> dict[str, str]:
    """The user's stored choices as written down, by key (what a json export carries)."""
    rows = core(s).execute(select(STORED.key, STORED.value).where(STORED.key.in_(PORTABLE))
                           .order_by(STORED.key))
    return {key: value for key, value in rows}


def fill_missing(s: Reads, texts: Mapping[str, str]) -> int:
    """Store the user's choices this version knows, can read and this store has not set yet
    (an import never overrides the user's own choice); returns how many were stored."""
    conn = core(s)
    have = set(conn.scalars(select(STORED.key)))
    n = 0
    for key, value in sorted(texts.items()):
        option = ALL.get(key)
        if option is None or key not in PORTABLE or key in have:
            continue
        try:
            option.decode(value)
        except ValueError:
            continue
        conn.execute(insert(t.setting).values(key=key, value=value))
        n += 1
    return n


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._upgraded = False

    def get(self, option: Option[T]) -> T:
        if option is VITAMIN_D_UNIT:  # until chosen: the unit of the latest report, everywhere
            return cast(T, self.vitamin_d_unit())
        self._upgrade()
        with self.db.connect() as s:
            return read(s, option)

    def set(self, option: Option[T], value: T) -> None:
        option.check(value)  # before touching the store: a refused value changes nothing
        self._upgrade()
        with self.db.connect() as s:
            write(s, option, value)

    def set_all(self, values: Sequence[tuple[Option[Any], Any]]) -> None:
        """Several settings in one transaction: all are stored, or (one refused) none is."""
        for option, value in values:
            option.check(value)
        self._upgrade()
        with self.db.connect() as s:
            for option, value in values:
                write(s, option, value)

    def update(self, option: Option[T], change: Callable[[T], T]) -> T:
        """Read, change and write back in one transaction; returns the new value."""
        self._upgrade()
        with self.db.connect() as s:
            value = change(read(s, option))
            write(s, option, value)
            return value

    def vitamin_d_unit(self) -> str:
        """The unit vitamin D is shown in: the user's choice in Settings, or until they make
        one, the unit of their latest report (a patient whose reports print nmol/L reads the
        chart in nmol/L); ng/mL without any result."""
        self._upgrade()
        lab = t.lab_result.c
        with self.db.connect() as s:
            chosen = _text(s, VITAMIN_D_UNIT.key)
            if chosen is not None and chosen in VITAMIN_D_UNIT.choices:
                return chosen
            latest = s.scalar(select(lab.unit).where(lab.analyte == "vitamin-d")
                              .order_by(lab.day.desc(), lab.id.desc()).limit(1))
        return latest if latest in VITAMIN_D_UNIT.choices else VITAMIN_D_UNIT.default

    def store_id(self) -> str:
        """A random id for this store, made on first use: part of every exported calendar UID."""
        return self.update(STORE_ID, lambda old: old or uuid.uuid4().hex)

    def profiles(self) -> dict[str, ranges.Profile]:
        """The attributed profiles the user opted into, by analyte (empty: the lab's range)."""
        out = {}
        for opt in (VITAMIN_D_PROFILE, B12_PROFILE):
            prof = ranges.profile(self.get(opt))
            if prof is not None:
                out[prof.analyte] = prof
        return out

    def _upgrade(self) -> None:
        """Bring stored settings to this version's form, once per service, before any use. A
        store opened read-only is read as it is: an old-form value reads as its default (as one
        that cannot be read does) until a command that writes brings it up to date."""
        if self._upgraded or self.db.read_only:
            return
        with self.db.connect() as s:
            version = read(s, VERSION)
        if version < CURRENT_VERSION:
            with self.db.connect() as s:
                version = read(s, VERSION)  # again inside the write: another copy may have done it
                while version in UPGRADES:
                    UPGRADES[version](s)
                    version += 1
                write(s, VERSION, version)
        # A version above ours was written by a newer copy: leave it; unreadable values read
        # as defaults rather than being rewritten into a form that copy would not expect.
        self._upgraded = True
