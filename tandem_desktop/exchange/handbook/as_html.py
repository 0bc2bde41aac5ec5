"""The handbook as the HTML subset QTextDocument understands, with its page-break places.

``ui.printing`` lays this out as a PDF: it asks ``body_html`` again with page breaks
before the headings and table rows that would otherwise be stranded or cut.
User text is escaped.
"""

from __future__ import annotations

import html

from tandem_desktop import APP_NAME
from tandem_desktop.exchange.handbook.document import Block, Handbook

ACCENT = "#2f5d8a"


def _h(text: str) -> str:
    return html.escape(text.strip(), quote=False).replace("\n", "<br>")


def title_html(book: Handbook) -> str:
    """The title page: the document's name, the tandem, both names and the date."""
    tandem = book.tandem
    label = 'style="color: #666666; padding-right: 18px;"'
    leader, assistant, as_of = book.labels.leader, book.labels.assistant, book.labels.as_of
    return "".join(
        [
            f'<p style="font-size: 12pt; color: #666666;">{_h(APP_NAME)}</p>',
            f'<p style="font-size: 30pt; font-weight: bold; color: {ACCENT};">'
            f"{_h(book.title)}</p>",
            '<p style="font-size: 18pt; margin-top: 6px; margin-bottom: 36px;">'
            f"{_h(tandem.name)}</p>",
            '<table cellspacing="0" cellpadding="3" style="font-size: 12pt;">',
            f"<tr><td {label}>{_h(leader)}</td><td><b>{_h(tandem.leader_name)}</b></td></tr>",
            f"<tr><td {label}>{_h(assistant)}</td><td><b>{_h(tandem.assistant_name)}</b></td></tr>",
            f"<tr><td {label}>{_h(as_of)}</td><td>{_h(book.as_of)}</td></tr>",
            "</table>",
            f'<p style="margin-top: 36px; font-size: 11pt;">{_h(book.intro)}</p>',
        ]
    )


# A place the PDF may start a new page at: (1, block) before a heading, (2, block, row)
# before a table row (the first row goes with the table's header), (3, block) signatures.
Unit = tuple[int, ...]


def to_html(book: Handbook, breaks: set[Unit] | None = None) -> str:
    """The body (after the title page) as the HTML subset QTextDocument understands."""
    return body_html(book, breaks or set())[0]


def body_html(book: Handbook, breaks: set[Unit]) -> tuple[str, list[Unit], list[Unit]]:
    """HTML with page breaks before ``breaks``; the heading and table units in document order.

    Every table row is a table of its own, so that a row never splits across pages and a
    row that starts a page can repeat the header.
    """
    parts: list[str] = []
    headings: list[Unit] = []
    tables: list[Unit] = []
    for index, block in enumerate(book.blocks):
        if block.kind == "table":
            for row in range(max(len(block.rows), 1)):
                piece: Unit = (2, index, row)
                tables.append(piece)
                parts.append(_table_piece(block, row, piece in breaks))
            continue
        markup = _html_block(block)
        if block.kind in ("h2", "h3", "h4"):
            unit: Unit = (1, index)
            headings.append(unit)
            if unit in breaks:
                markup = markup.replace(' style="', ' style="page-break-before: always; ', 1)
        elif block.kind == "signatures":
            unit = (3, index)
            tables.append(unit)
            if unit in breaks:
                markup = markup.replace("<table ", '<table style="page-break-before: always;" ', 1)
        parts.append(markup)
    return "".join(parts), headings, tables


_RULE = "border-bottom: 1px solid #b8c4d0;"


def _table_piece(block: Block, row: int, page_break: bool) -> str:
    """Row ``row`` of a table, with the header for the first row and after a page break."""
    widths = block.widths or [100 // max(len(block.header), 1)] * len(block.header)
    rows = []
    if row == 0 or page_break:
        cells = "".join(
            f'<td width="{width}%" style="background-color: #e8eef4; font-weight: bold; '
            f'{_RULE}">{_h(cell)}</td>'
            for cell, width in zip(block.header, widths, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    if block.rows:
        cells = "".join(
            f'<td width="{width}%" valign="top" style="{_RULE}">{_h(cell)}</td>'
            for cell, width in zip(block.rows[row], widths, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    last = row >= len(block.rows) - 1
    style = (
        "border-collapse: collapse; font-size: 9pt; margin-top: 0; "
        f"margin-bottom: {8 if last else 0}px;"
    )
    if page_break:
        style += " page-break-before: always;"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="4" style="{style}">'
        f"{''.join(rows)}</table>"
    )


def _html_block(block: Block) -> str:
    if block.kind == "h2":
        return (
            f'<h2 style="color: {ACCENT}; font-size: 16pt; margin-top: 22px; '
            f'margin-bottom: 8px;">{_h(block.text)}</h2>'
        )
    if block.kind == "h3":
        return (
            f'<h3 style="font-size: 12pt; margin-top: 12px; margin-bottom: 4px;">'
            f"{_h(block.text)}</h3>"
        )
    if block.kind == "h4":
        return (
            f'<h4 style="font-size: 10pt; margin-top: 8px; margin-bottom: 2px;">'
            f"{_h(block.text)}</h4>"
        )
    if block.kind == "p":
        return f'<p style="margin-bottom: 6px;">{_h(block.text)}</p>'
    if block.kind == "note":
        return f'<p style="color: #666666; font-style: italic;">{_h(block.text)}</p>'
    if block.kind == "quote":
        return (
            f'<p style="font-size: 13pt; font-style: italic; margin: 6px 0 10px 16px;">'
            f"{_h(block.text)}</p>"
        )
    if block.kind == "bullets":
        items = "".join(f'<li style="margin-bottom: 3px;">{_h(item)}</li>' for item in block.items)
        return f"<ul>{items}</ul>"
    if block.kind == "signatures":
        cells = "".join(
            '<td width="50%" style="padding: 56px 24px 0 0;">'
            '<hr style="border-color: #333333;"/>'
            f'{_h(name)}<br><span style="color: #666666;">{_h(caption)}</span></td>'
            for name, caption in zip(block.header, block.items, strict=True)
        )
        return f'<table width="100%" cellspacing="0"><tr>{cells}</tr></table>'
    raise ValueError(f"unknown block {block.kind!r}")
