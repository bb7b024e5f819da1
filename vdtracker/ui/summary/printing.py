"""File ▸ Print summary… and Save summary as PDF…: the same summary the command line writes,
for the period chosen, printed through Qt's preview or saved as a PDF on the stored paper size
(the window's clock decides 'today')."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.errors import InvalidInput
from ...services.out_files import check_target, store_folder
from ...services.summary_options import stored
from ...storage.errors import StorageError
from ...wording import arg
from ..context import Context
from .document import summary_document
from .pages import Pages, paint_pages, set_margins
from .paper import paper_size
from .pdf import write_pdf


def summary_of(ctx: Context, first: date | None = None, last: date | None = None
               ) -> Pages:
    """The summary of [first, last] (by default the default period) as of the window's today,
    laid out on the stored paper."""
    return summary_document(ctx.services, ctx.words, ctx.today(), first, last,
                            stored(ctx.services.settings).paper, QLocale())


def print_to(pages: Pages, printer: QPrinter) -> None:
    set_margins(printer)
    paint_pages(pages, printer, printer.resolution())


def preview(ctx: Context, parent: QWidget, first: date | None = None,
            last: date | None = None) -> None:
    """Qt's print preview of the summary: Print, or a PDF printer where the system has one."""
    try:
        pages = summary_of(ctx, first, last)
    except StorageError as err:
        ctx.signals.message.emit(arg(QCoreApplication.translate(
            "Printing", "The summary was not made: %1"), ctx.words.storage(err)))
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(paper_size(stored(ctx.services.settings).paper, QLocale()))
    printer.setDocName(ctx.words.summary.title())
    set_margins(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(ctx.words.summary.title())
    dialog.paintRequested.connect(lambda p: print_to(pages, p))
    # Qt opens it small, with Print behind the toolbar's overflow on a small screen
    dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()  # its pages and pictures go with it, not with the window


def save_pdf(ctx: Context, path: Path, first: date | None = None,
             last: date | None = None) -> None:
    """The summary into `path`, which the save dialog asked to replace if it existed; never
    over the diary, its backups or a database."""
    db = ctx.services.db
    path = check_target(path, "pdf", store_folder(db.where, db.url), asked=True)
    write_pdf(summary_of(ctx, first, last), path, ctx.words.summary.title(), QLocale(),
              paper=stored(ctx.services.settings).paper)


def save_with_dialog(ctx: Context, parent: QWidget, first: date | None = None,
                     last: date | None = None) -> None:
    """Ask where, write the PDF, and say so (or why not) in the status bar."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Printing", "Save the summary as PDF"),
        str(Path.home() / arg(QCoreApplication.translate(  # a name in the user's language
            "Printing", "vdtracker-summary-%1.pdf"), ctx.today().isoformat())), "PDF (*.pdf)")
    if not path:
        return
    try:
        save_pdf(ctx, Path(path), first, last)
    except (OSError, StorageError, InvalidInput) as err:
        why = (ctx.words.storage(err) if isinstance(err, StorageError)
               else ctx.words.reason(err.reason) if isinstance(err, InvalidInput)
               else err.strerror or str(err))
        ctx.signals.message.emit(arg(QCoreApplication.translate(
            "Printing", "The summary was not saved: %1"), why))
        return
    ctx.signals.message.emit(arg(QCoreApplication.translate(
        "Printing", "Saved the summary for your appointment to %1. It contains health data: "
        "share it only with whom you choose."), path))


__all__ = ["preview", "print_to", "save_pdf", "save_with_dialog", "summary_of"]
