"""Printing to PDF with Qt's own text layout: the minutes of a meeting.

``exchange/`` writes the documents as HTML and has no Qt; here QTextDocument lays
that HTML out and QPdfWriter prints it. QtGui only (no widgets): a
QGuiApplication must exist.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.minutes import Minutes, document_title, to_html
from tandem_desktop.storage.files import atomic_write

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
