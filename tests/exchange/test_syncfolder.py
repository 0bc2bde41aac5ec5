"""The sync folder's format: pairing code, sealing, exact names, and what a sync engine leaves."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tandem_desktop.domain.changes import Change, encode
from tandem_desktop.exchange.syncfolder import layout, pairing
from tandem_desktop.exchange.syncfolder.crypto import Unreadable
from tandem_desktop.exchange.syncfolder.folder import (
    FolderProblem,
    TandemFolder,
    WrongCode,
    create,
    find_tandems,
    read_marker,
)

TANDEM = "6f1c2d3e-0000-4000-8000-000000000001"
MINE, THEIRS = "00000000000000aa", "00000000000000bb"
CANARY = "Kanarienvogel-7781"


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real cost (2**15) is for the product; tests need only the same code path.
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)


def _change(number: int, text: str = "Reise buchen") -> Change:
    return Change("task", f"t{number}", TANDEM, "title", encode(text),
                  f"{1_790_000_000_000 + number:013d}-0000-{MINE}")


def _pair(tmp_path: Path) -> tuple[TandemFolder, TandemFolder, str]:
    code = pairing.new_code()
    folder, key = create(tmp_path, TANDEM, code)
    other_key = read_marker(folder).unlock(pairing.grouped(code).lower())
    assert other_key == key
    return (TandemFolder(folder, TANDEM, MINE, key), TandemFolder(folder, TANDEM, THEIRS, key),
            code)


def test_pairing_code_is_long_enough_and_has_no_look_alikes() -> None:
    code = pairing.new_code()
    assert len(code) * math.log2(len(pairing.ALPHABET)) >= 100
    assert not set("01OIL") & set(pairing.ALPHABET)
    assert pairing.grouped(code).count("-") == len(code) // pairing.GROUP - 1
    assert pairing.normalized(f"  {pairing.grouped(code).lower()} ") == code
    with pytest.raises(pairing.BadCode):
        pairing.normalized("ABCD-0OOO")
    with pytest.raises(pairing.BadCode):
        pairing.normalized(code[:-1])


def test_the_code_is_never_in_the_folder_and_a_wrong_code_is_refused(tmp_path: Path) -> None:
    mine, _, code = _pair(tmp_path)
    for path in mine.folder.rglob("*"):
        if path.is_file():
            assert code.encode() not in path.read_bytes()
            assert pairing.grouped(code).encode() not in path.read_bytes()
    wrong = pairing.new_code()
    with pytest.raises(WrongCode):
        read_marker(mine.folder).unlock(wrong)
    assert [marker.tandem_id for marker in find_tandems(tmp_path)] == [TANDEM]


def test_changes_round_trip_sealed(tmp_path: Path) -> None:
    mine, theirs, _ = _pair(tmp_path)
    path = mine.write_changes(1, [_change(1, CANARY), _change(2)])
    assert path.name == "0000000001.tch"
    assert CANARY.encode() not in path.read_bytes()  # sealed, not just compressed
    assert theirs.devices() == [MINE]
    assert theirs.numbers(MINE) == [1]
    assert theirs.read_changes(MINE, 1) == [_change(1, CANARY), _change(2)]
    mine.write_read_state({THEIRS: 4}, {"name": "Laptop", "role": "leader"})
    assert theirs.read_state(MINE) == ({THEIRS: 4}, {"name": "Laptop", "role": "leader"})
    assert theirs.read_state(THEIRS) == ({}, {})


def test_a_file_moved_to_another_number_or_device_does_not_open(tmp_path: Path) -> None:
    mine, theirs, _ = _pair(tmp_path)
    path = mine.write_changes(1, [_change(1)])
    (path.parent / layout.changes_name(2)).write_bytes(path.read_bytes())
    with pytest.raises(Unreadable):
        theirs.read_changes(MINE, 2)
    (mine.folder / THEIRS).mkdir()
    (mine.folder / THEIRS / path.name).write_bytes(path.read_bytes())
    with pytest.raises(Unreadable):
        mine.read_changes(THEIRS, 1)


@pytest.mark.parametrize("damage", ["empty", "truncated", "bit flipped", "foreign"])
def test_a_damaged_or_half_arrived_file_is_unreadable(tmp_path: Path, damage: str) -> None:
    mine, theirs, _ = _pair(tmp_path)
    path = mine.write_changes(1, [_change(1)])
    data = bytearray(path.read_bytes())
    if damage == "empty":
        data = bytearray()
    elif damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "bit flipped":
        data[len(data) // 2] ^= 0x04
    else:
        data = bytearray(b'{"changes": []}')
    path.write_bytes(bytes(data))
    with pytest.raises(Unreadable):
        theirs.read_changes(MINE, 1)


ENGINE_LEFTOVERS = [
    "0000000001.sync-conflict-20261207-101010-ABCDEFG.tch",
    ".syncthing.0000000002.tch.tmp",
    "~syncthing~0000000002.tch.tmp",
    "0000000001 (conflicted copy 2026-12-07).tch",
    "0000000001 (Claudias conflicted copy 2026-12-07).tch",
    "0000000001-LAPTOP-CLAUDIA.tch",
    ".0000000003.tch.icloud",
    ".0000000004.tch.1a2b3c4d.tmp",
    "desktop.ini",
    "0000000005.TCH",
]


def test_only_the_exact_names_are_read_and_nothing_else_is_touched(tmp_path: Path) -> None:
    mine, theirs, _ = _pair(tmp_path)
    mine.write_changes(1, [_change(1)])
    for name in ENGINE_LEFTOVERS:
        (mine.own / name).write_bytes(b"whatever")
    (mine.folder / "00000000000000aa.sync-conflict-x").mkdir()
    (mine.folder / "Notes").mkdir()
    assert theirs.devices() == [MINE]
    assert theirs.numbers(MINE) == [1]
    assert mine.remove_own_files() == 1
    assert sorted(p.name for p in mine.own.iterdir()) == sorted(ENGINE_LEFTOVERS)


def test_nothing_is_written_without_this_tandems_marker(tmp_path: Path) -> None:
    mine, _, _ = _pair(tmp_path)
    marker = mine.folder / layout.MARKER
    saved = marker.read_bytes()
    marker.unlink()
    with pytest.raises(FolderProblem) as missing:
        mine.write_changes(1, [_change(1)])
    assert missing.value.reason == "missing"
    data = json.loads(saved)
    marker.write_text(json.dumps({**data, "tandem": "another"}))
    with pytest.raises(FolderProblem) as other:
        mine.write_changes(1, [_change(1)])
    assert other.value.reason == "other-tandem"
    assert not mine.own.exists()


def test_a_newer_major_format_stops_and_a_newer_minor_is_read(tmp_path: Path) -> None:
    mine, theirs, _ = _pair(tmp_path)
    mine.write_changes(1, [_change(1)])
    marker = mine.folder / layout.MARKER
    data = json.loads(marker.read_bytes())
    marker.write_text(json.dumps({**data, "format": "1.7"}))
    assert theirs.check().minor == 7
    assert theirs.read_changes(MINE, 1) == [_change(1)]
    marker.write_text(json.dumps({**data, "format": "2.0"}))
    with pytest.raises(FolderProblem) as newer:
        theirs.check()
    assert newer.value.reason == "newer-format"
    assert "update Tandem" in str(newer.value)
