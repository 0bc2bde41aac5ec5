"""The handbook of one tandem written to a file: Markdown here, PDF by the caller's printer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.handbook.as_markdown import to_markdown
from tandem_desktop.exchange.handbook.content import build_handbook
from tandem_desktop.exchange.handbook.document import Handbook
from tandem_desktop.storage.files import atomic_write
from tandem_desktop.storage.store import Store

FORMATS = ("pdf", "md")
# Lays the handbook out as PDF bytes (ui.printing.handbook_pdf: Qt, so not in exchange/).
PdfPrinter = Callable[[Handbook], bytes]


def export_handbook(
    store: Store,
    path: Path,
    *,
    tandem_id: str,
    fmt: str,
    translate: Translate,
    today: date,
    render_pdf: PdfPrinter | None = None,
) -> None:
    """Write the handbook of one tandem as PDF (through ``render_pdf``) or Markdown, atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown handbook format {fmt!r}")
    if fmt == "pdf" and render_pdf is None:
        raise ValueError("a PDF handbook needs a printer (render_pdf)")
    book = build_handbook(store, tandem_id, translate, today)
    payload = render_pdf(book) if render_pdf and fmt == "pdf" else to_markdown(book).encode("utf-8")
    with atomic_write(path) as stream:
        stream.write(payload)
