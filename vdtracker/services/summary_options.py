"""The summary settings (name, date of birth, questions, paper): read, checked and kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.errors import InvalidInput, reason
from ..domain.personal import PAPERS, Personal, checked
from . import settings as opts
from .settings import SettingsService


@dataclass(frozen=True)
class SummaryOptions:
    personal: Personal = field(default_factory=Personal)
    paper: str = "auto"  # domain.personal.PAPERS


def stored(settings: SettingsService) -> SummaryOptions:
    """The values last used (empty, and paper from the locale, the first time)."""
    return SummaryOptions(Personal(settings.get(opts.SUMMARY_NAME),
                                   settings.get(opts.SUMMARY_BIRTH_DATE),
                                   settings.get(opts.SUMMARY_QUESTIONS)),
                          settings.get(opts.SUMMARY_PAPER))


def keep(settings: SettingsService, options: SummaryOptions, today: date) -> SummaryOptions:
    """Check every value, then store them together; a refusal (InvalidInput naming "name",
    "birth_date", "questions" or "paper") stores nothing."""
    personal = checked(options.personal, today)
    if options.paper not in PAPERS:
        raise InvalidInput("paper", options.paper, reason("one-of", choices=", ".join(PAPERS)))
    settings.set_all([(opts.SUMMARY_NAME, personal.name),
                      (opts.SUMMARY_BIRTH_DATE, personal.birth_date),
                      (opts.SUMMARY_QUESTIONS, personal.questions),
                      (opts.SUMMARY_PAPER, options.paper)])
    return SummaryOptions(personal, options.paper)


__all__ = ["SummaryOptions", "keep", "stored"]
