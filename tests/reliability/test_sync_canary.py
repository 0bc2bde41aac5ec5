"""Nothing private reaches the shared folder: a canary typed into every private field is
in no file, neither in its raw bytes nor in what it decrypts to with the pairing code."""

from __future__ import annotations

import json
import zlib
from datetime import date
from pathlib import Path

import pytest

from tandem_desktop.demo import create_demo
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.domain.records import Feedback
from tandem_desktop.exchange.syncfolder import layout, pairing, snapshots
from tandem_desktop.exchange.syncfolder.crypto import binding, open_sealed
from tandem_desktop.exchange.syncfolder.folder import FORMAT_MAJOR, read_marker
from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
from tandem_desktop.storage.store import open_store
from tests.reliability.sync_pairs import NOW

CANARY = "Kanarienvogel-4410"


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


def _plaintext(folder: Path, tandem_id: str, key: bytes, path: Path) -> str:
    """A Tandem file of the folder, opened with the key (each must open)."""
    device = path.parent.name
    if path.name == layout.READ:
        what, number = "read", 0
    elif (snapshot := layout.number_of(path.name, layout.SNAPSHOT)) is not None:
        what, number = "snapshot", snapshot
    else:
        what, number = "changes", int(layout.number_of(path.name) or 0)
    plain = open_sealed(key, path.read_bytes(), binding(FORMAT_MAJOR, tandem_id, device, what,
                                                        number))
    return json.dumps(json.loads(zlib.decompress(plain)), ensure_ascii=False)


def test_a_canary_in_every_private_field_never_reaches_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)  # snapshots too
    root = tmp_path / "shared"
    root.mkdir()
    leader = open_store(tmp_path / "leader", FixedClock(NOW))
    assistant = open_store(tmp_path / "assistant", FixedClock(NOW))
    # The settings file lives in the data folder; it never travels.
    (tmp_path / "leader" / "settings.ini").write_text(f"[General]\nnote={CANARY}\n")
    tandem = create_demo(leader, "de", date(2026, 12, 7))
    leader.tandems.change(tandem.id, my_role="leader")
    meeting = leader.meetings.for_tandem(tandem.id)[0]
    leader.meetings.change(meeting.id, private_notes=f"{CANARY} Notizen")
    leader.feedback.add(Feedback(
        tandem_id=tandem.id, direction="leader_to_assistant", given_on="2026-12-01",
        situation=f"{CANARY} Lage", behaviour=f"{CANARY} Verhalten",
        impact=f"{CANARY} Wirkung", request=f"{CANARY} Bitte", private=True))
    code = share(leader, tandem.id, root)
    join(assistant, root, code)
    # Feedback first shared, then made private with a canary; the partner's private notes.
    shared = leader.feedback.for_tandem(tandem.id)[0]
    leader.feedback.change(shared.id, private=True, behaviour=f"{CANARY} später")
    own_meeting = assistant.meetings.for_tandem(tandem.id)[1]
    assistant.meetings.change(own_meeting.id, private_notes=f"{CANARY} Assistenz")
    for _ in range(3):
        for copy in (leader, assistant):
            assert run_round(copy, tandem.id).problem == ""
    task = leader.tasks.for_tandem(tandem.id)[0]
    leader.tasks.change(task.id, notes="Noch nicht gelesen")  # a change file left unread
    assert run_round(leader, tandem.id).problem == ""

    folder = root / layout.tandem_folder_name(tandem.id)
    key = read_marker(folder).unlock(code)
    files = [path for path in folder.rglob("*") if path.is_file()]
    kinds = {layout.MARKER if path.name == layout.MARKER else "snapshot"
             if layout.SNAPSHOT.match(path.name) else path.name if path.name == layout.READ
             else "changes" for path in files}
    assert kinds == {layout.MARKER, "snapshot", layout.READ, "changes"}
    for path in files:
        assert CANARY.encode() not in path.read_bytes(), path
        if path.name == layout.MARKER:
            assert CANARY not in path.read_text(encoding="utf-8")
            continue
        plain = _plaintext(folder, tandem.id, key, path)
        assert CANARY not in plain, path
    assert plain  # the last file did open
    leader.close()
    assistant.close()
