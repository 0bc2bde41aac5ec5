"""SIGKILL a writer 200 times: nothing committed is lost, nothing is half there."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.reliability.helpers import checks

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 200
DEADLINE_S = 150.0

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _labels(conn: sqlite3.Connection, sql: str) -> set[int]:
    return {int(row[0].split()[1]) for row in conn.execute(sql)}


def _verify(db: Path, reported: set[int]) -> int:
    """Check the file after a kill; returns the newest committed sequence number."""
    integrity, foreign = checks(db)
    assert integrity == ["ok"]
    assert foreign == []
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        questions = _labels(conn, "SELECT text FROM question")
        tasks = _labels(conn, "SELECT title FROM task")
        agenda = _labels(conn, "SELECT text FROM agenda_item")
        (name,) = conn.execute("SELECT name FROM tandem").fetchone()
        linked = conn.execute(
            "SELECT count(*) FROM agenda_item a JOIN question q ON q.id = a.source_id "
            "AND q.text = a.text").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM fts_task").fetchone()[0]
    finally:
        conn.close()
    # No transaction half there: every part of every sequence number or none.
    assert questions == tasks == agenda
    assert linked == len(agenda) == indexed
    newest = int(name.split()[1])
    assert questions == set(range(1, newest + 1))
    # Every commit the writer reported is there.
    assert reported <= questions
    return newest


class Writers:
    """Start writers (fresh interpreters, or forks of a loaded one) and kill them."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.environment = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
        self.server = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir), "--fork-server"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=self.environment)
        assert self._line(self.server) == "loaded"
        self.current: int | None = None
        self.timer = threading.Timer(DEADLINE_S, self._watchdog)
        self.timer.start()

    @staticmethod
    def _line(process: subprocess.Popen[str]) -> str:
        assert process.stdout is not None
        return process.stdout.readline().strip()

    def cycle(self, rng: random.Random, *, forked: bool) -> set[int]:
        """One writer: wait for a few commits, SIGKILL it mid-write; the numbers it reported."""
        if forked:
            process = self.server
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        else:
            process = subprocess.Popen([sys.executable, str(WRITER), str(self.data_dir)],
                                       stdout=subprocess.PIPE, text=True, env=self.environment)
        pid: int | None = None if forked else process.pid
        self.current = pid
        ready = False
        reported: set[int] = set()
        while not ready or pid is None:  # "child PID" and "ready" come in either order
            line = self._next(process)
            if line.startswith("child "):
                pid = self.current = int(line.split()[1])
            elif line == "ready":
                ready = True
            elif line.isdigit():
                reported.add(int(line))
        for _ in range(rng.randint(0, 6)):
            reported.add(int(self._next(process)))
        time.sleep(rng.random() * 0.004)  # land anywhere inside the next transaction
        os.kill(pid, signal.SIGKILL)
        self.current = None
        if forked:
            reported |= {int(line) for line in self._lines(process, stop="reaped")
                         if line.isdigit()}
        else:
            process.wait()
            assert process.returncode == -signal.SIGKILL
            assert process.stdout is not None
            reported |= {int(line) for line in process.stdout.read().split()}
            process.stdout.close()
        return reported

    def _next(self, process: subprocess.Popen[str]) -> str:
        line = self._line(process)
        assert line, "the writer stopped unexpectedly"
        assert line != "reaped", "a writer died before it was killed"
        return line

    def _lines(self, process: subprocess.Popen[str], stop: str) -> list[str]:
        seen: list[str] = []
        while True:
            line = self._line(process)
            assert line, "the writer stopped unexpectedly"
            if line == stop:
                return seen
            seen.append(line)

    def _watchdog(self) -> None:
        """Never hang the suite: past the deadline, end the writers so reads see EOF."""
        for pid in (self.current, self.server.pid):
            if pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)

    def close(self) -> None:
        self.timer.cancel()
        for stream in (self.server.stdin, self.server.stdout):
            if stream is not None:
                stream.close()
        self.server.wait(timeout=10)


def test_sigkill_during_writes_loses_nothing_committed(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = data_dir / "tandem.db"
    rng = random.Random(20261129)
    reported: set[int] = set()
    newest = 0
    writers = Writers(data_dir)
    try:
        for cycle in range(KILLS):
            # A few cold starts, the rest forked from a loaded interpreter.
            reported |= writers.cycle(rng, forked=cycle % 20 != 0)
            committed = _verify(db, reported)
            assert committed >= newest
            newest = committed
    finally:
        writers.close()
    assert len(reported) >= KILLS  # the writers made progress in most cycles
    # A journal that belongs to the file is replayed, never set aside.
    assert not [path.name for path in data_dir.iterdir() if "set-aside" in path.name]
