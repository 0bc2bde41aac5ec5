"""The small shared helpers of ui/widgets.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from tandem_desktop.ui.widgets import literal_tooltip, read_only_table, select_row


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


def test_select_row_chooses_one_row_even_with_ctrl_held(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(3, 2)
    table = read_only_table(None, model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    select_row(table, 0)
    QTest.keyPress(table, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        select_row(table, 2)
        select_row(table, 2)  # held Ctrl would toggle it off again with selectRow
    finally:
        QTest.keyRelease(table, Qt.Key.Key_Control)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [2]
    assert table.currentIndex().row() == 2
