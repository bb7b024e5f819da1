"""A number given inside another argument (a lab value as printed, what one unit holds), read
as the user's language writes numbers; one that reads two ways is refused with both readings."""

from __future__ import annotations

from ..domain.errors import InvalidInput, Reason, reason
from ..domain.numbers import NumberNotRead, plain, read_number
from ..wording.translate import system_locale


def typed_number(field: str, number: str, typed: str, otherwise: Reason) -> float:
    """`number` (the numeric part of `typed`, the whole argument as given) read in the user's
    language; InvalidInput on `field` naming both readings, or saying `otherwise`."""
    language = system_locale()
    try:
        return read_number(number, language)
    except NumberNotRead as err:
        if err.readings:
            first, second = (plain(x, language) for x in err.readings)
            raise InvalidInput(field, typed, reason("number-two-ways", first=first,
                                                    second=second)) from None
        raise InvalidInput(field, typed, otherwise) from None


__all__ = ["typed_number"]
