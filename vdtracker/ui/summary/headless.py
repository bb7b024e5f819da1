"""The summary written as a PDF without a window (`vdtracker report`): Qt runs offscreen when
there is no display, and the document is the one the window prints."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ...services.bundle import Services
from ...wording import Wording
from .layout import html_for
from .pdf import write_pdf


def write_report(services: Services, words: Wording, first: date | None, last: date | None,
                 as_of: date, out: Path) -> Path:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["vdtracker"])  # noqa: F841 (kept alive)
    write_pdf(html_for(services, words, as_of, first, last), out, words.summary.title(),
              QLocale())
    return out
