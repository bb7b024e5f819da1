"""The one error the domain raises: a value a user gave that the rules do not allow."""

from __future__ import annotations

from .messages import Message, message

Reason = Message  # why a value is refused: a kind and parameters, worded by the wording layer
reason = message


class InvalidInput(ValueError):
    """A value a user gave is not allowed: which field, the value, and why.

    `field` is the name of the thing asked for ("region", "date"), never a command-line flag
    or a window label: the CLI and the window each say it in their own words."""

    def __init__(self, field: str, value: object, why: Reason) -> None:
        self.field = field
        self.value = value
        self.reason = why
        super().__init__(f"{field} {value!s}: {why.kind}")


class ConfirmationNeeded(InvalidInput):
    """A value that is allowed but usually a slip (a typo check): ask before saving."""
