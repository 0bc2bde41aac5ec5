"""What the rules and the areas lists share: one table of records and the buttons on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, Signal, SignalInstance
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import select_row


class RecordListPanel(QWidget):
    """A table of records with buttons that ask the tab to create, edit or delete one.

    The panel only shows rows and reports the user's choice by record id; the tab
    reads and writes the database.
    """

    newRequested = Signal()
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    currentChanged = Signal(str)
    filterChanged = Signal()

    model: RowTableModel[Any]
    table: QTableView
    new_button: QPushButton
    edit_button: QPushButton
    delete_button: QPushButton

    def _button_row(self, layout: QVBoxLayout, buttons: Sequence[QPushButton],
                    due_text: str) -> None:
        """The buttons on the left, the "due for review only" switch on the right."""
        self.due_only = QCheckBox(due_text, self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.due_only)
        layout.addLayout(row)

    def _connect(self) -> None:
        """Wire the shared buttons, the table and the switch (after they all exist)."""
        self.new_button.clicked.connect(self.newRequested)
        self.edit_button.clicked.connect(lambda: self._emit(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._emit(self.deleteRequested))
        self.table.doubleClicked.connect(lambda _index: self._emit(self.editRequested))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.due_only.toggled.connect(self.filterChanged)

    def _record_buttons(self) -> Sequence[QPushButton]:
        """The buttons that need a selected record."""
        return (self.edit_button, self.delete_button)

    def _emit(self, signal: SignalInstance) -> None:
        record = self.current_record()
        if record is not None:
            signal.emit(record.id)

    def _keep_selection(self, keep: Any, rows: Sequence[Any]) -> None:
        """After new rows: the record selected before, else the first one."""
        if not (keep and self.select(keep.id)) and rows:
            select_row(self.table, 0)
        self._selection_changed()

    def select(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def current_record(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._update_buttons()
        record = self.current_record()
        self.currentChanged.emit(record.id if record else "")

    def _update_buttons(self) -> None:
        has = self.current_record() is not None
        for button in self._record_buttons():
            button.setEnabled(has)
