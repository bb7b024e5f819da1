"""The summary written to a PDF with Qt: selectable text, embedded fonts, title and creator set,
A4 or Letter as the locale uses, written beside the target and renamed (never half a file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPdfWriter

from ...storage.beside import written_beside
from .pages import Pages, paint_pages, set_margins
from .paper import paper_size


def write_pdf(pages: Pages, path: Path, title: str, locale: QLocale, paper: str = "auto"
              ) -> None:
    """The summary's pages on `paper` ("a4", "letter", or "auto": the locale's) into `path`,
    readable by the user only; DiskFull (nothing left behind) when the bytes did not land.
    Where it may go is the caller's check (services.out_files.check_target)."""
    with written_beside(Path(path), ends=b"%%EOF") as tmp:  # Qt's writer says nothing when
        writer = QPdfWriter(str(tmp))  # the disk fills: a PDF that landed ends with %%EOF
        writer.setTitle(title)
        writer.setCreator("VD Tracker")
        writer.setAuthor("VD Tracker")  # the app wrote it; the patient's name is on the page
        writer.setPageSize(paper_size(paper, locale))
        set_margins(writer)
        paint_pages(pages, writer, writer.resolution())
        del writer  # the file is complete once the writer is gone


__all__ = ["write_pdf"]
