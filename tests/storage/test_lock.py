"""One running app per data folder; a killed holder leaves no stale lock."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tandem_desktop.storage.errors import LockedError
from tandem_desktop.storage.lock import FolderLock

HOLD = """
import sys
from pathlib import Path
from tandem_desktop.storage.lock import FolderLock
lock = FolderLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
sys.stdin.read()
"""

TRY = """
import sys
from pathlib import Path
from tandem_desktop.storage.errors import LockedError
from tandem_desktop.storage.lock import FolderLock
try:
    FolderLock(Path(sys.argv[1])).acquire()
except LockedError as error:
    print("locked", error.pid)
    sys.exit(3)
print("acquired")
"""


def _holder(folder: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def _finish(child: subprocess.Popen[str], *, kill: bool = True) -> None:
    if kill:
        child.kill()
    child.wait()
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


def test_second_process_is_refused(tmp_path: Path) -> None:
    child = _holder(tmp_path)
    try:
        with pytest.raises(LockedError) as raised:
            FolderLock(tmp_path).acquire()
        assert raised.value.pid == child.pid
        other = subprocess.run([sys.executable, "-c", TRY, str(tmp_path)], capture_output=True,
                               text=True, check=False)
        assert other.returncode == 3 and other.stdout.split() == ["locked", str(child.pid)]
        assert FolderLock(tmp_path).is_held_elsewhere()
    finally:
        _finish(child)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    child = _holder(tmp_path)
    os.kill(child.pid, signal.SIGKILL)
    _finish(child, kill=False)
    assert (tmp_path / "tandem.lock").exists()  # the file stays; the OS lock went with it
    lock = FolderLock(tmp_path)
    lock.acquire()
    try:
        assert lock.held and lock.holder() == os.getpid()
        assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
    finally:
        lock.release()


def test_lock_in_the_same_process_and_release(tmp_path: Path) -> None:
    with FolderLock(tmp_path) as first:
        assert first.held
        with pytest.raises(LockedError):
            FolderLock(tmp_path).acquire()
    assert not first.held
    again = FolderLock(tmp_path)
    again.acquire()
    again.release()
    again.release()  # twice is harmless
