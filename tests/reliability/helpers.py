"""Shared by the storage and reliability tests: sample data, folder snapshots, mounts."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

from tandem_desktop.domain.records import AgendaItem, Question, Tandem, Task
from tandem_desktop.storage.store import Store


def fill(store: Store, count: int = 5) -> Tandem:
    """A tandem with a few questions, tasks and agenda items, in one transaction."""
    with store.transaction():
        tandem = store.tandems.add(Tandem(
            name="Office", leader_name="Claudia", assistant_name="Jonas", my_role="assistant",
            started_on="2026-01-05"))
        for number in range(count):
            store.questions.add(Question(tandem_id=tandem.id, text=f"Question {number}",
                                         asked_by="assistant", asked_on="2026-11-01"))
            store.tasks.add(Task(tandem_id=tandem.id, title=f"Task {number}", owner="assistant"))
            store.agenda.add(AgendaItem(tandem_id=tandem.id, text=f"Topic {number}",
                                        added_by="leader"))
    return tandem


def last_pages_overwritten(data: bytes, seed: int) -> bytes:
    """A database file's bytes with its last three pages random: header and schema still read."""
    page = int.from_bytes(data[16:18], "big")
    return data[:-3 * page] + random.Random(seed).randbytes(3 * page)


def truncated(data: bytes) -> bytes:
    """The first half of a file's bytes."""
    return data[: len(data) // 2]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes (folders as empty markers)."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        found[key + "/" if path.is_dir() else key] = b"" if path.is_dir() else path.read_bytes()
    return found


def checks(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    """integrity_check rows and foreign_key_check rows of a database file, read-only."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return integrity, foreign


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@contextlib.contextmanager
def mounted_tmpfs(folder: Path, size: str) -> Iterator[str | None]:
    """Mount a small tmpfs on ``folder``; yields None, or why it could not be mounted."""
    folder.mkdir(parents=True, exist_ok=True)
    if not can_mount():
        yield "mounting a tmpfs needs root and the mount command"
        return
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder))
    if done.returncode != 0:
        yield f"mount -t tmpfs failed: {done.stderr.strip()}"
        return
    try:
        yield None
    finally:
        _run("umount", "-l", str(folder))


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[str | None]:
    """Make ``folder`` read-only for this process; yields None, or why that failed.

    chmod is enough for an ordinary user; root ignores modes, so root gets a
    read-only bind mount of the folder onto itself.
    """
    if os.name != "posix":
        yield "read-only folders are tested on POSIX systems"
        return
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o500)
        try:
            yield None
        finally:
            folder.chmod(mode)
        return
    if not can_mount():
        yield "no mount command to make a read-only folder as root"
        return
    done = _run("mount", "--bind", str(folder), str(folder))
    if done.returncode != 0:
        yield f"bind mount failed: {done.stderr.strip()}"
        return
    try:
        again = _run("mount", "-o", "remount,bind,ro", str(folder))
        if again.returncode != 0:
            yield f"read-only remount failed: {again.stderr.strip()}"
            return
        yield None
    finally:
        _run("umount", "-l", str(folder))
