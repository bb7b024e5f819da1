"""The summary's paper: the stored choice (A4 or Letter), or by default the locale's."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def page_size(locale: QLocale) -> QPageSize:
    """Letter where the locale measures in US units, A4 everywhere else."""
    us = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def paper_size(paper: str, locale: QLocale) -> QPageSize:
    """"a4" or "letter" as chosen; "auto" (or a word this version does not know): the locale's."""
    if paper in SIZES:
        return QPageSize(SIZES[paper])
    return page_size(locale)


__all__ = ["SIZES", "page_size", "paper_size"]
