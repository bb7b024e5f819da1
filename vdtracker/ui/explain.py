"""One sentence for a failed save, whether the input was refused or the store was."""

from __future__ import annotations

from ..domain.errors import InvalidInput


def explain(err: Exception) -> str:
    if isinstance(err, InvalidInput):
        return f"{err.field} {err.value} — {err.allowed}"
    return str(err)
