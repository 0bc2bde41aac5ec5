"""File ▸ Share this tandem with my partner…: choose the shared folder, get the code.

The pairing code is shown once, here: it is never written into the folder and
Tandem keeps it nowhere, so the dialog says to pass it on (or note it) now.
A folder that cannot be used is refused before anything is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.records import Tandem
from tandem_desktop.exchange.syncfolder import layout
from tandem_desktop.exchange.syncfolder.folder import find_tandems
from tandem_desktop.exchange.syncfolder.pairing import grouped
from tandem_desktop.exchange.syncfolder.rounds import SyncError, share
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.exchange_menus import ExchangeJob, Progress
from tandem_desktop.ui.sync.shared_folder import BusyLine, FolderField, start_job
from tandem_desktop.ui.widgets import FieldError, heading, plain_label


@dataclass(frozen=True)
class Shared:
    """What the share job hands back: the code, or why nothing was shared."""

    code: str = ""
    refused: str = ""


class ShareDialog(QDialog):
    """Two pages: the folder to share through, then the pairing code."""

    def __init__(self, context: AppContext, tandem: Tandem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tandem = tandem
        self.code = ""
        self.job: ExchangeJob | None = None
        self.setWindowTitle(self.tr("Share with my partner"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._folder_page())
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- page 1: the folder -------------------------------------------------------------
    def _folder_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Share “{name}” with my partner").format(
            name=self.tandem.name), page))
        layout.addWidget(plain_label(self.tr(
            "Choose a folder that you and your partner already share: a Syncthing, "
            "Nextcloud, Dropbox, OneDrive, iCloud Drive or Google Drive folder, or a network "
            "share. Tandem keeps its own encrypted files in it; the sync program you already "
            "use carries them to your partner. Your data file itself stays on this computer."),
            page))
        self.folder = FolderField(self.context, self.tr("The folder you share with your partner"),
                                  page)
        layout.addWidget(self.folder)
        self.error = FieldError(page)
        layout.addWidget(self.error)
        self.busy = BusyLine(self.tr("Writing this tandem into the shared folder…"), page)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.share_button = buttons.addButton(self.tr("Share"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.share_button.setDefault(True)
        buttons.accepted.connect(self.start_sharing)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        return page

    def start_sharing(self) -> None:
        root = self.folder.path()
        refusal = (self.tr("Please choose the shared folder.") if root is None else
                   share_refusal(self.context.store, self.tandem.id, root))
        if refusal:
            self._say(refusal)
            return
        assert root is not None
        self.error.show_message("")
        self.folder.remember()
        self._busy(True)
        tandem_id = self.tandem.id
        failed_text = self.tr("Nothing was shared: {reason}")

        def work(store: Store, progress: Progress) -> Shared:
            try:
                return Shared(code=share(store, tandem_id, root))
            except SyncError as error:
                return Shared(refused=failed_text.format(reason=error))
            except OSError as error:
                return Shared(refused=failed_text.format(reason=error.strerror or error))

        self.job = start_job(self.context, work, self._shared, self._failed)

    def _say(self, text: str) -> None:
        """Show why nothing was shared; the dialog grows to show all of it."""
        self.error.show_message(text)
        self.adjustSize()

    def _shared(self, outcome: Shared) -> None:
        self.job = None
        self._busy(False)
        if outcome.refused:
            self._say(outcome.refused)
            return
        self.code = outcome.code
        self.context.sharingChanged.emit(self.tandem.id)
        self.code_label.setText(grouped(outcome.code))
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        self._say(self.tr("Nothing was shared: {reason}").format(reason=message))

    def _busy(self, running: bool) -> None:
        self.busy.setVisible(running)
        for widget in (self.folder, self.share_button, self.cancel_button):
            widget.setEnabled(not running)

    def reject(self) -> None:
        if self.job is None:  # a share that runs finishes first
            super().reject()

    # -- page 2: the code ---------------------------------------------------------------
    def _code_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("The pairing code for your partner"), page))
        self.code_label = QLabel(page)
        self.code_label.setObjectName("pairingCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Pairing code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        self.code_label.setFont(font)
        layout.addWidget(self.code_label)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"), page)
        self.copy_button.setToolTip(self.tr("Copy the code to the clipboard"))
        self.copy_button.clicked.connect(self.copy_code)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        self.copied = plain_label("", page)
        self.copied.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.copied)
        layout.addWidget(plain_label(self.tr(
            "Pass this code on to your partner by phone or in person. It is never written "
            "into the shared folder, and Tandem keeps it nowhere: it cannot be shown again, "
            "so note it down now if your partner is not ready yet."), page))
        layout.addWidget(plain_label(self.tr(
            "On their computer, your partner chooses File ▸ Join my partner's tandem…, picks "
            "the same shared folder as it appears there and types the code. Capital or small "
            "letters, spaces and dashes do not matter."), page))
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, page)
        buttons.rejected.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        return page

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(grouped(self.code))
        self.copied.setText(self.tr("The code is on the clipboard."))


def share_refusal(store: Store, tandem_id: str, root: Path) -> str:
    """Why ``root`` cannot take this tandem ('' when it can); checked before any write."""
    translate = QCoreApplication.translate
    if SyncState(store.database).share(tandem_id) is not None:
        return translate("ShareDialog", "This tandem is already shared. For a new code, stop "
                         "sharing it in Settings ▸ Preferences first.")
    if not root.is_dir():
        return translate("ShareDialog", "There is no folder “{path}”.").format(path=str(root))
    if not os.access(root, os.W_OK | os.X_OK):
        return translate("ShareDialog", "Tandem cannot write into “{path}”. Choose a folder "
                         "you may change.").format(path=str(root))
    if (root / layout.MARKER).exists():
        return translate("ShareDialog", "“{path}” is the folder of a tandem that is already "
                         "shared. Choose the folder you share with your partner.").format(
            path=str(root))
    if any(marker.tandem_id != tandem_id for marker in find_tandems(root)):
        return translate("ShareDialog", "“{path}” already holds another shared tandem. Choose "
                         "a folder that only you and this partner share, or make a new folder "
                         "inside it.").format(path=str(root))
    if (root / layout.tandem_folder_name(tandem_id)).exists():
        return translate("ShareDialog", "“{path}” still holds this tandem from an earlier "
                         "sharing, with your partner's files. Make a new folder inside it and "
                         "choose that one.").format(path=str(root))
    return ""
