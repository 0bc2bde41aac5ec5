"""Settings ▸ Preferences ▸ Working together: this computer's name, and for the
current tandem whether and where it is shared, the partner devices seen, and
"Stop sharing…".

Stopping removes only this computer's own files from the shared folder; the
local data stays, and so do the partner's files and copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.exchange.syncfolder.rounds import stop_sharing
from tandem_desktop.services.devices import host_name, this_device
from tandem_desktop.storage.sync_state import Peer, SyncState
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.dates import stamp_text
from tandem_desktop.ui.sync.shared_folder import folder_problem_text
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import FieldError, confirm, inform, plain_label, read_only_table


class PeerModel(RowTableModel[Peer]):
    """The other devices of a shared tandem: the name each goes by, when it was last seen."""

    NAME, LAST_SEEN = range(2)

    def headers(self) -> Sequence[str]:
        return (self.tr("Device"), self.tr("Last seen"))

    def cell(self, row: Peer, column: int) -> str:
        if column == self.NAME:
            return row.device_name or self.tr("(no name yet)")
        return stamp_text(row.last_seen) if row.last_seen else self.tr("not yet")

    def row_id(self, row: Peer) -> str | None:
        return row.device_id


class SharingSection(QGroupBox):
    """The group in Preferences; the dialog saves the computer's name with OK."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Working together"), parent)
        self.context = context
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # The name the partner sees this computer by (its id never changes by hand).
        self.device_name = QLineEdit(self)
        self.device_name.setAccessibleName(self.tr("Name of this computer"))
        self.device_name.setMaxLength(80)
        self.device_name.setPlaceholderText(host_name())
        self.device_name.setText(this_device(context.store).name)
        self.device_name.setToolTip(self.tr(
            "How your partner sees this computer when your copies are kept in step"))
        form.addRow(self.tr("Name of this &computer:"), self.device_name)
        self.status = plain_label("", self)
        self.status.setObjectName("sharingStatus")
        form.addRow(self.tr("This tandem:"), self.status)
        self.problem = FieldError(self)
        form.addRow("", self.problem)
        self.peers = PeerModel(self)
        self.peer_view = read_only_table(self, self.peers)
        self.peer_view.setAccessibleName(self.tr("Partner devices"))
        self.peer_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.peer_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.peer_label = plain_label(self.tr("Partner devices:"), self, wrap=False)
        form.addRow(self.peer_label, self.peer_view)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.stop_button = QPushButton(self.tr("Stop sharing…"), self)
        self.stop_button.clicked.connect(self.stop)
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        tandem = self.context.tandem
        shared = SyncState(self.context.store.database).share(tandem.id) if tandem else None
        peers = SyncState(self.context.store.database).peers(tandem.id) if shared and tandem \
            else []
        self.problem.show_message(folder_problem_text(shared.problem)
                                  if shared and shared.problem else "")
        if tandem is None:
            self.status.setText(self.tr("No tandem is open."))
        elif shared is None:
            self.status.setText(self.tr(
                "“{name}” is not shared. To keep it in step with your partner, choose "
                "File ▸ Share this tandem with my partner…").format(name=tandem.name))
        else:
            last = (stamp_text(shared.last_round) if shared.last_round
                    else self.tr("not yet"))
            self.status.setText(self.tr(
                "“{name}” is shared through the folder\n{folder}\nLast sync: {last}").format(
                name=tandem.name, folder=str(Path(shared.folder).parent), last=last))
        self.peers.set_rows(peers)
        self._fit_peer_view()
        for widget in (self.peer_label, self.peer_view, self.stop_button):
            widget.setVisible(shared is not None)

    def _fit_peer_view(self) -> None:
        """As tall as its rows (up to four, then it scrolls), never an empty expanse."""
        view = self.peer_view
        rows = min(max(self.peers.rowCount(), 1), 4)
        view.setFixedHeight(view.horizontalHeader().sizeHint().height()
                            + rows * view.verticalHeader().defaultSectionSize()
                            + 2 * view.frameWidth())

    def stop(self) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        if not confirm(self, self.tr("Stop sharing"), self.tr(
                "Stop sharing “{name}” with your partner?\n\nEverything stays on this "
                "computer as it is. Only this computer's own files are removed from the shared "
                "folder; your partner's files and copy stay as they are. From then on, changes "
                "no longer reach each other.").format(name=tandem.name)):
            return
        try:
            stop_sharing(self.context.store, tandem.id)
        except OSError as error:
            inform(self, self.tr("Stop sharing"), self.tr(
                "This computer's files could not be removed from the shared folder: {reason}\n"
                "The tandem is still shared.").format(reason=error.strerror or str(error)),
                warning=True)
        self.context.sharingChanged.emit(tandem.id)
        self.refresh()
