"""The summary's pages painted one by one on a PDF writer or a printer, each with a footer that
names whose summary it is and which page of how many (Qt's own printing has no footer)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QTextDocument,
)

MARGINS_MM = (16.0, 14.0, 16.0, 14.0)  # left, top, right, bottom
SCREEN_DPI = 96.0  # QTextDocument lays text out at this resolution, whatever the device's
FOOTER = 22.0  # px at 96 dpi kept at the foot of each page's text area for the footer


@dataclass
class Pages:
    doc: QTextDocument  # its page size: the text area less the footer
    footer: str  # "Jane Doe · Summary for my appointment · printed 23 Nov 2026"
    page_of: str  # "Page %1 of %2"


def set_margins(device: QPagedPaintDevice) -> None:
    left, top, right, bottom = MARGINS_MM
    device.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)


def paint_pages(pages: Pages, device: QPagedPaintDevice, resolution: int) -> None:
    """Every page of `pages.doc` on `device` (margins set by set_margins), scaled from the
    document's 96 dpi to the device's `resolution`, with the footer under each."""
    doc = pages.doc
    width, height = doc.pageSize().width(), doc.pageSize().height()
    # at the device's resolution, or smaller when the printer's paper is smaller than the
    # paper the pages were laid out for (Letter chosen in the print dialog for A4 pages)
    scale = min(resolution / SCREEN_DPI, device.width() / width,
                device.height() / (height + FOOTER))
    total = doc.pageCount()
    font = QFont(doc.defaultFont())
    font.setPixelSize(10)  # in the document's 96-dpi pixels (the painter scales): 7.5 pt
    painter = QPainter(device)
    try:
        for index in range(total):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(0, -index * height)
            page = QRectF(0, index * height, width, height)
            painter.setClipRect(page)  # a paragraph across the break draws its lines on one
            doc.drawContents(painter, page)  # page each, not all of them on both
            painter.restore()
            painter.setFont(font)
            foot = QRectF(0, height + FOOTER * 0.3, width, FOOTER * 0.7)
            painter.drawLine(foot.topLeft(), foot.topRight())
            number = pages.page_of.replace("%1", str(index + 1)).replace("%2", str(total))
            room = width - QFontMetrics(font).horizontalAdvance(number) - 16
            left = QFontMetrics(font).elidedText(pages.footer, Qt.TextElideMode.ElideMiddle,
                                                 int(room))
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             left)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter), number)
            painter.restore()
    finally:
        painter.end()


__all__ = ["FOOTER", "MARGINS_MM", "Pages", "paint_pages", "set_margins"]
