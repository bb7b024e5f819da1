"""The summary written to a PDF with Qt: selectable text, embedded fonts, title and creator set,
A4 or Letter as the locale uses, written beside the target and renamed (never half a file)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def page_size(locale: QLocale) -> QPageSize:
    """Letter where the locale measures in US units, A4 everywhere else."""
    us = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def write_pdf(html: str, path: Path, title: str, locale: QLocale) -> None:
    """`html` laid out on pages of the locale's size into `path` (readable by the user only)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".pdf")
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setTitle(title)
        writer.setCreator("VD Tracker")
        writer.setPageSize(page_size(locale))
        writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
        doc = QTextDocument()
        doc.setHtml(html)
        doc.print_(writer)
        del writer  # the file is complete once the writer is gone
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = ["page_size", "write_pdf"]
