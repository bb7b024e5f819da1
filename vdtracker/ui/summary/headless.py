"""The summary written as a PDF without a window (`vdtracker report`): Qt runs offscreen when
there is no display, and the document is the one the window prints."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ...domain.personal import Personal
from ...services.bundle import Services
from ...services.summary_options import stored
from ...wording import Wording
from ..translations import install_translators
from .document import summary_document
from .pdf import write_pdf


def write_report(services: Services, words: Wording, first: date | None, last: date | None,
                 as_of: date, out: Path, paper: str | None = None,
                 personal: Personal | None = None) -> Path:
    """`paper` ("auto", "a4", "letter") and `personal` (name, date of birth, questions) for
    this document only; None: the stored summary settings."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["vdtracker"])
    # the chart's words come from Qt's translators (the command line's from its catalogue):
    # the report's language for this document, and the app as it was afterwards
    installed = install_translators(app, QLocale(words.common.formats.language))
    try:
        paper = paper or stored(services.settings).paper
        write_pdf(summary_document(services, words, as_of, first, last, paper, QLocale(),
                                   personal=personal), out, words.summary.title(), QLocale(),
                  paper=paper)
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    return out
