"""sync_round: one changed field, from its commit on one copy to visible on the other.

Two data folders share a tandem of about 10,000 records (``scale`` times)
through one folder, with no sync engine in between. Each time, the leader's
window changes one task's title (one transaction), the leader's round runs and
then the assistant's, each on a connection of its own as the app's background
rounds do (``services.sync.background_store``), and the assistant's window
connection reads the task: the figure is the median from before the commit to
that read. The app's own waits come on top: a round starts 3 s after the last
local write and half a second after the folder changed, so that a burst of
typing or an engine writing a file in pieces takes one round.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import _partner_tandem
from benchmarks.common import result_line

NAME = "sync_round"
TARGET_MS = 300.0
RECORDS = 10_000
CHANGES_PER_RECORD = 12.4
EDITS = 15


def run(scale: float = 1.0) -> str:
    from tandem_desktop.exchange.syncfolder.rounds import join, run_round, share
    from tandem_desktop.services.sync import background_store
    from tandem_desktop.storage.store import open_store

    records = max(300, int(RECORDS * scale))
    timings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        root = Path(folder)
        shared = root / "Shared"
        shared.mkdir()
        leader, tandem, clock = _partner_tandem.build(root / "leader",
                                                      int(records * CHANGES_PER_RECORD))
        leader.tandems.change(tandem.id, my_role="leader")
        assistant = open_store(root / "assistant", clock)
        join(assistant, shared, share(leader, tandem.id, shared))
        leader_rounds, assistant_rounds = background_store(leader), background_store(assistant)
        tasks = leader.tasks.for_tandem(tandem.id)[:EDITS + 2]
        for number, task in enumerate(tasks):
            title = f"{task.title} · {number}"
            started = time.perf_counter()
            with leader.transaction():
                leader.tasks.change(task.id, title=title)
            sent = run_round(leader_rounds, tandem.id)
            received = run_round(assistant_rounds, tandem.id)
            seen = assistant.tasks.get(task.id).title
            elapsed = (time.perf_counter() - started) * 1000
            if seen != title or sent.sent == 0 or received.received == 0:
                raise RuntimeError(f"the change did not arrive: {sent} {received}")
            if number >= 2:  # the first two warm caches
                timings.append(elapsed)
        held = _partner_tandem.record_count(assistant, tandem.id)
        for store in (leader_rounds, assistant_rounds, leader, assistant):
            store.close()
    median = statistics.median(timings)
    print(f"{NAME}: {held} records on each copy, {len(timings)} edits; median {median:.1f} ms, "
          f"max {max(timings):.1f} ms")
    return result_line(NAME, median, "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
