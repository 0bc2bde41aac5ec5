"""edit_latency: one edit saved, from the form's OK to the committed row.

Builds a tandem with 100,000 tasks (scaled) in a temporary data folder, opens
the real task form offscreen on a task, changes its title and status as a user
would and times ``save()``: validation, the repository update with its
full-text index, the transaction's COMMIT (synchronous=FULL, so on disk) and
the change notice. A second, read-only connection then checks that the row is
committed. The figure is the median over many edits.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import (
    bench_context,
    bench_store,
    committed_title,
    qt_app,
    result_line,
)

NAME = "edit_latency"
TARGET_MS = 10.0
TASKS = 100_000
EDITS = 60

_WORDS = ("invoice", "travel", "board", "slides", "minutes", "contract", "hotel", "budget",
          "Rechnung", "Reise", "Protokoll", "Termin", "newsletter", "supplier", "review")


def _build(data_dir: Path, count: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Task

    store, tandem, clock = bench_store(data_dir)
    rng = random.Random(10)
    store.tasks.add_many(
        Task(tandem_id=tandem.id, title=" ".join(rng.choices(_WORDS, k=4)) + f" {number}",
             owner=rng.choice(("leader", "assistant")),
             due_on=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             notes=" ".join(rng.choices(_WORDS, k=12)))
        for number in range(count))
    return store, tandem, clock




def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.communication.tasks import TaskDialog

    app = qt_app()
    count = max(200, int(TASKS * scale))
    edits = max(10, int(EDITS * min(1.0, scale * 10)))
    timings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder) / "data"
        store, tandem, clock = _build(data_dir, count)
        context = bench_context(store, data_dir, clock, tandem)
        rng = random.Random(11)
        ids = [row["id"] for row in store.database.query(
            "SELECT id FROM task ORDER BY random() LIMIT ?", [edits + 2])]
        for number, task_id in enumerate(ids):
            dialog = TaskDialog(context, store.tasks.get(task_id))
            new_title = f"Edited {number} {rng.choice(_WORDS)}"
            dialog.title_edit.setText(new_title)
            dialog.status.setCurrentIndex(number % dialog.status.count())
            started = time.perf_counter()
            dialog.save()
            elapsed = (time.perf_counter() - started) * 1000
            if committed_title(data_dir / "tandem.db", task_id) != new_title:
                raise RuntimeError("the edit was not committed")
            if number >= 2:  # the first two warm caches
                timings.append(elapsed)
            dialog.deleteLater()
            app.processEvents()
        store.database.notifier.unsubscribe(context._on_change)
        store.close()
    median = statistics.median(timings)
    print(f"{count} tasks, {len(timings)} edits; median {median:.2f} ms, "
          f"max {max(timings):.2f} ms")
    return result_line(NAME, median, "ms", TARGET_MS, digits=2)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
