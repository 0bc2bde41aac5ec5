"""Edit ▸ Trash: deleted records of the current tandem, to restore or delete for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.clock import parse_stamp
from tandem_desktop.services import trash
from tandem_desktop.storage.errors import StorageError
from tandem_desktop.storage.trash import TrashEntry
from tandem_desktop.ui.actions import run_action, show_not_saved
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import date_text
from tandem_desktop.ui.labels import table_name
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import confirm, plain_label, select_row


class TrashModel(RowTableModel[TrashEntry]):
    """Deleted records: what kind, their label on one line, when they were deleted."""

    KIND, LABEL, DELETED = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Record"), self.tr("Deleted"))

    def row_id(self, entry: TrashEntry) -> str:
        return entry.record_id

    def cell(self, entry: TrashEntry, column: int) -> str:
        if column == self.KIND:
            return table_name(entry.table)
        if column == self.LABEL:
            return " ".join(entry.label.split())
        return deleted_text(entry.deleted_at)

    def tooltip(self, entry: TrashEntry, column: int) -> str | None:
        return None if column == self.LABEL else self.cell(entry, column)


def deleted_text(stamp: str) -> str:
    """When a record was deleted, in this computer's time zone (stored in UTC)."""
    try:
        local = parse_stamp(stamp).astimezone()
    except ValueError:
        return stamp
    return f"{date_text(local.date())} {local:%H:%M}"


class TrashDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Trash"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Deleted records of this tandem. Restore brings a record back where it was; "
            "Delete for good removes it from this computer."), self))
        self.model = TrashModel(self)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Deleted records"))
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TrashModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TrashModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrashModel.DELETED, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.empty_label = plain_label(self.tr("The Trash is empty."), self)
        # The empty note takes the list's room, so the explanation stays at the top.
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.purge_button = QPushButton(self.tr("&Delete for good…"), self)
        self.empty_button = QPushButton(self.tr("&Empty Trash…"), self)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(trash.deleted_records(self.context.store, self.context.tandem_id))
        has_entries = bool(self.model.rows)
        self.view.setVisible(has_entries)
        self.empty_label.setVisible(not has_entries)
        self.empty_button.setEnabled(has_entries)
        if has_entries:
            select_row(self.view, 0)
        self._update_buttons()

    def _selected(self) -> list[TrashEntry]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self._selected())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def restore_selected(self) -> None:
        self._run(lambda entry: trash.restore(self.context.store, entry))

    def purge_selected(self) -> None:
        chosen = self._selected()
        if chosen and confirm(self, self.tr("Delete for good"), self.tr(
                "Delete %n record(s) for good? This cannot be undone.", None, len(chosen))):
            self._run(lambda entry: trash.purge(self.context.store, entry))

    def empty_trash(self) -> None:
        if confirm(self, self.tr("Empty Trash"), self.tr(
                "Delete everything in the Trash for good? This cannot be undone.")):
            try:
                trash.empty(self.context.store, self.context.tandem_id)
            except StorageError as error:
                show_not_saved(self, error)
            self.reload()

    def _run(self, action: Callable[[TrashEntry], object]) -> None:
        """One action on every selected record, all in one transaction."""

        def write() -> None:
            with self.context.store.transaction():
                for entry in self._selected():
                    action(entry)

        run_action(self, write)
        self.reload()
