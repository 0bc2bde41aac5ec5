"""The status bar's word on partner sync, and File ▸ Sync now.

One button for the current tandem: when it last synced, the partner's devices
and when each was last seen, changes waiting to go out, and whatever needs the
user (a problem with the folder, conflicts to review, deletions waiting for a
yes). The icon hints at how it stands; the words say it. Clicking opens the
sync panel (or, for a tandem that is not shared, the conflict review).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStyle, QToolButton, QWidget

from tandem_desktop.services import conflicts, sync
from tandem_desktop.services.sync import SyncStatus
from tandem_desktop.ui.context import AppContext
from tandem_desktop.ui.sync.runner import SyncRunner
from tandem_desktop.ui.sync.wording import ATTENTION, OK, PROBLEM, state_of, status_parts

SYNC_NOW_SHORTCUT = "Ctrl+Shift+S"

# What sync's status tables are called in change notices (a round, a local write).
_SYNC_TABLES = frozenset({"sync_share", "sync_peer", "sync_conflict", "sync_pending"})


class SyncStatusButton(QToolButton):
    """The status bar's sync status for the current tandem; hidden when nothing to say."""

    def __init__(self, context: AppContext, runner: SyncRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.state = OK
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(self.open_panel)
        context.dataChanged.connect(self._on_data_changed)
        context.tandemChanged.connect(self.refresh)
        context.sharingChanged.connect(lambda _tandem: self.refresh())
        runner.busyChanged.connect(lambda _busy: self.refresh())
        runner.roundFinished.connect(lambda _tandem, _report: self.refresh())
        self.refresh()

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        # Any write may add changes to send; sync's own tables change the rest.
        if self.isVisible() or tables & _SYNC_TABLES:
            self.refresh()

    def status(self) -> tuple[SyncStatus | None, int]:
        tandem = self.context.tandem
        if tandem is None:
            return None, 0
        store = self.context.store
        status = sync.status_of(store, tandem.id)
        # A tandem not shared may still hold conflicts (from an archive import).
        return status, status.conflicts if status else conflicts.count_open(store, tandem.id)

    def refresh(self) -> None:
        status, open_conflicts = self.status()
        now = self.context.clock.now()
        running = status is not None and self.runner.busy
        parts = status_parts(status, open_conflicts, now, running=running)
        self.setText(" · ".join(parts))
        self.setToolTip("\n".join(status_parts(status, open_conflicts, now, running=running,
                                               long=True)))
        self.setAccessibleName(self.text())
        self.state = state_of(status, open_conflicts)
        icon = {PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
                ATTENTION: QStyle.StandardPixmap.SP_MessageBoxWarning,
                OK: QStyle.StandardPixmap.SP_BrowserReload}[self.state]
        self.setIcon(self.style().standardIcon(icon))
        self.setVisible(bool(parts))

    def open_panel(self) -> None:
        tandem = self.context.tandem
        if tandem is None:
            return
        dialog: QDialog
        if sync.status_of(self.context.store, tandem.id) is None:
            from tandem_desktop.ui.conflicts_dialog import ConflictsDialog

            dialog = ConflictsDialog(self.context, self.window())
        else:
            from tandem_desktop.ui.sync.panel import SyncPanel

            dialog = SyncPanel(self.context, self.runner, self.window())
        dialog.exec()
        dialog.deleteLater()


def sync_now(window: QMainWindow, context: AppContext, runner: SyncRunner) -> None:
    """File ▸ Sync now: a round for every shared tandem (the current one first)."""
    store = context.store
    shared = sync.shared_tandems(store)
    if not shared:
        window.statusBar().showMessage(QCoreApplication.translate(
            "SyncStatus", "No tandem is shared with a partner's computer yet."), 8000)
        return
    current = context.tandem.id if context.tandem else None
    for tandem_id in sorted(shared, key=lambda tandem_id: tandem_id != current):
        runner.request(tandem_id)


def install_sync(window: QMainWindow, context: AppContext, menu: QMenu, before: QAction | None
                 ) -> tuple[SyncRunner, SyncStatusButton, QAction]:
    """Start the background rounds; put their status into the status bar and
    "Sync now" into ``menu`` (before ``before``, else at its end)."""
    runner = SyncRunner(context, window)
    status = SyncStatusButton(context, runner, window)
    window.statusBar().addPermanentWidget(status)
    action = QAction(QCoreApplication.translate("SyncStatus", "S&ync now"), window)
    action.setObjectName("syncNow")
    action.setShortcuts([QKeySequence(SYNC_NOW_SHORTCUT)])
    action.triggered.connect(lambda: sync_now(window, context, runner))
    window.addAction(action)
    menu.insertAction(before, action)  # type: ignore[arg-type]
    runner.start()
    return runner, status, action
