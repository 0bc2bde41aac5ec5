"""The sync panel: how the current tandem's sync stands, and what waits for the user.

It shows the shared folder, the partner's devices and when each was last seen,
the last round's figures and "Sync now"; the conflict review (``ConflictsDialog``)
opens from here, and the partner's deletions held for a yes are listed with
what each would delete, to let them apply or keep the records.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tandem_desktop.domain.clock import Clock, SystemClock
from tandem_desktop.exchange.syncfolder.rounds import RoundReport
from tandem_desktop.services import sync
from tandem_desktop.services.sync import HeldRecord, PartnerDevice, SyncStatus
from tandem_desktop.ui.actions import run_action
from tandem_desktop.ui.came_back import show_came_back
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.labels import table_name
from tandem_desktop.ui.sync.runner import SyncRunner
from tandem_desktop.ui.sync.wording import moment_text, problem_text, status_parts
from tandem_desktop.ui.table_model import RowTableModel
from tandem_desktop.ui.widgets import confirm, heading, plain_label, read_only_table


class DeviceModel(RowTableModel[PartnerDevice]):
    NAME, SEEN = range(2)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or SystemClock()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Partner device"), self.tr("Last seen"))

    def row_id(self, device: PartnerDevice) -> str:
        return device.device_id

    def cell(self, device: PartnerDevice, column: int) -> str:
        if column == self.NAME:
            return device.name or self.tr("(not named yet)")
        return moment_text(device.last_seen, self.clock.now())


class HeldModel(RowTableModel[HeldRecord]):
    KIND, RECORD = range(2)
    cell_tooltips = True

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Would be deleted"))

    def row_id(self, record: HeldRecord) -> str:
        return f"{record.kind} {record.record_id}"

    def cell(self, record: HeldRecord, column: int) -> str:
        if column == self.KIND:
            return table_name(record.kind)
        label = record.label or self.tr("(no title)")
        return self.tr("{label} (deleted for good)").format(label=label) \
            if record.for_good else label


def report_text(report: RoundReport | None) -> str:
    if report is None or report.problem:
        return ""
    return QCoreApplication.translate(
        "SyncPanel", "sent {sent}, received {received}, conflicts {conflicts}, held {held}").format(
        sent=report.sent, received=report.received, conflicts=report.conflicts,
        held=report.held)


class SyncPanel(QDialog):
    """Everything about the current tandem's sync, in one place."""

    def __init__(self, context: AppContext, runner: SyncRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.setObjectName("syncPanel")
        self.setWindowTitle(self.tr("Partner sync"))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        self.state_label = heading("", self)
        layout.addWidget(self.state_label)

        facts = QFormLayout()
        self.folder_label = plain_label("", self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_round_label = plain_label("", self)
        self.to_send_label = plain_label("", self)
        facts.addRow(self.tr("Shared folder:"), self.folder_label)
        facts.addRow(self.tr("Last round:"), self.last_round_label)
        facts.addRow(self.tr("Waiting to go out:"), self.to_send_label)
        layout.addLayout(facts)

        self.devices = DeviceModel(context.clock, self)
        self.device_view = read_only_table(self, self.devices)
        self.device_view.setAccessibleName(self.tr("Partner devices"))
        self.device_view.horizontalHeader().setSectionResizeMode(
            DeviceModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.device_view.horizontalHeader().setSectionResizeMode(
            DeviceModel.SEEN, QHeaderView.ResizeMode.ResizeToContents)
        self.device_view.setMaximumHeight(130)
        layout.addWidget(self.device_view)

        row = QHBoxLayout()
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.clicked.connect(self.review_conflicts)
        row.addWidget(self.conflicts_button)
        row.addStretch(1)
        self.sync_button = QPushButton(self.tr("Sync &now"), self)
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.sync_button)
        layout.addLayout(row)

        self.held_box = QGroupBox(self.tr("Deletions waiting for your yes"), self)
        held = QVBoxLayout(self.held_box)
        held.addWidget(plain_label(self.tr(
            "Your partner's computer deleted many records at once. Before they go here "
            "too, check the list: delete them, or keep them (then they come back on the "
            "partner's computer as well)."), self.held_box))
        self.held = HeldModel(self)
        self.held_view = read_only_table(self.held_box, self.held)
        self.held_view.setAccessibleName(self.tr("Records that would be deleted"))
        self.held_view.horizontalHeader().setSectionResizeMode(
            HeldModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.held_view.horizontalHeader().setSectionResizeMode(
            HeldModel.RECORD, QHeaderView.ResizeMode.Stretch)
        held.addWidget(self.held_view, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        self.keep_button = QPushButton(self.tr("&Keep them"), self.held_box)
        self.keep_button.clicked.connect(self.keep_held)
        self.delete_button = QPushButton(self.tr("&Delete them"), self.held_box)
        self.delete_button.clicked.connect(self.confirm_held)
        buttons_row.addWidget(self.keep_button)
        buttons_row.addWidget(self.delete_button)
        held.addLayout(buttons_row)
        layout.addWidget(self.held_box, 1)
        layout.addStretch(0)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        context.dataChanged.connect(lambda _tables: self.refresh())
        runner.busyChanged.connect(lambda _busy: self.refresh())
        self.refresh()

    def status(self) -> SyncStatus | None:
        tandem = self.context.tandem
        return sync.status_of(self.context.store, tandem.id) if tandem else None

    def refresh(self) -> None:
        status = self.status()
        tandem = self.context.tandem
        if status is None or tandem is None:
            self.state_label.setText(self.tr("This tandem is not shared with a partner's "
                                             "computer."))
            for widget in (self.device_view, self.held_box, self.sync_button):
                widget.setVisible(False)
            return
        now = self.context.clock.now()
        open_conflicts = status.conflicts
        busy = self.runner.busy
        self.state_label.setText(
            problem_text(status.problem) if status.problem else
            self.tr("Syncing…") if busy else
            self.tr("In step with your partner's computer") if status.last_round else
            self.tr("Not synced yet"))
        self.folder_label.setText(status.folder)
        when = moment_text(status.last_round, now)
        figures = report_text(self.runner.last_reports.get(tandem.id))
        self.last_round_label.setText(f"{when} – {figures}" if figures and status.last_round
                                      else when)
        self.to_send_label.setText(self.tr("%n change(s)", None, status.to_send))
        self.devices.set_rows(list(status.devices))
        self.device_view.setVisible(True)
        self.conflicts_button.setText(self.tr("Review %n conflict(s)…", None, open_conflicts))
        self.conflicts_button.setEnabled(open_conflicts > 0)
        self.sync_button.setVisible(True)
        self.sync_button.setEnabled(not busy)
        held = sync.held_deletions(self.context.store, tandem.id)
        self.held.set_rows(held)
        self.held_box.setVisible(bool(held))
        self.keep_button.setEnabled(any(not record.for_good for record in held))
        self.setToolTip("\n".join(status_parts(status, open_conflicts, now, long=True)))

    def sync_now(self) -> None:
        if self.context.tandem is not None:
            self.runner.request(self.context.tandem.id)
            self.refresh()

    def review_conflicts(self) -> None:
        from tandem_desktop.ui.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def confirm_held(self) -> None:
        tandem = self.context.tandem
        if tandem is None or not confirm(self, self.tr("Delete records"), self.tr(
                "Delete the %n record(s) your partner deleted? They go to the Trash here "
                "too, where you can restore them.", None, self.held.rowCount())):
            return
        returned: list[object] = []
        if run_action(self, lambda: returned.append(
                sync.confirm_deletions(self.context.store, tandem.id))):
            self.refresh()
            if returned and returned[0]:
                show_came_back(self, returned[0])  # type: ignore[arg-type]
            self.runner.request(tandem.id)

    def keep_held(self) -> None:
        tandem = self.context.tandem
        if tandem is not None and run_action(
                self, lambda: sync.keep_held_records(self.context.store, tandem.id)):
            self.refresh()
            self.runner.request(tandem.id)  # the partner gets them back
