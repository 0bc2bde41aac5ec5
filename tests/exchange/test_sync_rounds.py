"""Two copies of a tandem kept in step through one folder, round by round."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.exchange.syncfolder import layout, pairing
from tandem_desktop.exchange.syncfolder.folder import WrongCode
from tandem_desktop.exchange.syncfolder.rounds import (
    SyncError,
    join,
    run_round,
    share,
    stop_sharing,
)
from tandem_desktop.storage.store import Store
from tandem_desktop.storage.sync_state import SyncState
from tests.storage.copies import dump, problems

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
CANARY = "Kanarienvogel-5521"


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    leader = Store.in_memory(FixedClock(NOW))
    assistant = Store.in_memory(FixedClock(NOW))
    tandem = create_demo(leader, "de", date(2026, 12, 7))
    leader.tandems.change(tandem.id, my_role="leader")
    code = share(leader, tandem.id, tmp_path)
    join(assistant, tmp_path, code)
    yield leader, assistant, tandem.id, tmp_path
    leader.close()
    assistant.close()


def _rounds(*copies: Store, tandem_id: str, times: int = 2) -> None:
    for _ in range(times):
        for copy in copies:
            report = run_round(copy, tandem_id)
            assert report.problem == "", report.message


def test_join_brings_the_whole_tandem_with_the_other_role(pair) -> None:  # type: ignore[no-untyped-def]
    leader, assistant, tandem_id, _ = pair
    assert assistant.tandems.get(tandem_id).my_role == "assistant"
    assert leader.tandems.get(tandem_id).my_role == "leader"
    assert dump(assistant) == dump(leader)
    assert problems(assistant) == []


def test_edits_on_both_sides_meet(pair) -> None:  # type: ignore[no-untyped-def]
    leader, assistant, tandem_id, _ = pair
    task = leader.tasks.for_tandem(tandem_id)[0]
    question = assistant.questions.for_tandem(tandem_id)[0]
    leader.tasks.change(task.id, title="Messe-Hotel buchen")
    assistant.tasks.change(task.id, notes="Zwei Nächte")
    leader.questions.change(question.id, answer="Ja, bis 300 Euro.")
    goal = assistant.goals.for_tandem(tandem_id)[0]
    assistant.goals.delete(goal.id)
    _rounds(leader, assistant, tandem_id=tandem_id)
    assert dump(assistant) == dump(leader)
    both = assistant.tasks.get(task.id)
    assert (both.title, both.notes) == ("Messe-Hotel buchen", "Zwei Nächte")
    assert leader.goals.find(goal.id) is None
    assert problems(leader) == problems(assistant) == []


def test_nothing_private_reaches_the_folder(pair) -> None:  # type: ignore[no-untyped-def]
    leader, assistant, tandem_id, _folder = pair
    meeting = leader.meetings.for_tandem(tandem_id)[0]
    leader.meetings.change(meeting.id, private_notes=CANARY)
    feedback = leader.feedback.for_tandem(tandem_id)[0]
    leader.feedback.change(feedback.id, private=True, situation=CANARY)
    _rounds(leader, assistant, tandem_id=tandem_id)
    shared = SyncState(leader.database).share(tandem_id)
    assert shared is not None
    from tandem_desktop.exchange.syncfolder.folder import TandemFolder

    view = TandemFolder(Path(shared.folder), tandem_id, "0" * 16, shared.data_key)
    for device in view.devices():
        for number in view.numbers(device):
            for change in view.read_changes(device, number):
                assert CANARY not in (change.value or "")
    assert assistant.feedback.find(feedback.id) is None  # withdrawn from the partner
    assert CANARY not in str(dump(assistant))


def test_a_wrong_code_writes_nothing(tmp_path: Path) -> None:
    leader = Store.in_memory(FixedClock(NOW))
    other = Store.in_memory(FixedClock(NOW))
    tandem = create_demo(leader, "en", date(2026, 12, 7))
    share(leader, tandem.id, tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(WrongCode):
        join(other, tmp_path, pairing.new_code())
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert other.tandems.list() == []
    assert SyncState(other.database).shared_tandems() == []


def test_a_missing_marker_pauses_and_writes_nothing(pair) -> None:  # type: ignore[no-untyped-def]
    leader, _, tandem_id, folder = pair
    tandem_folder = folder / layout.tandem_folder_name(tandem_id)
    (tandem_folder / layout.MARKER).rename(tandem_folder / "set-aside.json")
    leader.tasks.change(leader.tasks.for_tandem(tandem_id)[0].id, title="Neu")
    files = sorted(p.name for p in tandem_folder.rglob("*"))
    report = run_round(leader, tandem_id)
    assert report.problem == "missing"
    assert sorted(p.name for p in tandem_folder.rglob("*")) == files


def test_stop_sharing_removes_only_this_devices_files(pair) -> None:  # type: ignore[no-untyped-def]
    leader, assistant, tandem_id, _folder = pair
    removed = stop_sharing(assistant, tandem_id)
    assert removed >= 1
    assert assistant.tandems.get(tandem_id)  # local data stays
    assert SyncState(assistant.database).share(tandem_id) is None
    assert run_round(leader, tandem_id).problem == ""


def test_a_round_cut_off_between_writing_and_noting_loses_and_doubles_nothing(
        pair, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    leader, assistant, tandem_id, _ = pair
    task = leader.tasks.for_tandem(tandem_id)[0]
    leader.tasks.change(task.id, title="Einmal")
    state = SyncState(leader.database)

    def cut_off(*_args: object) -> None:
        raise KeyboardInterrupt  # the process stops right after the file is in place

    monkeypatch.setattr(SyncState, "written", cut_off)
    with pytest.raises(KeyboardInterrupt):
        run_round(leader, tandem_id)
    monkeypatch.undo()
    shared = state.share(tandem_id)
    assert shared is not None and shared.writing_number is not None
    leader.tasks.change(task.id, notes="Danach")
    _rounds(leader, assistant, tandem_id=tandem_id)
    shared = state.share(tandem_id)
    assert shared is not None and shared.writing_number is None
    assert (assistant.tasks.get(task.id).title, assistant.tasks.get(task.id).notes) == (
        "Einmal", "Danach")
    assert dump(assistant) == dump(leader)


def test_a_database_restored_from_a_backup_takes_a_new_device_id(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    leader, assistant, tandem_id, _ = pair
    backup = tmp_path / "backup.db"
    leader.database.conn.execute(f"VACUUM INTO '{backup}'")
    task = leader.tasks.for_tandem(tandem_id)[0]
    leader.tasks.change(task.id, title="Nach der Sicherung")
    _rounds(leader, assistant, tandem_id=tandem_id)
    import sqlite3

    restored = Store.in_memory(FixedClock(NOW))
    sqlite3.connect(backup).backup(restored.database.conn)
    old_device = restored.database.scalar("SELECT device_id FROM sync_device")
    report = run_round(restored, tandem_id)
    assert report.new_device_id and report.problem == ""
    assert restored.database.scalar("SELECT device_id FROM sync_device") != old_device
    # Its own old files, read like a partner's, bring back what the backup missed.
    assert restored.tasks.get(task.id).title == "Nach der Sicherung"
    _rounds(restored, assistant, leader, tandem_id=tandem_id)
    assert dump(restored) == dump(assistant)
    restored.close()


def test_a_quiet_round_leaves_the_read_state_as_it_is(pair) -> None:  # type: ignore[no-untyped-def]
    # A rewritten file would be carried to the partner by the sync engine, whose
    # next round would rewrite its own: two devices waking each other up forever.
    leader, assistant, tandem_id, folder = pair
    _rounds(leader, assistant, tandem_id=tandem_id)
    before = {path: path.read_bytes() for path in folder.rglob(layout.READ)}
    _rounds(leader, assistant, tandem_id=tandem_id)
    assert {path: path.read_bytes() for path in folder.rglob(layout.READ)} == before
    task = assistant.tasks.for_tandem(tandem_id)[0]
    assistant.tasks.change(task.id, title="Neu")
    _rounds(assistant, leader, tandem_id=tandem_id, times=1)
    changed = [path for path in folder.rglob(layout.READ) if path.read_bytes() != before[path]]
    assert len(changed) == 1  # the leader's: it has read one more file of the assistant


def _copy_arrived(source: Path, target: Path, *, read_state: bool, changes: bool) -> None:
    """What of a shared folder the sync engine has carried so far."""
    for path in sorted(source.rglob("*")):
        if path.is_dir():
            continue
        if (path.name == layout.READ and not read_state) or (
                layout.CHANGES.match(path.name) and not changes):
            continue
        copy = target / path.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(path.read_bytes())


@pytest.mark.parametrize("missing", ["read state", "changes"])
def test_joining_before_the_partners_files_arrived_writes_nothing(
        tmp_path: Path, missing: str) -> None:
    leader = Store.in_memory(FixedClock(NOW))
    assistant = Store.in_memory(FixedClock(NOW))
    tandem = create_demo(leader, "en", date(2026, 12, 7))
    leader.tandems.change(tandem.id, my_role="leader")
    theirs, mine = tmp_path / "theirs", tmp_path / "mine"
    theirs.mkdir()
    mine.mkdir()
    code = share(leader, tandem.id, theirs)
    _copy_arrived(theirs, mine, read_state=missing != "read state",
                  changes=missing != "changes")
    before = sorted(str(p.relative_to(mine)) for p in mine.rglob("*"))
    with pytest.raises(SyncError, match="not all arrived"):
        join(assistant, mine, code)
    assert sorted(str(p.relative_to(mine)) for p in mine.rglob("*")) == before
    assert SyncState(assistant.database).shared_tandems() == []

    _copy_arrived(theirs, mine, read_state=True, changes=True)
    joined = join(assistant, mine, code)
    assert joined.my_role == "assistant"  # the side the leader does not take
    assert dump(assistant) == dump(leader)
    leader.close()
    assistant.close()
