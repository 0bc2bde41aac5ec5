"""sync_keystroke: a keystroke in the task filter while a round applies a large batch.

The assistant's copy holds a shared tandem of 20,000 tasks (``scale`` times);
the leader changes the notes of a quarter of them in one go, and the app's
background round (``ui.sync.runner.SyncRunner``, on its worker thread) reads
and applies that batch while the user types into the real Tasks page's filter.
Only keystrokes made while the round runs count; the figure is their 95th
percentile (the worst is printed too), from the key press to the repainted
list. The same keystrokes without a round, in the same run, are the baseline.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import bench_context, close_all, qt_app, result_line

NAME = "sync_keystroke"
TARGET_MS = 50.0
TASKS = 20_000
ROUNDS = 3
WORDS = ("invoice", "travel", "booking", "report", "board", "contract", "printer", "budget",
         "hotel", "flight")
TYPED = "invoice budget hotel travel "


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _build(root: Path, count: int) -> tuple[Any, Any, Any, Any]:
    from tandem_desktop.domain.clock import FixedClock
    from tandem_desktop.domain.records import Tandem, Task
    from tandem_desktop.exchange.syncfolder.rounds import join, share
    from tandem_desktop.storage.store import open_store

    clock = FixedClock(datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
    leader = open_store(root / "leader", clock)
    tandem = leader.tandems.add(Tandem(name="Bench", leader_name="Claudia",
                                       assistant_name="Jonas", my_role="leader"))
    leader.tasks.add_many(
        Task(tandem_id=tandem.id, owner="assistant", notes="",
             title=f"{WORDS[n % len(WORDS)]} {WORDS[(n * 7) % len(WORDS)]} {n}")
        for n in range(count))
    shared = root / "Shared"
    shared.mkdir()
    assistant = open_store(root / "assistant", clock)
    join(assistant, shared, share(leader, tandem.id, shared))
    return leader, assistant, assistant.tandems.get(tandem.id), clock


def _leader_edits(leader: Any, tandem_id: str, number: int) -> int:
    from tandem_desktop.exchange.syncfolder.rounds import run_round

    tasks = leader.tasks.for_tandem(tandem_id)
    edited = tasks[number % 4::4]
    with leader.transaction():
        for task in edited:
            leader.tasks.change(task.id, notes=f"round {number}")
    run_round(leader, tandem_id)
    return len(edited)


def _keystroke(app: Any, page: Any, position: int) -> float:
    from PySide6.QtTest import QTest

    char = TYPED[position % len(TYPED)]
    if position % len(TYPED) == 0:
        page.search.clear()
        app.processEvents()
    started = time.perf_counter()
    QTest.keyClick(page.search, char)
    page.table.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.communication.tasks import TasksPage
    from tandem_desktop.ui.sync.runner import SyncRunner

    app = qt_app()
    count = max(200, int(TASKS * scale))
    during: list[float] = []
    quiet: list[float] = []
    batches: list[int] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        root = Path(folder)
        leader, assistant, tandem, clock = _build(root, count)
        context = bench_context(assistant, root / "assistant", clock, tandem)
        page = TasksPage(context)
        page.resize(1200, 700)
        page.show()
        page.refresh()
        app.processEvents()
        runner = SyncRunner(context)
        reports: list[Any] = []
        runner.roundFinished.connect(lambda _tandem, report: reports.append(report))
        position = 0
        for number in range(ROUNDS):
            for _ in range(len(TYPED)):  # the baseline, without a round
                quiet.append(_keystroke(app, page, position))
                position += 1
            batches.append(_leader_edits(leader, tandem.id, number))
            reports.clear()
            runner.request(tandem.id)
            while runner.busy:
                elapsed = _keystroke(app, page, position)
                position += 1
                if runner.busy:  # the round was still running when the list repainted
                    during.append(elapsed)
                app.processEvents()
            # (the 30 s timer may have added a round of its own)
            if sum(report.received for report in reports) != batches[-1]:
                raise RuntimeError(f"the round did not apply the batch: {reports}")
        runner.shutdown()
        close_all(app, page, assistant, context)
        leader.close()
    if not during:
        raise RuntimeError("no keystroke fell within a round")
    p95 = _percentile(during, 0.95)
    print(f"{NAME}: {count} tasks, rounds of {batches} changes; {len(during)} keystrokes "
          f"during the rounds: median {statistics.median(during):.1f} ms, 95th {p95:.1f} ms, "
          f"worst {max(during):.1f} ms; without a round: median "
          f"{statistics.median(quiet):.1f} ms, 95th {_percentile(quiet, 0.95):.1f} ms, "
          f"worst {max(quiet):.1f} ms")
    return result_line(NAME, p95, "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
