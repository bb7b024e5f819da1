"""The one error the domain raises: input a user typed that the rules do not allow."""

from __future__ import annotations


class InvalidInput(ValueError):
    """A value a user gave is not allowed; the message names field, value and what is allowed."""

    def __init__(self, field: str, value: object, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"{field} {value!s} is not allowed: {allowed}")


class ConfirmationNeeded(InvalidInput):
    """A value that is allowed but usually a slip (a typo check): ask before saving."""

    def __init__(self, field: str, value: object, question: str) -> None:
        super().__init__(field, value, question)
        self.question = question
