"""What the patient adds to their appointment summary (name, date of birth, questions): checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import InvalidInput, reason

NAME_LIMIT = 100
QUESTIONS_LIMIT = 2000
FIRST_BIRTH_DATE = date(1900, 1, 1)
PAPERS = ("auto", "a4", "letter")  # "auto": A4, or Letter where the locale measures in US units


@dataclass(frozen=True)
class Personal:
    """All optional: an empty name or questions, or no date of birth, is left off the page."""

    name: str = ""
    birth_date: date | None = None
    questions: str = ""  # free text; each non-empty line is one question

    def question_lines(self) -> list[str]:
        return [line.strip() for line in self.questions.splitlines() if line.strip()]


def text_limit(field: str, text: str, limit: int) -> str:
    """`text` without surrounding blanks, refused when longer than `limit` characters. The
    refusal carries the length, never the text: what a patient typed stays out of the log."""
    text = text.strip()
    if len(text) > limit:
        raise InvalidInput(field, f"{len(text)} characters", reason("max-chars", limit=limit))
    return text


def birth_date(day: date | None, today: date | None = None) -> date | None:
    """Not before 1900 and (when `today` is given) not after it."""
    if day is None:
        return None
    if day < FIRST_BIRTH_DATE:
        raise InvalidInput("birth_date", "", reason("date-not-before", first=FIRST_BIRTH_DATE))
    if today is not None and day > today:
        raise InvalidInput("birth_date", "", reason("date-not-future", today=today))
    return day


def checked(p: Personal, today: date) -> Personal:
    """The values as they may be stored (blanks trimmed), else InvalidInput for the first
    field that is wrong."""
    return Personal(text_limit("name", p.name, NAME_LIMIT), birth_date(p.birth_date, today),
                    text_limit("questions", p.questions, QUESTIONS_LIMIT))


__all__ = ["FIRST_BIRTH_DATE", "NAME_LIMIT", "PAPERS", "QUESTIONS_LIMIT", "Personal", "birth_date",
           "checked", "text_limit"]
