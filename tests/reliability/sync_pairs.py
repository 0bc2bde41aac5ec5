"""Shared by the sync fault tests: two copies of a tandem and the folder between them."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.exchange.syncfolder import layout
from tandem_desktop.exchange.syncfolder.folder import TandemFolder
from tandem_desktop.exchange.syncfolder.rounds import RoundReport, join, run_round, share
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@dataclass
class Pair:
    leader: Store
    assistant: Store
    tandem_id: str
    root: Path  # the shared folder
    code: str

    @property
    def folder(self) -> Path:
        return self.root / layout.tandem_folder_name(self.tandem_id)

    def rounds(self, *copies: Store, times: int = 2) -> None:
        """Rounds in turn until all have read each other (every one must run)."""
        for _ in range(times):
            for copy in copies or (self.leader, self.assistant):
                report = run_round(copy, self.tandem_id)
                assert report.problem == "", report.message

    def view(self, store: Store) -> TandemFolder:
        shared = SyncState(store.database).share(self.tandem_id)
        assert shared is not None
        device = store.database.scalar("SELECT device_id FROM sync_device")
        return TandemFolder(self.folder, self.tandem_id, device, shared.data_key)

    def close(self) -> None:
        self.leader.close()
        self.assistant.close()


def new_store() -> Store:
    return Store.in_memory(FixedClock(NOW))


def make_pair(root: Path, *, language: str = "de") -> Pair:
    """The demo tandem shared by its leader and joined by the assistant."""
    root.mkdir(parents=True, exist_ok=True)
    leader, assistant = new_store(), new_store()
    tandem = create_demo(leader, language, date(2026, 12, 7))
    leader.tandems.change(tandem.id, my_role="leader")
    code = share(leader, tandem.id, root)
    join(assistant, root, code)
    return Pair(leader, assistant, tandem.id, root, code)


def round_of(store: Store, tandem_id: str) -> RoundReport:
    return run_round(store, tandem_id)


def tandem_files(folder: Path) -> dict[str, bytes]:
    """Every file under a tandem folder, by its path inside it."""
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def copy_folder(source: Path, target: Path, *, snapshots: bool = True) -> None:
    """What a sync engine would have carried (optionally without the snapshots)."""
    shutil.copytree(source, target, ignore=None if snapshots else shutil.ignore_patterns(
        "snapshot-*.tch"))
