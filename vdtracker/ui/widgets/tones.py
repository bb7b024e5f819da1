"""Colours that stay legible on a light palette and a dark one: the alert severities, the
rating cue (green, amber, red), and a tint mixed from two colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# (light palette, dark palette): each legible as text and as a stripe on its own background
SEVERITY = {"urgent": ("#b3261e", "#f28b82"), "warning": ("#a15c00", "#f6b14a"),
            "info": ("#1f63a8", "#8ab4f8"), "quiet": ("#2e7d4f", "#81c995")}
GREEN, AMBER, RED = SEVERITY["quiet"], SEVERITY["warning"], ("#c62828", "#f28b82")


def dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def pick(pair: tuple[str, str], palette: QPalette) -> QColor:
    """The colour of `pair` for this palette."""
    return QColor(pair[1] if dark(palette) else pair[0])


def tinted(base: QColor, tint: QColor, amount: float) -> QColor:
    """`base` moved `amount` (0-1) of the way to `tint`."""
    return QColor(*(round(b + (t - b) * amount) for b, t in (
        (base.red(), tint.red()), (base.green(), tint.green()), (base.blue(), tint.blue()))))
