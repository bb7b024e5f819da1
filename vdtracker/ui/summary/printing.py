"""File ▸ Print summary… and Save summary as PDF…: the same summary the command line writes,
printed through Qt's preview or saved as a PDF (the window's clock decides 'today')."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from ...storage.errors import StorageError
from ...wording import arg
from ..context import Context
from .layout import html_for
from .pdf import page_size, write_pdf


def summary_of(ctx: Context) -> str:
    """The summary's HTML for the default period, as of the window's today."""
    return html_for(ctx.services, ctx.words, ctx.today())


def print_to(html: str, printer: QPrinter) -> None:
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(printer)


def preview(ctx: Context, parent: QWidget) -> None:
    """Qt's print preview of the summary: Print, or a PDF printer where the system has one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size(QLocale()))
    printer.setDocName(ctx.words.summary.title())
    html = summary_of(ctx)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(ctx.words.summary.title())
    dialog.paintRequested.connect(lambda p: print_to(html, p))
    dialog.exec()


def save_pdf(ctx: Context, path: Path) -> None:
    write_pdf(summary_of(ctx), path, ctx.words.summary.title(), QLocale())


def save_with_dialog(ctx: Context, parent: QWidget) -> None:
    """Ask where, write the PDF, and say so (or why not) in the status bar."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Printing", "Save the summary as PDF"),
        f"vdtracker-summary-{ctx.today().isoformat()}.pdf", "PDF (*.pdf)")
    if not path:
        return
    try:
        save_pdf(ctx, Path(path))
    except (OSError, StorageError) as err:
        why = (ctx.words.storage(err) if isinstance(err, StorageError)
               else err.strerror or str(err))
        ctx.signals.message.emit(arg(QCoreApplication.translate(
            "Printing", "The summary was not saved: %1"), why))
        return
    ctx.signals.message.emit(arg(QCoreApplication.translate(
        "Printing", "Saved the summary for your appointment to %1. It contains health data: "
        "share it only with whom you choose."), path))


__all__ = ["preview", "print_to", "save_pdf", "save_with_dialog", "summary_of"]
