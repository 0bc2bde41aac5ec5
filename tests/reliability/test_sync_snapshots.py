"""Snapshots and compaction: a device joining late reads a snapshot instead of every change,
and ends up exactly as one that replayed everything."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tandem_desktop.domain.records import Feedback, Task
from tandem_desktop.exchange.syncfolder import layout, pairing, snapshots
from tandem_desktop.exchange.syncfolder.folder import TandemFolder
from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
from tandem_desktop.storage.merge import apply_changes
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState
from tests.reliability.helpers import fill
from tests.reliability.sync_pairs import (
    Pair,
    copy_folder,
    make_pair,
    new_store,
    tandem_files,
)
from tests.storage.copies import dump, problems


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


def _history(pair: Pair) -> None:
    """Edits on both sides, a conflict, deletes, a purge and feedback made private."""
    leader, assistant, tid = pair.leader, pair.assistant, pair.tandem_id
    tasks = leader.tasks.for_tandem(tid)
    leader.tasks.change(tasks[0].id, title="Vom Leader")
    assistant.tasks.change(tasks[0].id, title="Von der Assistenz", notes="Notiz")
    leader.tasks.delete(tasks[1].id)
    leader.tasks.delete(tasks[2].id)
    leader.tasks.purge(tasks[2].id)
    shared = leader.feedback.add(Feedback(
        tandem_id=tid, direction="leader_to_assistant", given_on="2026-12-01",
        situation="Im Meeting", behaviour="Gut vorbereitet"))
    pair.rounds()
    leader.feedback.change(shared.id, private=True)
    assistant.tasks.add(Task(tandem_id=tid, title="Neu von der Assistenz", owner="assistant"))
    pair.rounds()


def _joined(root: Path, code: str) -> Store:
    store = new_store()
    join(store, root, code)
    return store


def test_a_joiner_reading_the_snapshot_ends_as_one_that_replayed_everything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)
    monkeypatch.setattr(snapshots, "compact", lambda view: 0)  # keep every file for the replay
    pair = make_pair(tmp_path / "shared")
    _history(pair)
    leader_device = pair.view(pair.leader).device_id
    newest = max(pair.view(pair.leader).snapshots(leader_device))
    copy_folder(pair.folder, tmp_path / "plain" / pair.folder.name, snapshots=False)

    read: list[tuple[str, int]] = []
    original = TandemFolder.read_changes

    def noting(view: TandemFolder, device: str, number: int) -> object:
        read.append((device, number))
        return original(view, device, number)

    monkeypatch.setattr(TandemFolder, "read_changes", noting)
    through_snapshot = _joined(pair.root, pair.code)
    assert [number for device, number in read if device == leader_device
            and number <= newest] == []  # the snapshot stood in for them
    read.clear()
    replaying = _joined(tmp_path / "plain", pair.code)
    assert (leader_device, 1) in read

    # (The leader's own dump leaves out the feedback it made private; the others hold it
    # as withdrawn.)
    assert dump(through_snapshot) == dump(replaying) == dump(pair.assistant)
    assert problems(through_snapshot) == []
    pair.close()


def test_compaction_removes_only_own_files_everyone_read_and_a_late_joiner_converges(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)
    pair = make_pair(tmp_path / "shared")
    leader_view, assistant_view = pair.view(pair.leader), pair.view(pair.assistant)
    leftovers = {leader_view.own / "0000000001.sync-conflict-20261207-101010-ABCDEFG.tch",
                 leader_view.own / "0000000001 (conflicted copy 2026-12-07).tch",
                 assistant_view.own / ".syncthing.0000000001.tch.tmp"}
    for path in leftovers:
        path.write_bytes(b"engine's own")
    _history(pair)
    pair.rounds()
    mine = leader_view.own
    numbers = leader_view.numbers(leader_view.device_id)
    snapshot = max(leader_view.snapshots(leader_view.device_id))
    seen = assistant_view.read_state(assistant_view.device_id)[0][leader_view.device_id]
    assert all(number > min(snapshot, seen) for number in numbers)  # the covered ones went
    assert 1 not in numbers
    assert leader_view.snapshots(leader_view.device_id) == [snapshot]  # older ones too
    assert all(path.exists() for path in leftovers)  # never the engine's files
    assert (mine / layout.READ).exists()

    late = _joined(pair.root, pair.code)  # the leader's second laptop, after compaction
    pair.rounds(pair.leader, pair.assistant, late)
    assert dump(late) == dump(pair.assistant)
    pair.close()
    late.close()


def test_a_device_never_removes_what_a_partner_has_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)
    pair = make_pair(tmp_path / "shared")
    view = pair.view(pair.leader)
    for number in range(3):
        task = pair.leader.tasks.for_tandem(pair.tandem_id)[0]
        pair.leader.tasks.change(task.id, title=f"Stand {number}")
        assert run_round(pair.leader, pair.tandem_id).problem == ""  # the assistant sleeps
    seen = pair.view(pair.assistant).read_state(pair.view(pair.assistant).device_id)[0]
    unread = [n for n in view.numbers(view.device_id) if n > seen[view.device_id]]
    assert len(unread) == 3
    before = tandem_files(pair.view(pair.assistant).own)
    pair.rounds(pair.leader)
    assert tandem_files(pair.view(pair.assistant).own) == before  # never another's files
    assert set(unread) <= set(view.numbers(view.device_id))
    pair.rounds()
    assert dump(pair.assistant) == dump(pair.leader)
    pair.close()


# -- property: any history, joined through the snapshot or by replaying ------------------

_ACTIONS = st.lists(st.tuples(
    st.sampled_from(["leader", "assistant"]),
    st.sampled_from(["add", "retitle", "note", "delete", "restore", "purge", "round"]),
    st.integers(0, 7), st.sampled_from(["Angebot", "Reise", "Bericht", ""])),
    min_size=1, max_size=14)


def _act(store: Store, tandem_id: str, action: str, index: int, text: str) -> None:
    tasks = [*store.tasks.for_tandem(tandem_id), *store.tasks.for_tandem(tandem_id, deleted=True)]
    if action == "round":
        assert run_round(store, tandem_id).problem == ""
        return
    if action == "add" or not tasks:
        store.tasks.add(Task(tandem_id=tandem_id, title=text or "Aufgabe", owner="leader"))
        return
    task = tasks[index % len(tasks)]
    if action == "retitle" and task.deleted_at is None:
        store.tasks.change(task.id, title=text or "Titel")
    elif action == "note" and task.deleted_at is None:
        store.tasks.change(task.id, notes=text)
    elif action == "delete" and task.deleted_at is None:
        store.tasks.delete(task.id)
    elif action == "restore" and task.deleted_at is not None:
        store.tasks.restore(task.id)
    elif action == "purge" and task.deleted_at is not None:
        store.tasks.purge(task.id)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=_ACTIONS, threshold=st.sampled_from([0, 300, 10**9]))
def test_any_history_joined_through_snapshots_equals_a_full_replay(
        actions: list[tuple[str, str, int, str]], threshold: int) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", threshold)
        # The replayer's folder keeps every file: compaction would leave it only the snapshots.
        patch.setattr(snapshots, "compact", lambda view: 0)
        root = Path(folder)
        (root / "shared").mkdir()
        leader, assistant = new_store(), new_store()
        tandem = fill(leader, count=2)
        leader.tandems.change(tandem.id, my_role="leader")
        code = share(leader, tandem.id, root / "shared")
        join(assistant, root / "shared", code)
        copies = {"leader": leader, "assistant": assistant}
        for side, action, index, text in actions:
            _act(copies[side], tandem.id, action, index, text)
        for _ in range(2):
            for copy in (leader, assistant):
                assert run_round(copy, tandem.id, confirm_deletions=True).problem == ""
        tandem_folder = root / "shared" / layout.tandem_folder_name(tandem.id)
        copy_folder(tandem_folder, root / "plain" / tandem_folder.name, snapshots=False)
        through_snapshot, replaying = new_store(), new_store()
        join(through_snapshot, root / "shared", code)
        join(replaying, root / "plain", code)
        # A change file deleting much of what a joiner holds waits for its yes (a snapshot
        # brings such records already in the Trash). Said yes to, all are the same.
        for joined in (through_snapshot, replaying):
            apply_changes(joined, [], confirm_deletions=True)
        assert dump(through_snapshot) == dump(replaying) == dump(leader) == dump(assistant)
        assert problems(through_snapshot) == []
        share_state = SyncState(through_snapshot.database).share(tandem.id)
        assert share_state is not None
        for store in (leader, assistant, through_snapshot, replaying):
            store.close()


def test_a_backup_restored_after_compaction_reads_its_own_snapshot_and_converges(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)
    pair = make_pair(tmp_path / "shared")
    backup = tmp_path / "backup.db"
    pair.leader.database.conn.execute(f"VACUUM INTO '{backup}'")
    task = pair.leader.tasks.for_tandem(pair.tandem_id)[0]
    for number in range(3):
        pair.leader.tasks.change(task.id, title=f"Nach der Sicherung {number}")
        pair.rounds()
    view = pair.view(pair.leader)
    old_device = view.device_id
    assert view.numbers(old_device) == []  # compacted: only the newest snapshot is left

    restored = new_store()
    sqlite3.connect(backup).backup(restored.database.conn)
    report = run_round(restored, pair.tandem_id)
    assert report.new_device_id and report.problem == ""
    assert restored.database.scalar("SELECT device_id FROM sync_device") != old_device
    assert restored.tasks.get(task.id).title == "Nach der Sicherung 2"
    restored.tasks.change(task.id, notes="Wieder da")
    pair.rounds(restored, pair.assistant)
    assert pair.assistant.tasks.get(task.id).notes == "Wieder da"
    assert dump(restored) == dump(pair.assistant)
    assert problems(restored) == []
    restored.close()
    pair.close()
