"""File ▸ Restore from backup…: pick a verified backup; the current state is backed up first."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.services.backups import restore_backup
from tandem_desktop.storage.backups import Backup
from tandem_desktop.storage.errors import StorageError
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import confirm, inform, plain_label, select_row


class BackupModel(RowTableModel[Backup]):
    """Verified backups, newest first: when taken, on which occasion, how big."""

    TAKEN, OCCASION, SIZE = range(3)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Taken"), self.tr("Occasion"), self.tr("Size"))

    def cell(self, backup: Backup, column: int) -> str:
        if column == self.TAKEN:
            return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == self.OCCASION:
            return {
                "daily": self.tr("Daily"), "manual": self.tr("By hand"),
                "migration": self.tr("Before an update"), "import": self.tr("Before an import"),
                "before-restore": self.tr("Before a restore"),
            }.get(backup.reason, backup.reason)
        return str(QLocale().formattedDataSize(backup.size))


class RestoreDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Choose a backup to go back to. Your current data is backed up first, so this "
            "step can be undone the same way."), self))
        backups = context.store.backups.all() if context.store.backups else []
        self.model = BackupModel(self)
        self.model.set_rows(backups)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.view)
        if backups:
            select_row(self.view, 0)
        else:
            layout.addWidget(plain_label(self.tr("There are no backups yet."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Backup | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def restore(self, *, ask: bool = True) -> None:
        backup = self.chosen()
        if backup is None:
            return
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if ask and not confirm(self, self.tr("Restore from backup"), self.tr(
                "Go back to the state of {when}? Changes made since then are kept in a new "
                "backup.").format(when=when)):
            return
        try:
            safety = restore_backup(self.context.store, backup.path)
        except StorageError as error:
            inform(self, self.tr("Restore failed"), self.tr(
                "The backup could not be restored: {reason}\nYour data is unchanged."
            ).format(reason=str(error)), warning=True)
            return
        tandem = self.context.tandem
        restored = self.context.store.tandems.find(tandem.id) if tandem else None
        active = self.context.store.tandems.active()
        self.context.set_tandem(restored or (active[0] if active else None))
        inform(self, self.tr("Restored"), self.tr(
            "The data is back at the state of {when}. The state before is saved as {name}."
        ).format(when=when, name=safety.name))
        self.accept()
