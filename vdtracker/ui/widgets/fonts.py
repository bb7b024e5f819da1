"""Fonts relative to the user's chosen text size, so 200 % text scales headings too."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def emphasize(widget: QWidget, factor: float = 1.0, bold: bool = True) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
