"""undo: one action taken back with Edit ▸ Undo, from the menu entry to the committed row.

Builds a tandem with 100,000 tasks (scaled) in a temporary data folder on disk,
then, many times: marks a random task done and renames it in one transaction
(as the task form saves), and times Edit ▸ Undo (``UndoActions.undo`` on a real
window's menu): the step read back, each field compared with what is stored now,
the rows written through the repository with their full-text index and journal,
the COMMIT (synchronous=FULL) and the change notice with the menu renamed. A
second, read-only connection then checks that the old title is committed. The
figure is the median; the line before it gives the redo as well.
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

NAME = "undo"
TARGET_MS = 10.0
TASKS = 100_000
ACTIONS = 60

_WORDS = ("invoice", "travel", "board", "slides", "minutes", "contract", "hotel", "budget",
          "Rechnung", "Reise", "Protokoll", "Termin", "newsletter", "supplier", "review")




def run(scale: float = 1.0) -> str:
    from PySide6.QtWidgets import QMainWindow

    from tandem_desktop.domain.records import Task
    from tandem_desktop.ui.undo_actions import install_undo

    app = qt_app()
    count = max(200, int(TASKS * scale))
    actions = max(10, int(ACTIONS * min(1.0, scale * 10)))
    undo_ms: list[float] = []
    redo_ms: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder) / "data"
        store, tandem, clock = bench_store(data_dir)
        rng = random.Random(12)
        store.tasks.add_many(
            Task(tandem_id=tandem.id, title=" ".join(rng.choices(_WORDS, k=4)) + f" {n}",
                 owner=rng.choice(("leader", "assistant")),
                 notes=" ".join(rng.choices(_WORDS, k=12)))
            for n in range(count))
        context = bench_context(store, data_dir, clock, tandem)
        window = QMainWindow()
        menu = window.menuBar().addMenu("&Edit")
        undo = install_undo(window, context, menu)
        ids = [row["id"] for row in store.database.query(
            "SELECT id FROM task ORDER BY random() LIMIT ?", [actions + 2])]
        for number, task_id in enumerate(ids):
            old_title = store.tasks.get(task_id).title
            with store.transaction():
                store.tasks.change(task_id, status="done", done_on=clock.today().isoformat(),
                                   title=f"Done {number} {rng.choice(_WORDS)}")
            started = time.perf_counter()
            undo.undo_action.trigger()
            undone = (time.perf_counter() - started) * 1000
            if committed_title(data_dir / "tandem.db", task_id) != old_title:
                raise RuntimeError("the undo was not committed")
            started = time.perf_counter()
            undo.redo_action.trigger()
            redone = (time.perf_counter() - started) * 1000
            if number >= 2:  # the first two warm caches
                undo_ms.append(undone)
                redo_ms.append(redone)
            app.processEvents()
        store.database.notifier.unsubscribe(context._on_change)
        window.deleteLater()
        store.close()
    median = statistics.median(undo_ms)
    print(f"{count} tasks, {len(undo_ms)} actions; undo median {median:.2f} ms "
          f"(max {max(undo_ms):.2f} ms), redo median {statistics.median(redo_ms):.2f} ms")
    return result_line(NAME, median, "ms", TARGET_MS, digits=2)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
