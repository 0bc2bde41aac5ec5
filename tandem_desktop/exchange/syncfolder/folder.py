"""One tandem's sync folder: its marker, this device's files, everyone else's.

Every file this device writes goes under a temporary name first and is renamed
into place, so a partner (or the sync engine) never sees half of one. Before
every write the marker must be there and name this tandem: a folder that was
unmounted, replaced or belongs to another tandem gets nothing written to it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tandem_desktop.domain.changes import Change
from tandem_desktop.exchange.syncfolder import layout, pairing
from tandem_desktop.exchange.syncfolder.crypto import (
    Unreadable,
    binding,
    new_key,
    open_sealed,
    seal,
)

FORMAT_MAJOR, FORMAT_MINOR = 1, 0


class FolderProblem(Exception):
    """Sync must pause for this tandem: ``reason`` says why (for the status)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # missing | other-tandem | newer-format | damaged


@dataclass(frozen=True)
class Snapshot:
    """A device's state as of its change file ``number``: ``seen`` says how far it
    had read every other device then; ``pending`` are the changes it kept waiting."""

    number: int
    seen: dict[str, int]
    changes: list[Change]
    pending: list[Change]


class WrongCode(ValueError):
    """The pairing code does not open this folder's key."""


@dataclass(frozen=True)
class Marker:
    major: int
    minor: int
    tandem_id: str
    salt: bytes
    n: int
    r: int
    p: int
    wrapped_key: bytes

    def unlock(self, code: str) -> bytes:
        """The data key, from the pairing code; WrongCode when it does not fit."""
        wrapping = pairing.derive_key(pairing.normalized(code), self.salt, self.n, self.r, self.p)
        try:
            return open_sealed(wrapping, self.wrapped_key, _key_binding(self.tandem_id))
        except Unreadable as error:
            raise WrongCode("this pairing code does not open the shared folder") from error


def _key_binding(tandem_id: str) -> bytes:
    return binding(FORMAT_MAJOR, tandem_id, "", "key", 0)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def create(root: Path, tandem_id: str, code: str) -> tuple[Path, bytes]:
    """A new tandem folder under ``root`` with its marker; (the folder, the data key)."""
    folder = root / layout.tandem_folder_name(tandem_id)
    folder.mkdir(parents=True, exist_ok=True)
    key = new_key()
    salt = os.urandom(16)
    n, r, p = pairing.SCRYPT_N, pairing.SCRYPT_R, pairing.SCRYPT_P
    wrapping = pairing.derive_key(pairing.normalized(code), salt, n, r, p)
    marker = {
        "format": f"{FORMAT_MAJOR}.{FORMAT_MINOR}",
        "tandem": tandem_id,
        "kdf": {"name": "scrypt", "n": n, "r": r, "p": p, "salt": _b64(salt)},
        "key": _b64(seal(wrapping, key, _key_binding(tandem_id))),
    }
    _write_atomically(folder / layout.MARKER, json.dumps(marker, indent=2).encode())
    return folder, key


def read_marker(folder: Path) -> Marker:
    """The marker of a tandem folder; FolderProblem when missing, damaged or too new."""
    path = folder / layout.MARKER
    try:
        data = json.loads(path.read_bytes())
        major, minor = (int(part) for part in str(data["format"]).split("."))
        kdf = data["kdf"]
        if major > FORMAT_MAJOR:
            raise FolderProblem("newer-format", "the shared folder was written by a newer "
                                "Tandem; update Tandem to keep working together")
        if kdf["name"] != "scrypt":
            raise FolderProblem("damaged", f"unknown key derivation {kdf['name']!r}")
        return Marker(major, minor, str(data["tandem"]), base64.b64decode(kdf["salt"]),
                      int(kdf["n"]), int(kdf["r"]), int(kdf["p"]), base64.b64decode(data["key"]))
    except FileNotFoundError as error:
        raise FolderProblem("missing", f"the shared folder {folder} is missing or not "
                            f"mounted (no {layout.MARKER})") from error
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise FolderProblem("damaged", f"the marker file in {folder} cannot be read") from error


def find_tandems(root: Path) -> list[Marker]:
    """The tandem folders directly under ``root`` (for joining)."""
    found = []
    for child in sorted(root.iterdir()) if root.is_dir() else []:
        if child.is_dir() and child.name.startswith("tandem-"):
            try:
                found.append(read_marker(child))
            except FolderProblem:
                continue
    return found


class TandemFolder:
    """This device's view of one tandem folder, with the data key."""

    def __init__(self, folder: Path, tandem_id: str, device_id: str, key: bytes) -> None:
        self.folder = folder
        self.tandem_id = tandem_id
        self.device_id = device_id
        self.key = key

    @property
    def own(self) -> Path:
        return self.folder / self.device_id

    # -- writing -----------------------------------------------------------------
    def check(self) -> Marker:
        """The marker, if it names this tandem; FolderProblem otherwise."""
        marker = read_marker(self.folder)
        if marker.tandem_id != self.tandem_id:
            raise FolderProblem("other-tandem", "the shared folder now belongs to another "
                                "tandem; nothing is written to it")
        return marker

    def write_changes(self, number: int, changes: Iterable[Change]) -> Path:
        payload = {"changes": _rows(changes)}
        return self._write(layout.changes_name(number), "changes", number, payload)

    def write_snapshot(self, number: int, seen: dict[str, int], changes: Iterable[Change],
                       pending: Iterable[Change]) -> Path:
        """The tandem as this device holds it after its change file ``number``."""
        payload = {"seen": seen, "changes": _rows(changes), "pending": _rows(pending)}
        return self._write(layout.snapshot_name(number), "snapshot", number, payload)

    def write_read_state(self, seen: dict[str, int], about: dict[str, str]) -> Path:
        """How far this device has read the others, and its name and role."""
        return self._write(layout.READ, "read", 0, {"seen": seen, "device": about})

    def remove_own_files(self) -> int:
        """Stop sharing: delete this device's own files, and nothing else."""
        removed = 0
        for path in self.own.iterdir() if self.own.is_dir() else []:
            if self._is_own_name(path.name):
                path.unlink()
                removed += 1
        return removed

    def remove_own(self, names: Iterable[str]) -> int:
        """Compaction: delete some of this device's own files (only names of the grammar)."""
        self.check()
        removed = 0
        for name in names:
            if self._is_own_name(name):
                with contextlib.suppress(FileNotFoundError):
                    (self.own / name).unlink()
                    removed += 1
        return removed

    def _write(self, name: str, what: str, number: int, payload: dict[str, Any]) -> Path:
        self.check()
        self.own.mkdir(exist_ok=True)
        plain = zlib.compress(json.dumps(payload, ensure_ascii=False,
                                         separators=(",", ":")).encode())
        sealed = seal(self.key, plain, self._binding(self.device_id, what, number))
        target = self.own / name
        _write_atomically(target, sealed)
        return target

    # -- reading -----------------------------------------------------------------
    def devices(self) -> list[str]:
        """Every device folder, this device's own included."""
        try:
            entries = sorted(self.folder.iterdir())
        except OSError:
            return []
        return [entry.name for entry in entries
                if entry.is_dir() and layout.DEVICE.match(entry.name)]

    def numbers(self, device: str) -> list[int]:
        """The numbers of a device's change files, ascending (gaps may be files in transit)."""
        return sorted(self._numbered(device, layout.CHANGES))

    def snapshots(self, device: str) -> list[int]:
        return sorted(self._numbered(device, layout.SNAPSHOT))

    def read_changes(self, device: str, number: int) -> list[Change]:
        """A device's change file; Unreadable when short, damaged or still arriving."""
        data = self._read(device, layout.changes_name(number), "changes", number)
        return _changes(data)

    def read_snapshot(self, device: str, number: int) -> Snapshot:
        """A device's snapshot; Unreadable when short, damaged or still arriving."""
        data = self._read(device, layout.snapshot_name(number), "snapshot", number)
        try:
            seen = {str(k): int(v) for k, v in dict(data["seen"]).items()}
        except (KeyError, TypeError, ValueError) as error:
            raise Unreadable("damaged content") from error
        return Snapshot(number, seen, _changes(data), _changes({"changes": data.get("pending",
                                                                                    [])}))

    def read_state(self, device: str) -> tuple[dict[str, int], dict[str, str]]:
        """How far a device has read the others, and its name and role ({} until it says)."""
        try:
            data = self._read(device, layout.READ, "read", 0)
            seen = {str(k): int(v) for k, v in dict(data.get("seen", {})).items()}
            about = {str(k): str(v) for k, v in dict(data.get("device", {})).items()}
        except (Unreadable, OSError, ValueError, TypeError):
            return {}, {}
        return seen, about

    def _numbered(self, device: str, pattern: Any) -> list[int]:
        try:
            names = os.listdir(self.folder / device)
        except OSError:
            return []
        return [number for name in names
                if (number := layout.number_of(name, pattern)) is not None and number > 0]

    def _read(self, device: str, name: str, what: str, number: int) -> dict[str, Any]:
        sealed = (self.folder / device / name).read_bytes()
        plain = open_sealed(self.key, sealed, self._binding(device, what, number))
        try:
            data = json.loads(zlib.decompress(plain))
        except (zlib.error, ValueError) as error:
            raise Unreadable("damaged content") from error
        if not isinstance(data, dict):
            raise Unreadable("damaged content")
        return data

    def _binding(self, device: str, what: str, number: int) -> bytes:
        return binding(FORMAT_MAJOR, self.tandem_id, device, what, number)

    @staticmethod
    def _is_own_name(name: str) -> bool:
        return bool(layout.CHANGES.match(name) or layout.SNAPSHOT.match(name)
                    or name == layout.READ)


def _rows(changes: Iterable[Change]) -> list[list[str | None]]:
    return [[c.kind, c.record_id, c.tandem_id, c.field, c.value, c.stamp, c.base]
            for c in changes]


def _changes(data: dict[str, Any]) -> list[Change]:
    try:
        return [Change(str(row[0]), str(row[1]), str(row[2]), str(row[3]),
                       None if row[4] is None else str(row[4]), str(row[5]), str(row[6]))
                for row in data["changes"]]
    except (KeyError, TypeError, IndexError) as error:
        raise Unreadable("damaged content") from error


def _write_atomically(target: Path, data: bytes) -> None:
    """Write under a temporary name, flush to disk, then rename into place."""
    temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
    try:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
