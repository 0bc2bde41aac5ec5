"""End to end: two partners keep one tandem in step through two real Syncthing instances.

The assistant shares the demo tandem through its Syncthing folder, Syncthing
carries the files to the leader's folder, the leader joins with the code; then
both work on the tandem (some edits concurrent) and `tandem sync now` runs on
both sides until Syncthing has nothing left to carry and neither round receives
anything new. Both copies must then hold the same, the losing text must wait as
a conflict, and nothing private may be in either folder.

Only 127.0.0.1 is used (see tests/reliability/syncthing.py).
"""

from __future__ import annotations

import json
import re
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import astuple
from pathlib import Path

import pytest

from tandem_desktop.domain.changes import encode
from tandem_desktop.domain.records import Feedback, Question
from tandem_desktop.exchange.syncfolder import layout
from tandem_desktop.exchange.syncfolder.folder import TandemFolder
from tandem_desktop.storage.journal import journal_of
from tandem_desktop.storage.store import Store, open_store
from tandem_desktop.storage.sync_state import SyncState
from tests.reliability import syncthing
from tests.reliability.syncthing import Instance, poll
from tests.storage.copies import dump, problems

SYNCTHING = syncthing.binary()

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SYNCTHING is None, reason="needs the syncthing binary (Debian package "
                       "syncthing; scripts/test.sh installs it)"),
]

CARRY_TIMEOUT = 180.0  # Syncthing carrying one round's files, on a slow shared machine
SETTLE_TIMEOUT = 300.0  # all rounds until both copies agree
COMMAND_TIMEOUT = 180.0
ROUND = re.compile(r"^(?P<name>.*): sent (\d+), received (\d+), conflicts (\d+), held (\d+)$")
# Syncthing's own: its folder marker, and the temporary names it pulls files under.
SYNCTHING_OWN = re.compile(r"^(\.stfolder|\.stversions)$|^(\.syncthing\..*|~syncthing~.*)\.tmp$")


# -- the command line ----------------------------------------------------------------------
def _tandem(data_dir: Path, *args: str, stdin: str = "") -> str:
    done = subprocess.run([sys.executable, "-m", "tandem_desktop", "--data-dir", str(data_dir),
                           *args], input=stdin, capture_output=True, text=True,
                          timeout=COMMAND_TIMEOUT, check=False)
    assert done.returncode == 0, f"tandem {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _round(data_dir: Path) -> tuple[int, int, int, int]:
    """One `tandem sync now`: (sent, received, conflicts, held)."""
    output = _tandem(data_dir, "sync", "now")
    found = [match for line in output.splitlines() if (match := ROUND.match(line.strip()))]
    assert len(found) == 1, output
    sent, received, conflicts, held = (int(found[0][n]) for n in range(2, 6))
    return sent, received, conflicts, held


@contextmanager
def _editing(data_dir: Path) -> Iterator[Store]:
    """The store, opened while no command runs, as the app would write to it."""
    store = open_store(data_dir)
    try:
        yield store
    finally:
        store.close()


# -- the folders ---------------------------------------------------------------------------
def _files(folder: Path) -> dict[str, bytes]:
    """What Syncthing must carry: every file but Syncthing's own."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(SYNCTHING_OWN.match(part) for part in relative.parts) or not path.is_file():
            continue
        try:
            found[str(relative)] = path.read_bytes()
        except FileNotFoundError:  # renamed or removed while we looked
            continue
    return found


def _mirrored(first: Instance, second: Instance) -> bool:
    left = _files(first.folder)
    return bool(left) and left == _files(second.folder)


def _wait_mirrored(first: Instance, second: Instance, what: str) -> None:
    try:
        poll(lambda: _mirrored(first, second), CARRY_TIMEOUT, what, interval=0.25)
    except TimeoutError as error:
        raise AssertionError(f"{error}\n{_differences(first, second)}\n--- first:\n"
                             f"{first.log_tail()}\n--- second:\n{second.log_tail()}") from error


def _differences(first: Instance, second: Instance) -> str:
    left, right = _files(first.folder), _files(second.folder)
    return "\n".join(f"{name}: {'first' if name in left else ''} "
                     f"{'second' if name in right else ''}"
                     for name in sorted(set(left) | set(right))
                     if left.get(name) != right.get(name))


def _settle(sides: list[Path], first: Instance, second: Instance) -> int:
    """Rounds on every side, with Syncthing carrying the files in between, until a pass
    where no side sends or receives anything; the number of rounds it took."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    rounds = 0
    while True:
        quiet = True
        for data_dir in sides:
            _wait_mirrored(first, second, "Syncthing to carry the files")
            sent, received, _, held = _round(data_dir)
            rounds += 1
            assert held == 0
            quiet = quiet and sent == 0 and received == 0
        if quiet:
            _wait_mirrored(first, second, "Syncthing to carry the last files")
            return rounds
        assert time.monotonic() < deadline, f"no agreement after {rounds} rounds"


def _syncthing_state(folder: Path) -> tuple[object, ...]:
    """Syncthing's folder marker as it stands (Tandem must never touch it)."""
    marker = folder / ".stfolder"
    info = marker.stat()
    return info.st_ino, info.st_mtime_ns, sorted(p.name for p in marker.iterdir())


def _plant_temporaries(folder: Path, tandem_id: str, device: str) -> dict[Path, bytes]:
    """Files named like Syncthing's own temporaries, where Tandem reads and writes."""
    tandem_folder = folder / layout.tandem_folder_name(tandem_id)
    planted = {
        tandem_folder / ".syncthing.tandem-sync.json.tmp": b"half a marker",
        tandem_folder / device / ".syncthing.0000009999.tch.tmp": b"half a change file",
        tandem_folder / device / "~syncthing~0000009998.tch.tmp": b"half another one",
    }
    for path, data in planted.items():
        path.write_bytes(data)
    return planted


def _plaintexts(folder: Path, tandem_id: str, key: bytes) -> list[str]:
    """Every Tandem file in a Syncthing folder, decrypted (each must open)."""
    view = TandemFolder(folder / layout.tandem_folder_name(tandem_id), tandem_id, "", key)
    texts = []
    for device in view.devices():
        for number in view.numbers(device):
            texts.append(json.dumps([astuple(change) for change in
                                     view.read_changes(device, number)], ensure_ascii=False))
        for number in view.snapshots(device):
            snapshot = view.read_snapshot(device, number)
            texts.append(json.dumps([snapshot.seen, *(astuple(change) for change in
                                     [*snapshot.changes, *snapshot.pending])],
                                    ensure_ascii=False))
        seen, about = view.read_state(device)
        assert about, f"the read state of {device} does not open"
        texts.append(json.dumps([seen, about], ensure_ascii=False))
    return texts


# -- the test -------------------------------------------------------------------------------
def test_partners_keep_a_tandem_in_step_through_syncthing(tmp_path: Path) -> None:
    assert SYNCTHING is not None
    canary = f"Canary-{secrets.token_hex(6)}-private"
    assistant, leader = tmp_path / "assistant-data", tmp_path / "leader-data"
    with syncthing.pair(SYNCTHING, tmp_path / "syncthing") as (first, second):
        poll(lambda: (first.folder / ".stfolder").is_dir()
             and (second.folder / ".stfolder").is_dir(), CARRY_TIMEOUT, "the folder markers")
        marker_state = {inst.name: _syncthing_state(inst.folder) for inst in (first, second)}

        # The assistant creates the tandem, types private things, and shares it.
        _tandem(assistant, "demo")
        with _editing(assistant) as store:
            tandem = store.tandems.active()[0]
            assert tandem.my_role == "assistant"
            meeting = store.meetings.for_tandem(tandem.id)[0]
            store.meetings.change(meeting.id, private_notes=f"Assistant's notes {canary}")
            _private_feedback(store, tandem.id, "assistant_to_leader", canary)
        shared = _tandem(assistant, "sync", "share", "--folder", str(first.folder))
        code = shared.strip().splitlines()[-1].removeprefix("pairing code: ")
        tandem_folder = layout.tandem_folder_name(tandem.id)

        # Syncthing carries marker and files; the leader joins from its own folder.
        poll(lambda: (second.folder / tandem_folder / layout.MARKER).is_file(),
             CARRY_TIMEOUT, "the marker to arrive")
        _wait_mirrored(first, second, "the shared tandem to arrive")
        joined = _tandem(leader, "sync", "join", "--folder", str(second.folder),
                         stdin=code + "\n")
        assert joined.strip().endswith(f"“{tandem.name}” as leader"), joined
        with _editing(leader) as store:
            meeting = store.meetings.for_tandem(tandem.id)[0]
            store.meetings.change(meeting.id, private_notes=f"Leader's notes {canary}")
            _private_feedback(store, tandem.id, "leader_to_assistant", canary)
            leader_device = _device(store)
        with _editing(assistant) as store:
            assistant_device = _device(store)
        planted = {**_plant_temporaries(first.folder, tandem.id, assistant_device),
                   **_plant_temporaries(second.folder, tandem.id, leader_device)}
        sides = [assistant, leader]
        rounds = _settle(sides, first, second)
        assert rounds == 2  # the private edits gave nothing to send

        # The assistant asks and puts a topic on the agenda; the leader answers and
        # reorders the backlog.
        with _editing(assistant) as store:
            question = store.questions.add(Question(
                tandem_id=tandem.id, text="May I book the Lisbon trip myself?",
                asked_by="assistant", asked_on="2026-11-30"))
            topic = store.agenda.add_to_backlog(tandem.id, "Travel budget for spring",
                                                "topic", "assistant")
        rounds += _settle(sides, first, second)
        with _editing(leader) as store:
            store.questions.change(question.id, answer="Yes, up to 1,500 euros.",
                                   status="answered", answered_on="2026-12-01")
            backlog = [item.id for item in store.agenda.backlog(tandem.id)]
            assert topic.id in backlog and len(backlog) > 1
            new_order = [topic.id, *reversed([i for i in backlog if i != topic.id])]
            store.agenda.reorder(new_order)

        # Concurrent edits (no round in between): different fields of one task, the
        # same field of another; the leader deletes a goal.
        with _editing(assistant) as store:
            both, contested = store.tasks.for_tandem(tandem.id)[:2]
            store.tasks.change(both.id, notes="Booked the room for Thursday.")
            store.tasks.change(contested.id, title="Title as the assistant wrote it")
        with _editing(leader) as store:
            store.tasks.change(both.id, priority="high", due_on="2027-01-15")
            store.tasks.change(contested.id, title="Title as the leader wrote it")
            goal = store.goals.for_tandem(tandem.id)[0]
            store.goals.delete(goal.id)
        rounds += _settle(sides, first, second)
        # Rounds with nothing new leave the folders as they are: the engine has
        # nothing to carry, so the partner's next round is not woken up.
        settled = _files(first.folder)
        for data_dir in sides:
            assert _round(data_dir) == (0, 0, 0, 0)
        assert _files(first.folder) == _files(second.folder) == settled
        assert first.folder_errors() == second.folder_errors() == []

        with _editing(assistant) as left, _editing(leader) as right:
            assert dump(left) == dump(right)
            assert problems(left) == [] and problems(right) == []
            for store in (left, right):
                assert store.questions.get(question.id).answer == "Yes, up to 1,500 euros."
                assert [item.id for item in store.agenda.backlog(tandem.id)] == new_order
                kept = store.tasks.get(both.id)
                assert (kept.notes, kept.priority, kept.due_on) == (
                    "Booked the room for Thursday.", "high", "2027-01-15")
                assert store.goals.find(goal.id) is None
                assert store.goals.get(goal.id, include_deleted=True).deleted_at is not None
            assert left.tandems.get(tandem.id).my_role == "assistant"
            assert right.tandems.get(tandem.id).my_role == "leader"

            title = left.tasks.get(contested.id).title
            lost = ({"Title as the assistant wrote it", "Title as the leader wrote it"}
                    - {title}).pop()
            waiting = [row for store in (left, right) for row in store.database.conn.execute(
                "SELECT lost_value, kept_value FROM sync_conflict WHERE record_id = ?"
                " AND field = 'title' AND resolved_at IS NULL", [contested.id])]
            assert (encode(lost), encode(title)) in waiting

            key = _data_key(left, tandem.id)
            assert key == _data_key(right, tandem.id)
        for instance in (first, second):
            texts = _plaintexts(instance.folder, tandem.id, key)
            assert any("May I book the Lisbon trip myself?" in text for text in texts)
            assert not [text for text in texts if canary in text]
            for path in instance.folder.rglob("*"):
                if path.is_file():
                    data = path.read_bytes()
                    assert canary.encode() not in data, path
                    assert code.replace("-", "").encode() not in data, path
                assert ".sync-conflict-" not in path.name  # each device writes only its own
            assert _syncthing_state(instance.folder) == marker_state[instance.name]
        assert {path: path.read_bytes() for path in planted} == planted
        print(f"{rounds} rounds of tandem sync now")


def _private_feedback(store: Store, tandem_id: str, direction: str, canary: str) -> None:
    store.feedback.add(Feedback(
        tandem_id=tandem_id, direction=direction, given_on="2026-11-28", private=True,
        situation=f"In the board meeting {canary}", behaviour=f"You {canary}",
        impact=f"It {canary}", request=f"Next time {canary}"))


def _device(store: Store) -> str:
    journal = journal_of(store.database)
    assert journal is not None
    return journal.device.id


def _data_key(store: Store, tandem_id: str) -> bytes:
    shared = SyncState(store.database).share(tandem_id)
    assert shared is not None
    return shared.data_key
