"""Sync rounds in the running app, off the UI thread, one at a time.

A round runs for a shared tandem at start, when its folder changes (a file
watcher on the tandem folder and the partners' device folders, with a timer
every 30 s in case the watcher misses something), a few seconds after a local
write, and when the user asks ("Sync now"). Rounds run one after another in a
process of their own (``exchange.syncfolder.background``: the window never
waits for the interpreter), which a worker thread waits for; a round asked for
while one runs for that tandem runs once more afterwards, however often it was
asked for.

When a round has applied the partner's changes, the tables it touched are
published on the window's own connection, so the tabs refresh as after any
write, and ``partnerChanged`` tells open forms (see ``ui.sync.record_watch``).
Closing waits for a running round: a transaction is never cut off halfway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from tandem_desktop.exchange.syncfolder import layout
from tandem_desktop.exchange.syncfolder.background import FAILED, RoundProcess
from tandem_desktop.exchange.syncfolder.rounds import RoundReport
from tandem_desktop.services import sync
from tandem_desktop.storage.store import Store
from tandem_desktop.ui.context import AppContext

FALLBACK_MS = 30_000  # a round for every shared tandem, whatever the watcher says
AFTER_WRITE_MS = 3_000  # local writes in quick succession go out in one file
AFTER_FOLDER_MS = 500  # an engine writes a file in several steps; let it finish



class _Worker(QObject):
    """Lives on the worker thread and waits there for the round process; never
    touches widgets."""

    finished = Signal(str, object, object)  # tandem id, RoundReport, frozenset of tables

    def __init__(self, store: Store) -> None:
        super().__init__()
        path = store.database.path
        self._rounds = RoundProcess(path, store.database.clock) if path is not None else None

    @Slot(str)
    def run(self, tandem_id: str) -> None:
        if self._rounds is None:
            report = RoundReport(problem=FAILED, message="an in-memory store cannot sync")
            self.finished.emit(tandem_id, report, frozenset())
            return
        report, touched = self._rounds.run(tandem_id)
        self.finished.emit(tandem_id, report, touched)

    def close(self) -> None:
        if self._rounds is not None:
            self._rounds.close()


class SyncRunner(QObject):
    """Schedules the rounds of every shared tandem and tells the window about them."""

    _start = Signal(str)
    # A round ended: the tandem's id and its RoundReport.
    roundFinished = Signal(str, object)
    # Whether a round runs or waits to run.
    busyChanged = Signal(bool)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_reports: dict[str, RoundReport] = {}
        self._pending: list[str] = []  # in the order asked for, each once
        self._running: str | None = None
        self._closing = False
        self._publishing = False
        self._thread = QThread(self)
        self._thread.setObjectName("tandem-sync")
        self._worker = _Worker(context.store)
        self._worker.moveToThread(self._thread)
        self._start.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        # Started with the first round: a window whose tandems are not shared has none.

        self._watcher = QFileSystemWatcher(self)
        self._watched: dict[str, str] = {}  # path -> tandem id
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._changed_folders: set[str] = set()
        self._folder_timer = self._single_shot(AFTER_FOLDER_MS, self._after_folder_change)
        self._write_timer = self._single_shot(AFTER_WRITE_MS, self.request_all)
        self._fallback = QTimer(self)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self.request_all)
        self._fallback.start()
        context.dataChanged.connect(self._local_write)
        context.sharingChanged.connect(self._sharing_changed)
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends (tray, --quit-after-start), not only by closing
            app.aboutToQuit.connect(self.shutdown)

    def _single_shot(self, interval: int, slot) -> QTimer:  # type: ignore[no-untyped-def]
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- asking for rounds --------------------------------------------------------
    def start(self) -> None:
        """The first rounds, once the window is up."""
        self.watch()
        self.request_all()

    def request_all(self) -> None:
        for tandem_id in sync.shared_tandems(self.context.store):
            self.request(tandem_id)

    def request(self, tandem_id: str) -> None:
        """A round for a tandem as soon as the worker is free (once, however often asked)."""
        if self._closing:
            return
        if tandem_id not in self._pending:
            self._pending.append(tandem_id)
        self._next()

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._pending)

    def _next(self) -> None:
        if self._running is not None or not self._pending or self._closing:
            return
        self._running = self._pending.pop(0)
        if not self._thread.isRunning():
            self._thread.start()
        self.busyChanged.emit(True)
        self._start.emit(self._running)

    def _sharing_changed(self, tandem_id: str) -> None:
        """A tandem shared or joined has its first round now; one no longer shared is let go."""
        self.watch()
        if tandem_id in sync.shared_tandems(self.context.store):
            self.request(tandem_id)

    def _local_write(self, tables: frozenset[str]) -> None:
        if not self._publishing and not self._closing:
            self._write_timer.start()  # restarted by every write: one round after the last

    # -- the folder ---------------------------------------------------------------
    def watch(self) -> None:
        """Watch each shared tandem's folder and its partners' device folders.

        Engines replace files and whole folders, after which a watcher sees nothing
        more of them: the paths are set anew after every change and every round.
        """
        wanted: dict[str, str] = {}
        store = self.context.store
        folders = sync.shared_folders(store)
        own = sync.this_device_id(store) if folders else ""
        for tandem_id, name in folders.items():
            folder = Path(name)
            if not folder.is_dir():
                continue
            wanted[str(folder)] = tandem_id
            for entry in _device_folders(folder):
                if entry.name != own:  # this device's own writes need no round
                    wanted[str(entry)] = tandem_id
        current = set(self._watcher.directories())
        gone = [path for path in current if path not in wanted]
        if gone:
            self._watcher.removePaths(gone)
        # Re-added even when listed: a replaced folder is listed but no longer watched.
        again = [path for path in wanted if path in current]
        if again:
            self._watcher.removePaths(again)
        if wanted:
            self._watcher.addPaths(list(wanted))
        self._watched = wanted

    def _folder_changed(self, path: str) -> None:
        tandem_id = self._watched.get(path)
        if tandem_id is not None:
            self._changed_folders.add(tandem_id)
            self._folder_timer.start()

    def _after_folder_change(self) -> None:
        changed, self._changed_folders = self._changed_folders, set()
        self.watch()
        for tandem_id in sorted(changed):
            self.request(tandem_id)

    # -- a round ended --------------------------------------------------------------
    def _finished(self, tandem_id: str, report: RoundReport, tables: frozenset[str]) -> None:
        self._running = None
        self.last_reports[tandem_id] = report
        if not self._closing:
            self._tell_window(tables | {"sync_share", "sync_peer"}, report)
            self.roundFinished.emit(tandem_id, report)
            self.watch()
        self._next()
        if not self.busy:
            self.busyChanged.emit(False)

    def _tell_window(self, tables: frozenset[str], report: RoundReport) -> None:
        """Publish the round's writes on the window's connection, as if made there."""
        self._publishing = True
        try:
            self.context.store.database.notifier.publish(tables)
        finally:
            self._publishing = False
        if report.received:
            self.context.partnerChanged.emit(tables)
        if report.came_back:
            from tandem_desktop.services.merging import returned_records
            from tandem_desktop.ui.came_back import show_came_back

            parent = self.parent()
            show_came_back(parent if hasattr(parent, "isWindow") else None,  # type: ignore[arg-type]
                           returned_records(self.context.store, report.came_back))

    # -- closing --------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop asking for rounds, let a running one finish, close its connection."""
        if self._closing:
            return
        self._closing = True
        self._pending.clear()
        for timer in (self._fallback, self._write_timer, self._folder_timer):
            timer.stop()
        self.context.dataChanged.disconnect(self._local_write)
        self._thread.quit()  # after the round in hand, if any
        self._thread.wait()
        self._running = None
        self._worker.close()


def _device_folders(folder: Path) -> list[Path]:
    try:
        return [entry for entry in folder.iterdir()
                if entry.is_dir() and layout.DEVICE.match(entry.name)]
    except OSError:
        return []
