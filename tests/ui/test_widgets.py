"""The small shared helpers of ui/widgets.py."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from tandem_desktop.ui.widgets import literal_tooltip


def _shown(rich_text: str) -> str:
    """The text Qt shows for a rich-text tooltip."""
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


def test_a_literal_tooltip_shows_markup_as_typed_and_keeps_line_breaks(qapp) -> None:  # type: ignore[no-untyped-def]
    typed = "<b>Budget</b> & <img src='http://127.0.0.1/x'>\nsecond line"
    tip = literal_tooltip(typed)
    assert "<b>" not in tip and "<img" not in tip
    assert _shown(tip) == typed
    assert literal_tooltip("plain") == "<p>plain</p>"
