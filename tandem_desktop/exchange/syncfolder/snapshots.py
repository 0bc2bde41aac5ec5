"""Snapshots and compaction: so that a device joining late need not replay years of changes.

A device writes a snapshot of the tandem as it holds it once its change files
since its newest snapshot hold more than ``SNAPSHOT_AFTER_BYTES`` (sealed bytes,
as they lie in the folder: what a joiner would otherwise read). The snapshot is
numbered after the change file it follows and says how far its device had read
every other device then.

Compaction removes this device's own change files that its newest snapshot
covers and that every other device in the folder has read (its ``read.tch``
says so), and its own older snapshots. Never another device's files, never a
name outside the grammar.
"""

from __future__ import annotations

import contextlib

from tandem_desktop.exchange.syncfolder import layout
from tandem_desktop.exchange.syncfolder.folder import TandemFolder
from tandem_desktop.storage.snapshot import tandem_state
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState

SNAPSHOT_AFTER_BYTES = 512 * 1024


def unsnapshotted_bytes(view: TandemFolder) -> int:
    """The size of this device's change files after its newest snapshot."""
    newest = max(view.snapshots(view.device_id), default=0)
    total = 0
    for number in view.numbers(view.device_id):
        if number > newest:
            with contextlib.suppress(OSError):
                total += (view.own / layout.changes_name(number)).stat().st_size
    return total


def write_if_due(store: Store, view: TandemFolder, state: SyncState) -> int | None:
    """A snapshot after this device's last change file, when enough has gathered; its number."""
    shared = state.share(view.tandem_id)
    if shared is None or shared.file_number == 0 or shared.writing_number is not None:
        return None
    number = shared.file_number
    if number in view.snapshots(view.device_id) or \
            unsnapshotted_bytes(view) <= SNAPSHOT_AFTER_BYTES:
        return None
    seen = {peer.device_id: peer.read_number for peer in state.peers(view.tandem_id)
            if peer.read_number > 0}
    changes, pending = tandem_state(store.database, view.tandem_id)
    view.write_snapshot(number, seen, changes, pending)
    return number


def compact(view: TandemFolder) -> int:
    """Remove what of this device's own files no device needs any more; how many went."""
    snapshots = view.snapshots(view.device_id)
    if not snapshots:
        return 0
    newest = max(snapshots)
    horizon = newest
    for device in view.devices():
        if device == view.device_id or not _holds_files(view, device):
            continue  # a device that stopped sharing left an empty folder
        seen, _ = view.read_state(device)
        horizon = min(horizon, seen.get(view.device_id, 0))
    names = [layout.snapshot_name(number) for number in snapshots if number < newest]
    names += [layout.changes_name(number) for number in view.numbers(view.device_id)
              if number <= horizon]
    return view.remove_own(names) if names else 0


def _holds_files(view: TandemFolder, device: str) -> bool:
    return bool(view.numbers(device) or view.snapshots(device)
                or (view.folder / device / layout.READ).exists())
