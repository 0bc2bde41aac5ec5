"""Sharing a tandem through a folder, joining it, and one round of sync.

A round writes this device's new journal changes as the next numbered file,
then reads every other device's files in order, each applied by the merge in
the same transaction that notes it as read: a file is applied exactly once,
whenever the process stops. A file that does not open yet (still arriving) or
a gap in the numbers ends the reading of that device for this round.
"""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass, field
from pathlib import Path

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.enums import Role
from tandem_desktop.domain.tandem import Tandem
from tandem_desktop.exchange.syncfolder import layout, pairing, snapshots
from tandem_desktop.exchange.syncfolder.crypto import Unreadable
from tandem_desktop.exchange.syncfolder.folder import (
    FolderProblem,
    TandemFolder,
    create,
    find_tandems,
    read_marker,
)
from tandem_desktop.storage.errors import NotFoundError
from tandem_desktop.storage.journal import Journal, journal_of
from tandem_desktop.storage.merge import Merger, MergeReport
from tandem_desktop.storage.snapshot import insert_whole_new_records
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState


class SyncError(Exception):
    """Sharing or joining cannot go ahead; the message says why."""


@dataclass
class RoundReport:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    held: int = 0
    came_back: list[tuple[str, str]] = field(default_factory=list)
    waiting_files: int = 0  # files that did not open yet
    new_device_id: bool = False  # the database came back from a backup
    snapshot: int | None = None  # the number of the snapshot this round wrote
    compacted: int = 0  # this device's own files removed as no device needs them
    problem: str = ""  # FolderProblem.reason, '' when the round ran
    message: str = ""

    def summary(self) -> str:
        return (f"sent {self.sent}, received {self.received}, conflicts {self.conflicts}, "
                f"held {self.held}")


def _journal(store: Store) -> Journal:
    journal = journal_of(store.database)
    if journal is None:
        raise SyncError("the data file is too old to share; open it with Tandem first")
    return journal


def _device_name(journal: Journal) -> str:
    return journal.device.name or socket.gethostname()


def share(store: Store, tandem_id: str, root: Path) -> str:
    """Share a tandem through the folder ``root``; the pairing code to pass on."""
    _journal(store)
    store.tandems.get(tandem_id)
    state = SyncState(store.database)
    if state.share(tandem_id) is not None:
        raise SyncError("this tandem is already shared")
    if not root.is_dir():
        raise SyncError(f"{root} is not a folder")
    code = pairing.new_code()
    folder, key = create(root, tandem_id, code)
    state.start_sharing(tandem_id, str(folder), key)
    run_round(store, tandem_id)
    return code


def join(store: Store, root: Path, code: str, *, my_role: str | None = None) -> Tandem:
    """Join the partner's tandem in ``root`` (the shared folder or its tandem folder).

    A wrong code raises WrongCode and writes nothing. ``my_role`` defaults to the
    side the partner's device does not take.
    """
    journal = _journal(store)
    folder = _tandem_folder(root)
    marker = read_marker(folder)
    key = marker.unlock(code)
    state = SyncState(store.database)
    if state.share(marker.tandem_id) is not None:
        raise SyncError("this tandem is already shared with this computer")
    try:
        store.tandems.get(marker.tandem_id, include_deleted=True)
        raise SyncError("this computer already holds that tandem")
    except NotFoundError:
        pass
    view = TandemFolder(folder, marker.tandem_id, journal.device.id, key)
    role = my_role or _other_side(view)
    if role is None:  # the partner's device has not said which side it takes yet
        raise SyncError(_NOT_ARRIVED)
    state.start_sharing(marker.tandem_id, str(folder), key)
    report = run_round(store, marker.tandem_id)
    if report.problem:
        state.stop_sharing(marker.tandem_id)
        raise SyncError(report.message)
    try:
        tandem = store.tandems.get(marker.tandem_id)
    except NotFoundError as error:
        state.stop_sharing(marker.tandem_id)
        raise SyncError(_NOT_ARRIVED) from error
    tandem = store.tandems.change(tandem.id, my_role=role)
    view = TandemFolder(folder, tandem.id, journal.device.id, key)
    with contextlib.suppress(FolderProblem, OSError):  # else the next round says it
        _tell_who(store, view, state, journal)  # with this side, not the merge's default
    return tandem


_NOT_ARRIVED = "the partner's files have not all arrived yet; try again in a moment"


def _tandem_folder(root: Path) -> Path:
    if (root / layout.MARKER).exists():
        return root
    found = find_tandems(root)
    if not found:
        raise SyncError(f"{root} holds no shared tandem")
    if len(found) > 1:
        raise SyncError(f"{root} holds {len(found)} shared tandems; choose its tandem folder")
    return root / layout.tandem_folder_name(found[0].tandem_id)


def _other_side(view: TandemFolder) -> str | None:
    """The side no other device takes; None while no other device has said its own."""
    for other in view.devices():
        role = view.read_state(other)[1].get("role")
        if other != view.device_id and role in (Role.LEADER.value, Role.ASSISTANT.value):
            return Role.ASSISTANT.value if role == Role.LEADER.value else Role.LEADER.value
    return None


def stop_sharing(store: Store, tandem_id: str) -> int:
    """Stop sharing: this device's own files leave the folder; local data stays."""
    state = SyncState(store.database)
    shared = state.share(tandem_id)
    if shared is None:
        return 0
    view = TandemFolder(Path(shared.folder), tandem_id, _journal(store).device.id,
                        shared.data_key)
    try:
        view.check()  # a folder replaced or unmounted: nothing there is this device's
        removed = view.remove_own_files()
    except (FolderProblem, OSError):
        removed = 0
    state.stop_sharing(tandem_id)
    return removed


def run_round(store: Store, tandem_id: str, *, confirm_deletions: bool = False) -> RoundReport:
    """Write this device's new changes, then read and apply everyone else's."""
    journal = _journal(store)
    state = SyncState(store.database)
    shared = state.share(tandem_id)
    if shared is None:
        raise SyncError("this tandem is not shared")
    report = RoundReport()
    now = utc_stamp(store.database.clock.now())
    view = TandemFolder(Path(shared.folder), tandem_id, journal.device.id, shared.data_key)
    try:
        view.check()
        if _restored(view, max(shared.file_number, shared.writing_number or 0)):
            journal.take_new_device_id()  # restarts this device's numbering
            report.new_device_id = True
            shared = state.share(tandem_id) or shared
            view = TandemFolder(view.folder, tandem_id, journal.device.id, shared.data_key)
        report.sent = _send(view, journal, state, tandem_id)
        report.snapshot = snapshots.write_if_due(store, view, state)
        _receive(store, view, state, tandem_id, now, report, confirm_deletions)
        _tell_who(store, view, state, journal)
        report.compacted = snapshots.compact(view)
    except FolderProblem as problem:
        report.problem, report.message = problem.reason, str(problem)
    except OSError as error:
        report.problem, report.message = "unreachable", f"the shared folder cannot be used: {error}"
    state.finish_round(tandem_id, now, report.problem)
    return report


def _tell_who(store: Store, view: TandemFolder, state: SyncState, journal: Journal) -> None:
    """This device's read state: how far it has read the others, its name and side.

    Rewritten only when it says something new: the engine carries every rewrite
    to the partners, whose next round would otherwise rewrite theirs in turn.
    """
    try:
        role = store.tandems.get(view.tandem_id, include_deleted=True).my_role
    except NotFoundError:
        return  # nothing of the tandem has arrived yet: nothing to tell
    seen = {peer.device_id: peer.read_number for peer in state.peers(view.tandem_id)}
    about = {"name": _device_name(journal), "role": role}
    if view.read_state(view.device_id) != (seen, about):
        view.write_read_state(seen, about)


def _restored(view: TandemFolder, written: int) -> bool:
    """The folder knows files of this device beyond ``written``: the database came
    back from a backup (or shares again after it stopped, under the same id).

    Only a file that opens counts: a forged or half-arrived one proves nothing.
    """
    me = view.device_id
    for device in view.devices():
        if device != me and view.read_state(device)[0].get(me, 0) > written:
            return True
    for number in reversed(view.numbers(me)):
        if number <= written:
            break
        with contextlib.suppress(Unreadable, OSError):
            view.read_changes(me, number)
            return True
    for number in reversed(view.snapshots(me)):
        if number <= written:
            break
        with contextlib.suppress(Unreadable, OSError):
            view.read_snapshot(me, number)
            return True
    return False


def _send(view: TandemFolder, journal: Journal, state: SyncState, tandem_id: str) -> int:
    shared = state.share(tandem_id)
    assert shared is not None
    if shared.writing_number is not None and shared.writing_upto is not None:
        # A file begun in a round that did not finish: write it again (same changes).
        changes = [change for seq, change in journal.changes(after=shared.sent_seq,
                                                              tandem_id=tandem_id)
                   if seq <= shared.writing_upto]
        view.write_changes(shared.writing_number, changes)
        state.written(tandem_id, shared.writing_number, shared.writing_upto)
        shared = state.share(tandem_id)
        assert shared is not None
    pending = journal.changes(after=shared.sent_seq, tandem_id=tandem_id)
    if not pending:
        return 0
    number, upto = shared.file_number + 1, pending[-1][0]
    state.begin_writing(tandem_id, number, upto)
    view.write_changes(number, [change for _, change in pending])
    state.written(tandem_id, number, upto)
    return len(pending)


def _receive(store: Store, view: TandemFolder, state: SyncState, tandem_id: str, now: str,
             report: RoundReport, confirm_deletions: bool) -> None:
    merger = Merger(store)
    fresh = _holds_nothing_of(store, tandem_id)
    for device in view.devices():
        if device == view.device_id:
            continue
        number = _read_number(state, tandem_id, device)
        available = set(view.numbers(device))
        later = [n for n in view.snapshots(device) if n > number]
        if later and (fresh or number + 1 not in available):
            # Joining, or the files were compacted away: the snapshot, then what follows.
            number = _apply_snapshot(store, merger, view, state, device, max(later), now,
                                     report, confirm_deletions) or number
        while number + 1 in available:  # a gap means "wait"
            try:
                changes = view.read_changes(device, number + 1)
            except (Unreadable, OSError):
                report.waiting_files += 1
                break
            with store.database.transaction():
                merged = merger.apply(changes, confirm_deletions=confirm_deletions)
                state.read_up_to(tandem_id, device, number + 1, now)
            number += 1
            report.received += len(changes)
            _count(report, merged)
        about = view.read_state(device)[1]
        if about.get("name"):
            state.saw(tandem_id, device, about["name"], now)


def _holds_nothing_of(store: Store, tandem_id: str) -> bool:
    try:
        store.tandems.get(tandem_id, include_deleted=True)
    except NotFoundError:
        return True
    return False


def _read_number(state: SyncState, tandem_id: str, device: str) -> int:
    return next((peer.read_number for peer in state.peers(tandem_id)
                 if peer.device_id == device), 0)


def _apply_snapshot(store: Store, merger: Merger, view: TandemFolder, state: SyncState,
                    device: str, number: int, now: str, report: RoundReport,
                    confirm_deletions: bool) -> int | None:
    """Apply a device's snapshot and note what it covers; its number, None if it does not open."""
    try:
        snapshot = view.read_snapshot(device, number)
    except (Unreadable, OSError):
        report.waiting_files += 1
        return None
    with store.database.transaction():
        left = insert_whole_new_records(store, snapshot.changes)  # most of a joiner's
        merged = merger.apply(left, confirm_deletions=confirm_deletions)
        # What it kept waiting waits here too (a large deletion is asked again).
        kept = merger.apply(snapshot.pending, confirm_deletions=confirm_deletions)
        state.read_up_to(view.tandem_id, device, number, now)
        for other, seen in snapshot.seen.items():
            if other != view.device_id:
                state.read_at_least(view.tandem_id, other, seen)
    report.received += len(snapshot.changes) + len(snapshot.pending)
    _count(report, merged)
    _count(report, kept)
    return number


def _count(report: RoundReport, merged: MergeReport) -> None:
    report.conflicts += merged.conflicts
    report.held += merged.held_deletions
    report.came_back.extend(merged.came_back)
