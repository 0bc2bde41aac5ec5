"""Partner sync as the window sees it: how each shared tandem stands, the
partner's deletions held for a yes, and the connection background rounds use.

A round itself is ``exchange.syncfolder.rounds.run_round``; the window runs it
in a process of its own (``exchange.syncfolder.background``). ``background_store``
is a second connection in this process, for measuring rounds beside a window.
"""

from __future__ import annotations

from dataclasses import dataclass

from tandem_desktop.services.conflicts import count_open
from tandem_desktop.services.devices import this_device
from tandem_desktop.services.merging import ReturnedRecord, returned_records
from tandem_desktop.storage import sync_waiting
from tandem_desktop.storage.database import Database, connect
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState
from tandem_desktop.storage.sync_waiting import HeldRecord

__all__ = ["HeldRecord", "PartnerDevice", "SyncStatus", "background_store", "confirm_deletions",
           "held_deletions", "keep_held_records", "shared_folders", "shared_tandems", "status_of",
           "this_device_id"]


@dataclass(frozen=True)
class PartnerDevice:
    device_id: str
    name: str
    last_seen: str | None  # UTC stamp of the last round that found its read state


@dataclass(frozen=True)
class SyncStatus:
    """One shared tandem, for the status bar and the sync panel."""

    tandem_id: str
    folder: str
    last_round: str | None
    problem: str  # FolderProblem.reason of the last round; '' when it ran
    devices: tuple[PartnerDevice, ...]
    to_send: int  # changes of this device not yet in the folder
    conflicts: int
    held: int  # records the partner's held deletions would delete


def shared_tandems(store: Store) -> list[str]:
    return SyncState(store.database).shared_tandems()


def shared_folders(store: Store) -> dict[str, str]:
    """Each shared tandem's folder, by tandem id (without the counts ``status_of`` makes)."""
    state = SyncState(store.database)
    return {tandem_id: share.folder for tandem_id in state.shared_tandems()
            if (share := state.share(tandem_id)) is not None}


def this_device_id(store: Store) -> str:
    return this_device(store).id


def status_of(store: Store, tandem_id: str) -> SyncStatus | None:
    """How sync stands for a tandem; None when it is not shared."""
    state = SyncState(store.database)
    share = state.share(tandem_id)
    if share is None:
        return None
    devices = tuple(PartnerDevice(peer.device_id, peer.device_name, peer.last_seen)
                    for peer in state.peers(tandem_id))
    return SyncStatus(
        tandem_id, share.folder, share.last_round, share.problem, devices,
        sync_waiting.changes_to_send(store.database, tandem_id, share.sent_seq),
        count_open(store, tandem_id), sync_waiting.count_held(store.database, tandem_id))


def held_deletions(store: Store, tandem_id: str) -> list[HeldRecord]:
    return sync_waiting.held_records(store.database, tandem_id)


def confirm_deletions(store: Store, tandem_id: str) -> tuple[ReturnedRecord, ...]:
    """Let the partner's held deletions of a tandem apply; the records that came back."""
    report = sync_waiting.confirm_held(store, tandem_id)
    return returned_records(store, report.came_back)


def keep_held_records(store: Store, tandem_id: str) -> int:
    """Keep what the held deletions would delete, here and on the partner's copy."""
    return sync_waiting.keep_held(store, tandem_id)


def background_store(store: Store) -> Store:
    """A second connection to the store's file, for rounds off the UI thread.

    Its writes and the window's take turns on the file's write lock (WAL, with
    the busy timeout of every connection); close it when the rounds are over.
    """
    path = store.database.path
    if path is None:
        raise ValueError("an in-memory store has no file to share with another connection")
    return Store(Database(connect(path), path, store.database.clock), store.data_dir)
