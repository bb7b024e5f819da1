"""The summary as pages: the HTML with its chart attached, laid out on the chosen paper, the
details on a page 2 only when the whole does not fit on one page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QLocale, QSizeF, QUrl
from PySide6.QtGui import (
    QPageSize,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from ...domain.personal import Personal
from ...services.bundle import Services
from ...wording import Wording
from .chart_image import HEIGHT as CHART_HEIGHT
from .chart_image import chart_image
from .layout import CHART_URL, details_heading, summary_for, summary_html
from .pages import FOOTER, MARGINS_MM, SCREEN_DPI, Pages
from .paper import paper_size

HEADINGS = ("schedules", "labs", "symptoms", "alerts", "questions", "other-labs", "notes",
            "method")
NEW_PAGE = "page-break-before: always"

DOCUMENT_MARGIN = 4.0  # px inside the page's margins (Qt's default is 4)
MAX_MOVES = 20  # rows and headings moved to the next page, at most


def text_area(paper: str, locale: QLocale) -> QSizeF:
    """The page's text area in the document's units (pixels at 96 dpi), less the footer."""
    size = paper_size(paper, locale).size(QPageSize.Unit.Millimeter)
    left, top, right, bottom = MARGINS_MM
    per_mm = SCREEN_DPI / 25.4
    return QSizeF((size.width() - left - right) * per_mm,
                  (size.height() - top - bottom) * per_mm - FOOTER)


def summary_document(services: Services, words: Wording, as_of: date,
                     first: date | None = None, last: date | None = None,
                     paper: str = "auto", locale: QLocale | None = None,
                     personal: Personal | None = None) -> Pages:
    """The pages the PDF, the print preview and the command line all print; `personal` (name,
    date of birth, questions) for this document only, else those kept in the settings."""
    locale = locale or QLocale()
    read = services.summary.read(as_of)  # once, for the text and the chart
    summary = summary_for(services, as_of, first, last, read)
    if personal is not None:
        summary = replace(summary, personal=personal)
    area = text_area(paper, locale)
    size = (int(area.width()) - 2 * int(DOCUMENT_MARGIN), CHART_HEIGHT)
    image = chart_image(services, words, summary.first, summary.last, as_of, *size,
                        course=summary.course_start, read=read)
    chart = ((size[0], round(image.height() / image.devicePixelRatio())) if image is not None
             else None)
    doc = QTextDocument()
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setPageSize(area)
    if image is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    html = summary_html(summary, words, chart, page_two=False)
    set_html(doc, html)
    if doc.pageCount() > 1 and _on_first_page(doc, details_heading(summary, words)):
        html = summary_html(summary, words, chart, page_two=True)  # the story alone on page 1
        set_html(doc, html)
    headings = [words.summary.heading(key) for key in HEADINGS]
    for _ in range(MAX_MOVES):  # a row across two pages, or a heading alone at the foot of
        split = split_row(doc)  # one, starts the next page
        if split is not None:
            set_html(doc, html := break_before(html, *split))
            continue
        alone = heading_alone(doc, headings)
        if alone is None:
            break
        set_html(doc, html := html.replace(
            f"<p class='h'>{escape(alone)}</p>",
            f"<p class='h' style='{NEW_PAGE}'>{escape(alone)}</p>"))
    w = words.summary
    footer = " · ".join(part for part in (summary.personal.name, w.title(),
                                          w.printed(summary.as_of)) if part)
    return Pages(doc, footer, w.page_of())


def set_html(doc: QTextDocument, html: str) -> None:
    """The HTML laid out, then each paragraph or list item that would run across a page break
    moved whole to the next page (an alert or a note is never begun on one page and ended on
    the next). Table rows are break_before's; blocks are moved in place, without laying out
    anew. Qt lays out what follows a changed block later, in the event loop a report may never
    run, and until then places it all at one spot: markContentsDirty has it laid out now."""
    doc.setHtml(html)
    doc.markContentsDirty(0, doc.characterCount())
    layout, height = doc.documentLayout(), doc.pageSize().height()
    moved = QTextBlockFormat()
    moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    block = doc.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            box = layout.blockBoundingRect(block)
            if int(box.top() // height) != int((box.bottom() - 1) // height) \
                    and box.height() < height / 2:
                QTextCursor(block).mergeBlockFormat(moved)
                doc.markContentsDirty(block.position(), doc.characterCount() - block.position())
        block = block.next()


def heading_alone(doc: QTextDocument, headings: list[str]) -> str | None:
    """The first section heading that ends a page, its section on the next; None if none."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.text() in headings and following.isValid():
            here = int(layout.blockBoundingRect(block).top() // height)
            then = int(layout.blockBoundingRect(following).top() // height)
            if then > here:
                return block.text()
        block = following
    return None


def _on_first_page(doc: QTextDocument, heading: str) -> bool:
    """Whether the details' heading (so the whole story before it) lies on page 1."""
    block = doc.begin()
    while block.isValid() and block.text() != heading:  # the heading, not a note that quotes it
        block = block.next()
    if not block.isValid():
        return False
    return doc.documentLayout().blockBoundingRect(block).top() < doc.pageSize().height()


def _tables(frame: QTextFrame) -> list[QTextTable]:
    out: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            out.append(child)
        out += _tables(child)
    return out


def split_row(doc: QTextDocument) -> tuple[int, int] | None:
    """(table, row) of the first table row Qt laid across a page break, counted in the order
    the tables appear; None when every row sits on one page."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    for t, table in enumerate(_tables(doc.rootFrame())):
        for r in range(table.rows()):
            cells = [table.cellAt(r, c) for c in range(table.columns())]
            top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top()
                      for c in cells)
            bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom()
                         for c in cells)
            if r > 0 and int(top // height) != int(bottom // height) and bottom - top < height:
                return t, r
    return None


def break_before(html: str, table: int, row: int) -> str:
    """The HTML with `table` ended before its `row` and a copy of its head starting the rest
    on a new page."""
    start = -1
    for _ in range(table + 1):
        start = html.index("<table", start + 1)
    head_end = html.index("</thead>", start) + len("</thead>")
    head = html[html.index("<thead>", start):head_end]
    cut = head_end
    for _ in range(row):  # row 0 is the head's row: the body's rows follow it
        cut = html.index("<tr>", cut + 1)
    opening = html[start:html.index(">", start) + 1]
    rest = opening.replace("<table", f"<table style='{NEW_PAGE}'", 1)
    return html[:cut] + "</tbody></table>" + rest + head + "<tbody>" + html[cut:]


__all__ = ["break_before", "heading_alone", "split_row", "summary_document", "text_area"]
