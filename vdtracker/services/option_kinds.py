"""The kinds of stored setting (a flag, a number, a text, a date, a choice, day stamps, the
discussed marks): each with its type, default, title and how it is written down."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from ..domain.alert_rank import Discussed
from ..domain.errors import InvalidInput, Reason, reason
from ..domain.personal import birth_date, text_limit

T = TypeVar("T")


# Named after Picard's options (BoolOption, IntOption, TextOption); `Setting` is the stored row.
@dataclass(frozen=True)
class Option(Generic[T]):
    """One stored setting; the subclass gives its Python type and how it is written down."""

    key: str
    default: T
    title: str

    def decode(self, raw: str) -> T:
        """The stored text as a value; ValueError for text this version cannot read."""
        raise NotImplementedError

    def encode(self, value: T) -> str:
        raise NotImplementedError

    def check(self, value: T) -> T:
        """The value if it may be stored, else InvalidInput naming what is allowed."""
        return value

    @property
    def words(self) -> tuple[str, ...]:
        """What a user may type for it at the command line (empty: any text)."""
        return ()

    def parse(self, text: str) -> T:
        """A value as typed at the command line."""
        try:
            value = self.decode(text)
        except InvalidInput:
            raise
        except ValueError:
            raise InvalidInput(self.key, text, self.why()) from None
        return self.check(value)

    def show(self, value: T) -> str:
        """A value as the command line prints it (the same words `parse` accepts)."""
        return self.encode(value)

    def why(self) -> Reason:
        """Why a refused value is refused (a kind and parameters, worded elsewhere)."""
        return reason("one-of", choices=", ".join(self.words))


@dataclass(frozen=True)
class BoolOption(Option[bool]):
    """A yes/no setting: stored as "true"/"false", typed and shown as "on"/"off"."""

    def decode(self, raw: str) -> bool:
        if raw not in ("true", "false"):
            raise ValueError(raw)
        return raw == "true"

    def encode(self, value: bool) -> str:
        return "true" if value else "false"

    def check(self, value: bool) -> bool:
        if not isinstance(value, bool):
            raise InvalidInput(self.key, value, self.why())
        return value

    @property
    def words(self) -> tuple[str, ...]:
        return ("off", "on")

    def parse(self, text: str) -> bool:
        if text not in self.words:
            raise InvalidInput(self.key, text, self.why())
        return text == "on"

    def show(self, value: bool) -> str:
        return "on" if value else "off"


@dataclass(frozen=True)
class IntOption(Option[int]):
    low: int | None = None

    def decode(self, raw: str) -> int:
        return self.check(int(raw))

    def encode(self, value: int) -> str:
        return str(value)

    def check(self, value: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidInput(self.key, value, self.why())
        if self.low is not None and value < self.low:
            raise InvalidInput(self.key, value, self.why())
        return value

    def why(self) -> Reason:
        return reason("whole-number", low=self.low)


@dataclass(frozen=True)
class TextOption(Option[str]):
    """Any text, up to `limit` characters when one is given (a longer stored text reads as the
    default). A refusal names the length, never the text."""

    limit: int | None = None

    def decode(self, raw: str) -> str:
        return self.check(raw)

    def encode(self, value: str) -> str:
        return value

    def check(self, value: str) -> str:
        if not isinstance(value, str):
            raise InvalidInput(self.key, type(value).__name__, self.why())
        if self.limit is not None:
            text_limit(self.key, value, self.limit)
        return value

    def why(self) -> Reason:
        return reason("max-chars", limit=self.limit) if self.limit is not None \
            else super().why()


@dataclass(frozen=True)
class DateOption(Option[date | None]):
    """A day or none, stored as YYYY-MM-DD ("" for none); days before 1900 are refused."""

    def decode(self, raw: str) -> date | None:
        return self.check(date.fromisoformat(raw)) if raw else None

    def encode(self, value: date | None) -> str:
        return value.isoformat() if value is not None else ""

    def check(self, value: date | None) -> date | None:
        if value is not None and not isinstance(value, date):
            raise InvalidInput(self.key, type(value).__name__, reason("date-format"))
        return birth_date(value)


@dataclass(frozen=True)
class ChoiceOption(Option[str]):
    """One of a fixed set of words (a stored word no longer offered reads as the default)."""

    choices: tuple[str, ...]

    def decode(self, raw: str) -> str:
        if raw not in self.choices:
            raise ValueError(raw)
        return raw

    def encode(self, value: str) -> str:
        return value

    def check(self, value: str) -> str:
        if value not in self.choices:
            raise InvalidInput(self.key, value, self.why())
        return value

    @property
    def words(self) -> tuple[str, ...]:
        return self.choices


@dataclass(frozen=True)
class DayStampsOption(Option[Mapping[str, date]]):
    """Names with the day each was last done, stored as a JSON object of ISO dates."""

    def decode(self, raw: str) -> Mapping[str, date]:
        try:
            loaded = json.loads(raw)
            return {str(k): date.fromisoformat(v) for k, v in loaded.items()}
        except (AttributeError, TypeError) as err:  # valid JSON of another shape
            raise ValueError(raw) from err

    def encode(self, value: Mapping[str, date]) -> str:
        return json.dumps({k: d.isoformat() for k, d in value.items()}, sort_keys=True)


@dataclass(frozen=True)
class DiscussedOption(Option[Mapping[str, Discussed]]):
    """By test, the result marked as discussed with the clinician: a JSON object of
    {"lab": id, "value": number, "on": ISO date}."""

    def decode(self, raw: str) -> Mapping[str, Discussed]:
        try:
            return {str(k): Discussed(int(v["lab"]), float(v["value"]), date.fromisoformat(v["on"]))
                    for k, v in json.loads(raw).items()}
        except (AttributeError, KeyError, TypeError) as err:  # valid JSON of another shape
            raise ValueError(raw) from err

    def encode(self, value: Mapping[str, Discussed]) -> str:
        return json.dumps({k: {"lab": m.lab_id, "value": m.value, "on": m.on.isoformat()}
                           for k, m in value.items()}, sort_keys=True)


__all__ = ["BoolOption", "ChoiceOption", "DateOption", "DayStampsOption", "DiscussedOption",
           "IntOption", "Option", "T", "TextOption"]
