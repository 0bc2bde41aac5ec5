"""Private modes and writes that never leave half a file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tandem_desktop.storage.files import atomic_write, make_private, make_private_folder


def test_atomic_write_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.md"
    with atomic_write(target) as stream:
        stream.write(b"first")
    with atomic_write(target) as stream:
        stream.write(b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in target.parent.iterdir()] == ["report.md"]


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"kept")
    with pytest.raises(RuntimeError), atomic_write(target) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"kept"
    assert [path.name for path in tmp_path.iterdir()] == ["report.md"]


def test_private_modes_ignore_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        folder = tmp_path / "a" / "b"
        make_private_folder(folder)
        (folder / "f").write_bytes(b"x")
        make_private(folder / "f")
        make_private(folder / "missing")  # no error for a file that is not there
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "f").stat().st_mode) == 0o600
