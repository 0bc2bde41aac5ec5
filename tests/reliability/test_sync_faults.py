"""What a shared folder can do to a round: damaged, foreign, forged and vanishing files, a
folder that is read-only, gone or someone else's, a newer format, an older partner.

Each: no crash, nothing wrongly applied, a clear status (FolderProblem reason or
RoundReport), and the next good round converges.
"""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest

from tandem_desktop.exchange.syncfolder import folder as folder_module
from tandem_desktop.exchange.syncfolder import layout, pairing, snapshots
from tandem_desktop.exchange.syncfolder.rounds import join, run_round, stop_sharing
from tandem_desktop.storage.sync_state import SyncState
from tests.reliability.sync_pairs import Pair, make_pair, new_store, tandem_files
from tests.storage.copies import dump, problems


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = make_pair(tmp_path / "shared")
    yield made
    made.close()


def _edit_on_leader(pair: Pair, title: str) -> str:
    task = pair.leader.tasks.for_tandem(pair.tandem_id)[0]
    pair.leader.tasks.change(task.id, title=title)
    return task.id


def _damage(data: bytes, how: str) -> bytes:
    if how == "zero-length":
        return b""
    if how == "truncated":
        return data[: len(data) // 2]
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0x10
    return bytes(flipped)


DAMAGES = ["zero-length", "truncated", "bit-flipped"]


# -- damaged files ---------------------------------------------------------------------

@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_change_file_waits_and_the_good_one_is_taken_next_round(
        pair: Pair, how: str) -> None:
    task_id = _edit_on_leader(pair, "Beschädigt angekommen")
    assert run_round(pair.leader, pair.tandem_id).problem == ""
    view = pair.view(pair.leader)
    path = view.own / layout.changes_name(max(view.numbers(view.device_id)))
    good = path.read_bytes()
    before = dump(pair.assistant)
    path.write_bytes(_damage(good, how))
    report = run_round(pair.assistant, pair.tandem_id)
    assert (report.problem, report.received, report.waiting_files) == ("", 0, 1)
    assert dump(pair.assistant) == before  # nothing applied
    path.write_bytes(good)  # the engine finishes carrying it
    pair.rounds()
    assert pair.assistant.tasks.get(task_id).title == "Beschädigt angekommen"
    assert dump(pair.assistant) == dump(pair.leader)


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_snapshot_waits_and_a_joiner_takes_it_once_whole(
        pair: Pair, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)
    _edit_on_leader(pair, "Mit Schnappschuss")
    pair.rounds()
    view = pair.view(pair.leader)
    assert view.numbers(view.device_id) == []  # compacted: only the snapshot stands for them
    path = view.own / layout.snapshot_name(max(view.snapshots(view.device_id)))
    good = path.read_bytes()
    path.write_bytes(_damage(good, how))
    late = new_store()
    report_line = ""
    try:
        join(late, pair.root, pair.code)
    except Exception as error:  # noqa: BLE001 - the message is what the user sees
        report_line = str(error)
    assert "not all arrived" in report_line
    assert SyncState(late.database).shared_tandems() == []
    path.write_bytes(good)
    join(late, pair.root, pair.code)
    pair.rounds(pair.leader, pair.assistant, late)
    assert dump(late) == dump(pair.assistant)
    late.close()


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_read_state_holds_back_compaction_and_is_rewritten(
        pair: Pair, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)
    assistant_view = pair.view(pair.assistant)
    read_state = assistant_view.own / layout.READ
    read_state.write_bytes(_damage(read_state.read_bytes(), how))
    _edit_on_leader(pair, "Nicht zu früh löschen")
    report = run_round(pair.leader, pair.tandem_id)
    assert report.problem == "" and report.compacted == 0
    leader_view = pair.view(pair.leader)
    assert leader_view.numbers(leader_view.device_id)  # the assistant may not have read it
    pair.assistant.tasks.change(pair.assistant.tasks.for_tandem(pair.tandem_id)[1].id,
                                notes="Neu")
    pair.rounds()
    assert assistant_view.read_state(assistant_view.device_id)[1]["role"] == "assistant"
    assert dump(pair.assistant) == dump(pair.leader)


@pytest.mark.parametrize("how", [*DAMAGES, "not json"])
def test_a_damaged_marker_pauses_sync_and_nothing_is_written(pair: Pair, how: str) -> None:
    marker = pair.folder / layout.MARKER
    good = marker.read_bytes()
    marker.write_bytes(b"{\"format\": 1.0, " if how == "not json" else _damage(good, how))
    _edit_on_leader(pair, "Wartet")
    before = tandem_files(pair.folder)
    for copy in (pair.leader, pair.assistant):
        report = run_round(copy, pair.tandem_id)
        assert report.problem == "damaged", report
        assert "marker" in report.message
    assert tandem_files(pair.folder) == before
    marker.write_bytes(good)
    pair.rounds()
    assert dump(pair.assistant) == dump(pair.leader)


# -- the sync engine's own files --------------------------------------------------------

def _engine_files(pair: Pair) -> dict[Path, bytes]:
    """One of each kind the engines leave, some holding a real file's bytes."""
    leader_view = pair.view(pair.leader)
    real = next(path for path in leader_view.own.iterdir() if layout.CHANGES.match(path.name)
                or layout.SNAPSHOT.match(path.name))
    names = [
        "0000000001.sync-conflict-20261207-101010-ABCDEFG.tch",
        "read.sync-conflict-20261207-101010-ABCDEFG.tch",
        ".syncthing.0000000002.tch.tmp",
        "~syncthing~0000000002.tch.tmp",
        "0000000001 (Claudia's conflicted copy 2026-12-07).tch",
        "0000000001 (conflicted copy 2026-12-07 101010).tch",
        "0000000001-LAPTOP-CLAUDIA.tch",
        "read-LAPTOP-CLAUDIA.tch",
        ".0000000003.tch.icloud",
        ".read.tch.icloud",
    ]
    planted = {}
    for directory in (leader_view.own, pair.view(pair.assistant).own):
        for name in names:
            planted[directory / name] = real.read_bytes()
    planted[pair.folder / "tandem-sync (conflicted copy 2026-12-07).json"] = b"{}"
    planted[pair.folder / ".tandem-sync.json.icloud"] = b""
    conflict_folder = pair.folder / f"{leader_view.device_id}.sync-conflict-20261207-1"
    conflict_folder.mkdir()
    planted[conflict_folder / real.name] = real.read_bytes()
    for path, data in planted.items():
        path.write_bytes(data)
    return planted


def test_engine_files_are_ignored_and_outlive_rounds_compaction_and_stop_sharing(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)
    planted = _engine_files(pair)
    task_id = _edit_on_leader(pair, "Zwischen fremden Dateien")
    pair.rounds(times=3)
    assert pair.assistant.tasks.get(task_id).title == "Zwischen fremden Dateien"
    assert dump(pair.assistant) == dump(pair.leader)
    for copy in (pair.leader, pair.assistant):
        assert stop_sharing(copy, pair.tandem_id) >= 1
    assert {path: path.read_bytes() for path in planted} == planted
    left = {path for path in pair.folder.rglob("*") if path.is_file()}
    assert left == {*planted, pair.folder / layout.MARKER}


# -- the folder itself -------------------------------------------------------------------

def test_a_marker_of_another_tandem_pauses_and_writes_nothing(pair: Pair) -> None:
    marker = pair.folder / layout.MARKER
    good = marker.read_bytes()
    marker.write_text(json.dumps({**json.loads(good), "tandem": "another-tandem"}))
    _edit_on_leader(pair, "Nicht hier")
    before = tandem_files(pair.folder)
    report = run_round(pair.leader, pair.tandem_id)
    assert report.problem == "other-tandem" and "another tandem" in report.message
    assert stop_sharing(pair.assistant, pair.tandem_id) == 0  # nor removed from it
    assert tandem_files(pair.folder) == before
    marker.write_bytes(good)
    assert run_round(pair.leader, pair.tandem_id).problem == ""


def test_a_missing_folder_pauses_and_the_round_after_it_returns_converges(pair: Pair) -> None:
    away = pair.folder.with_name("unmounted")
    pair.folder.rename(away)
    task_id = _edit_on_leader(pair, "Später")
    report = run_round(pair.leader, pair.tandem_id)
    assert report.problem == "missing" and "missing or not mounted" in report.message
    assert not pair.folder.exists()  # nothing recreated it
    assert SyncState(pair.leader.database).share(pair.tandem_id).problem == "missing"  # type: ignore[union-attr]
    away.rename(pair.folder)
    pair.rounds()
    assert pair.assistant.tasks.get(task_id).title == "Später"
    assert SyncState(pair.leader.database).share(pair.tandem_id).problem == ""  # type: ignore[union-attr]


def test_a_read_only_folder_is_a_clear_problem_and_loses_nothing(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(target: Path, data: bytes) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system", str(target))

    writable = folder_module._write_atomically
    monkeypatch.setattr(folder_module, "_write_atomically", refused)
    task_id = _edit_on_leader(pair, "Schreibgeschützt")
    before = tandem_files(pair.folder)
    report = run_round(pair.leader, pair.tandem_id)
    assert report.problem == "unreachable" and "Read-only" in report.message
    assert tandem_files(pair.folder) == before
    shared = SyncState(pair.leader.database).share(pair.tandem_id)
    assert shared is not None and shared.sent_seq < pair.leader.database.scalar(
        "SELECT max(seq) FROM sync_journal")  # still waiting to go out
    monkeypatch.setattr(folder_module, "_write_atomically", writable)  # writable again
    pair.rounds()
    assert pair.assistant.tasks.get(task_id).title == "Schreibgeschützt"
    assert dump(pair.assistant) == dump(pair.leader)


def test_the_folder_vanishing_between_writing_and_reading(
        pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    assistant_task = pair.assistant.tasks.for_tandem(pair.tandem_id)[1]
    pair.assistant.tasks.change(assistant_task.id, notes="Von der Assistenz")
    assert run_round(pair.assistant, pair.tandem_id).problem == ""
    leader_task = _edit_on_leader(pair, "Vor dem Verschwinden")
    away = pair.folder.with_name("gone")
    write_if_due = snapshots.write_if_due

    def vanishing(*args: object) -> object:
        pair.folder.rename(away)  # unmounted right after this device's file went in
        return write_if_due(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshots, "write_if_due", vanishing)
    report = run_round(pair.leader, pair.tandem_id)
    monkeypatch.setattr(snapshots, "write_if_due", write_if_due)
    assert report.problem == "missing" and report.sent > 0 and report.received == 0
    assert pair.leader.tasks.get(assistant_task.id).notes != "Von der Assistenz"
    away.rename(pair.folder)
    pair.rounds()
    assert pair.leader.tasks.get(assistant_task.id).notes == "Von der Assistenz"
    assert pair.assistant.tasks.get(leader_task).title == "Vor dem Verschwinden"
    assert dump(pair.assistant) == dump(pair.leader)


def test_a_file_renamed_to_another_number_or_device_is_not_applied(pair: Pair) -> None:
    task_id = _edit_on_leader(pair, "Echt")
    pair.rounds(pair.leader, pair.assistant, times=1)
    leader_view, assistant_view = pair.view(pair.leader), pair.view(pair.assistant)
    last = max(leader_view.numbers(leader_view.device_id))
    real = (leader_view.own / layout.changes_name(last)).read_bytes()
    forged_number = leader_view.own / layout.changes_name(last + 1)
    forged_number.write_bytes(real)
    pair.assistant.tasks.change(task_id, title="Assistenz")  # would be overwritten again
    assert run_round(pair.assistant, pair.tandem_id).problem == ""
    # The assistant's own number, in the leader's place: it reads its own file as the leader's.
    pirate = pair.folder / "00000000000000ff"
    pirate.mkdir()
    (pirate / layout.changes_name(1)).write_bytes(real)
    report = run_round(pair.leader, pair.tandem_id)
    assert report.problem == ""
    report = run_round(pair.assistant, pair.tandem_id)
    assert report.waiting_files >= 2 and report.received == 0
    assert pair.assistant.tasks.get(task_id).title == "Assistenz"
    assert "00000000000000ff" not in {peer.device_id for peer in SyncState(
        pair.assistant.database).peers(pair.tandem_id) if peer.read_number}
    forged_number.unlink()
    shutil.rmtree(pirate)
    pair.rounds()
    assert dump(pair.assistant) == dump(pair.leader)
    assert pair.leader.tasks.get(task_id).title == "Assistenz"
    assert assistant_view.numbers(leader_view.device_id)  # the real files still there


def test_a_newer_major_format_stops_sync_and_a_newer_minor_is_read(pair: Pair) -> None:
    marker = pair.folder / layout.MARKER
    data = json.loads(marker.read_bytes())
    task_id = _edit_on_leader(pair, "Neueres Format")
    marker.write_text(json.dumps({**data, "format": "2.0"}))
    before = tandem_files(pair.folder)
    report = run_round(pair.leader, pair.tandem_id)
    assert report.problem == "newer-format" and "update Tandem" in report.message
    assert tandem_files(pair.folder) == before
    marker.write_text(json.dumps({**data, "format": "1.9", "something new": True}))
    pair.rounds()
    assert pair.assistant.tasks.get(task_id).title == "Neueres Format"
    assert problems(pair.assistant) == []
    assert dump(pair.assistant) == dump(pair.leader)


# -- a partner on an older version ------------------------------------------------------

def test_a_partner_on_an_older_version_without_a_field_converges(pair: Pair) -> None:
    from tandem_desktop.domain.records import Task

    # The assistant's Tandem does not know a task's priority yet: it neither sends nor
    # takes it (its merge keeps a change of it for a later version).
    older = pair.assistant.tasks
    older._synced = [name for name in older._synced if name != "priority"]
    added = pair.assistant.tasks.add(Task(tandem_id=pair.tandem_id, title="Vom alten Tandem",
                                          owner="assistant"))
    pair.rounds()
    on_leader = pair.leader.tasks.get(added.id)  # not waiting as incomplete
    assert (on_leader.title, on_leader.priority) == ("Vom alten Tandem", "normal")
    assert pair.leader.database.scalar("SELECT count(*) FROM sync_pending") == 0
    pair.leader.tasks.change(added.id, priority="high", notes="Wichtig")
    pair.rounds()
    on_assistant = pair.assistant.tasks.get(added.id)
    assert (on_assistant.notes, on_assistant.priority) == ("Wichtig", "normal")
    assert pair.assistant.database.scalar(
        "SELECT reason FROM sync_pending WHERE field = 'priority'") == "unknown"

    def without_priority(store_dump: dict[str, object]) -> dict[str, object]:
        tasks = [{k: v for k, v in row.items() if k != "priority"}
                 for row in store_dump["task"]]  # type: ignore[attr-defined]
        return {**store_dump, "task": tasks}

    assert without_priority(dump(pair.assistant)) == without_priority(dump(pair.leader))
    # Updated, it takes what waited for it with the next batch.
    older._synced = [*older._synced, "priority"]
    pair.leader.tasks.change(added.id, notes="Nach dem Update")
    pair.rounds()
    assert pair.assistant.tasks.get(added.id).priority == "high"
    assert dump(pair.assistant) == dump(pair.leader)
