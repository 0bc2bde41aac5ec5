"""The File menu's two entries for working together: share this tandem, join the partner's.

For a tandem that is already shared, the share entry says where; its pairing
code is stored nowhere, so it cannot be shown again (Settings stops sharing,
and sharing again gives a new code).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from tandem_desktop.storage.sync_state import SyncState
from tandem_desktop.ui.context import AppContext


class SharingMenu(QObject):
    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.dialog: QDialog | None = None  # the share or join dialog open now
        self.explanation: QMessageBox | None = None  # "already shared", while it is open
        self.share_action = QAction(self.tr("&Share this tandem with my partner…"), self)
        self.share_action.triggered.connect(self.share)
        self.join_action = QAction(self.tr("&Join my partner's tandem…"), self)
        self.join_action.triggered.connect(self.join)
        file_menu = window.file_menu  # type: ignore[attr-defined]
        # After Export and Import, in a group of their own.
        anchor = window.import_menu.menuAction()  # type: ignore[attr-defined]
        actions = file_menu.actions()
        following = actions[actions.index(anchor) + 1]  # the separator before Back up
        file_menu.insertSeparator(following)
        file_menu.insertActions(following, [self.share_action, self.join_action])
        file_menu.aboutToShow.connect(self.update_entries)
        context.tandemChanged.connect(self.update_entries)
        self.update_entries()

    def shared_folder(self) -> Path | None:
        """The folder the current tandem is shared through (the one the user chose)."""
        if self.context.tandem is None:
            return None
        shared = SyncState(self.context.store.database).share(self.context.tandem.id)
        return Path(shared.folder).parent if shared else None

    def update_entries(self) -> None:
        self.share_action.setEnabled(self.context.tandem is not None)
        folder = self.shared_folder()
        if folder is None:
            self.share_action.setText(self.tr("&Share this tandem with my partner…"))
            self.share_action.setStatusTip("")
        else:
            self.share_action.setText(self.tr("Shared through “{folder}”…").format(
                folder=folder.name or str(folder)))
            self.share_action.setStatusTip(str(folder))

    def share(self) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        folder = self.shared_folder()
        if folder is not None:
            self.explain_shared(folder)
            return
        from tandem_desktop.ui.sync.share_dialog import ShareDialog

        self._open(ShareDialog(self.context, tandem, self.window))

    def join(self) -> None:
        from tandem_desktop.ui.sync.join_dialog import JoinDialog

        self._open(JoinDialog(self.context, self.window))

    def _open(self, dialog: QDialog) -> None:
        """Window-modal and without blocking; the entries say the new state afterwards."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None
        self.update_entries()

    def explain_shared(self, folder: Path) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Shared with my partner"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr(
            "This tandem is shared through the folder\n{folder}\n\nIts pairing code is not "
            "stored anywhere, so it cannot be shown again. If your partner needs a new code, "
            "stop sharing in Settings ▸ Preferences, then share the tandem again.").format(
            folder=str(folder)))
        settings = box.addButton(self.tr("Open Preferences"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.explanation = box
        box.exec()
        self.explanation = None
        if box.clickedButton() is settings:
            self.window.open_settings()  # type: ignore[attr-defined]


def install_sharing_menu(window: QMainWindow) -> SharingMenu:
    """Called once the window has its Export and Import menus."""
    menu = SharingMenu(window, window.context)  # type: ignore[attr-defined]
    window.sharing_menu = menu  # type: ignore[attr-defined]
    return menu
