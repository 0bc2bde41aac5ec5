"""Printing to PDF with Qt's own text layout: the handbook and the minutes of a meeting.

``exchange/`` writes the documents as HTML and has no Qt; here QTextDocument lays
that HTML out and QPdfWriter prints it. QtGui only (no widgets): a
QGuiApplication must exist (``ui.translators.command_translate`` starts one for
the command line).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
)

from tandem_desktop import APP_NAME, __version__
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.handbook.as_html import Unit, body_html, title_html
from tandem_desktop.exchange.handbook.document import Handbook
from tandem_desktop.exchange.minutes import Minutes, document_title, to_html
from tandem_desktop.storage.files import atomic_write

_LAYOUT_DPI = 96  # the handbook is laid out at this resolution, then scaled to the PDF's


# -- the handbook: A4, a title page, pages that never strand a heading or cut a row ---------


def _document(html_text: str, width: float, font: QFont, device: QImage) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setHtml(html_text)
    document.setTextWidth(width)
    return document


def _base_font() -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setFamilies(
        [
            "Helvetica Neue",
            "Segoe UI",
            "Arial",
            "DejaVu Sans",
            "Liberation Sans",
            "Noto Sans",
            "Sans Serif",
        ]
    )
    font.setPointSizeF(10)
    return font


def _lead_page(top: float, block: QTextBlock, page_height: float) -> int:
    """The page the second line (or the only line) of a block ends on."""
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return int(top // page_height)
    line = lines.lineAt(min(1, lines.lineCount() - 1))
    return int((top + line.y() + line.height() - 1) // page_height)


def _first_split(
    document: QTextDocument,
    page_height: float,
    headings: list[Unit],
    tables: list[Unit],
    breaks: set[Unit],
) -> Unit | None:
    """The first heading left alone at a page's foot, or table row cut by a page's end."""
    layout = document.documentLayout()
    found: list[tuple[float, Unit]] = []
    block = document.begin()
    number = 0
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            top = layout.blockBoundingRect(block).top()
            after = block.next()
            # Stranded: the next block's first two lines do not share the heading's page.
            if (
                headings[number] not in breaks
                and after.isValid()
                and _lead_page(layout.blockBoundingRect(after).top(), after, page_height)
                != int(top // page_height)
            ):
                found.append((top, headings[number]))
                break
            number += 1
        block = block.next()
    previous_page = -1
    for frame, unit in zip(document.rootFrame().childFrames(), tables, strict=False):
        rect = layout.frameBoundingRect(frame)
        first_page = int(rect.top() // page_height)
        last_page = int((rect.bottom() - 1) // page_height)
        cut = first_page != last_page and rect.height() < page_height * 0.8
        # A row that a page begins with (not by a break of ours) needs the header again.
        continued = unit[0] == 2 and unit[2] > 0 and first_page > previous_page >= 0
        if (cut or continued) and unit not in breaks:
            found.append((rect.top(), unit))
            break
        previous_page = last_page if unit[0] == 2 else -1
    return min(found)[1] if found else None


def handbook_pdf(book: Handbook) -> bytes:
    """The handbook as PDF bytes: A4, a title page, then pages with a numbered footer."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication must exist to lay out the handbook")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{book.title}: {book.tandem.name}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    dpi = writer.resolution()
    paint = writer.pageLayout().paintRectPixels(dpi)
    scale = dpi / _LAYOUT_DPI
    width = paint.width() / scale
    height = paint.height() / scale
    footer = 28.0
    page_height = height - footer

    # Lay out at a fixed 96 dpi whatever the screen, so the result is the same everywhere.
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(_LAYOUT_DPI / 0.0254))
    device.setDotsPerMeterY(round(_LAYOUT_DPI / 0.0254))
    font = _base_font()
    title = _document(title_html(book), width, font, device)
    breaks: set[Unit] = set()
    for _round in range(500):  # each round moves one heading or row to the next page
        markup, headings, tables = body_html(book, breaks)
        body = _document(markup, width, font, device)
        body.setPageSize(QSizeF(width, page_height))
        split = _first_split(body, page_height, headings, tables, breaks)
        if split is None:
            break
        if split[0] == 1:
            # The heading now opens the page: what follows it needs no break of its own.
            breaks -= {
                (1, split[1] + 1),
                (1, split[1] + 2),
                (2, split[1] + 1, 0),
                (2, split[1] + 2, 0),
            }
        breaks.add(split)
    pages = body.pageCount() + 1
    footer_font = QFont(font)
    footer_font.setPixelSize(11)  # pixels of the 96-dpi layout: 8 pt

    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        painter.save()
        painter.translate(0, height * 0.28)
        title.drawContents(painter)
        painter.restore()
        for index in range(1, pages):
            writer.newPage()
            top = (index - 1) * page_height
            painter.save()
            painter.translate(0, -top)
            body.drawContents(painter, QRectF(0, top, width, page_height))
            painter.restore()
            line = round(page_height + 8)
            painter.setPen(QPen(QColor("#b8c4d0"), 0.5))
            painter.drawLine(0, line, round(width), line)
            painter.setPen(QColor("#666666"))
            painter.setFont(footer_font)
            box = QRectF(0, page_height + 10, width, footer - 10)
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | middle), f"{book.title} · {book.tandem.name}"
            )
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignRight | middle),
                book.labels.page.format(page=index + 1, pages=pages),
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


# -- the minutes of a meeting: A4, as the HTML flows --------------------------------------


def write_html_pdf(markup: str, title: str, path: Path) -> None:
    """Print simple HTML to a PDF file (A4); the file appears whole or not at all."""
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    document = QTextDocument()
    document.setHtml(markup)
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    with atomic_write(path) as stream:
        stream.write(bytes(content.data()))


def write_minutes_pdf(minutes: Minutes, path: Path, translate: Translate) -> None:
    """The agenda and minutes of a meeting as a PDF file."""
    write_html_pdf(to_html(minutes, translate), document_title(minutes, translate), path)
