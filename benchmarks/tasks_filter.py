"""Benchmark: from a keystroke in the task filter to the updated task list.

Builds a tandem with 100,000 tasks (times ``scale``) in a temporary folder,
shows the real Tasks page offscreen and types into its filter; each keystroke
runs the SQL query (FTS5 + view + sort + first page) and resets the model.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import bench_context, bench_store, close_all, qt_app, result_line

NAME = "tasks_filter"
LIMIT_MS = 50.0
TASKS = 100_000
WORDS = ("invoice", "travel", "booking", "report", "board", "contract", "printer", "budget",
         "minutes", "agenda", "visa", "hotel", "flight", "catering", "archive", "payroll",
         "Rückmeldung", "Besprechung", "Reisekosten", "Angebot")
TYPED = ("inv", "invo", "invoi", "invoice", "invoice b", "invoice bu", "invoice bud")


def _build(data_dir: Path, count: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Task

    store, tandem, clock = bench_store(data_dir)
    chance = random.Random(4)
    start = date(2026, 1, 1)

    def tasks():  # type: ignore[no-untyped-def]
        for number in range(count):
            title = " ".join(chance.choice(WORDS) for _ in range(3)) + f" {number}"
            yield Task(
                tandem_id=tandem.id, title=title,
                owner=chance.choice(("leader", "assistant")),
                due_on=(start + timedelta(days=chance.randrange(500))).isoformat()
                if chance.random() < 0.8 else None,
                priority=chance.choice(("high", "normal", "low")),
                status="done" if chance.random() < 0.3 else "open",
                notes="" if chance.random() < 0.7 else chance.choice(WORDS))

    store.tasks.add_many(tasks())
    return store, tandem, clock


def run(scale: float = 1.0) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tandem_desktop.ui.communication.tasks import TasksPage

    app = qt_app()
    count = max(100, int(TASKS * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder)
        store, tandem, clock = _build(data_dir, count)
        context = bench_context(store, data_dir, clock, tandem)
        page = TasksPage(context)
        page.resize(1200, 700)
        page.show()
        page.refresh()
        app.processEvents()
        timings: list[float] = []
        for _round in range(3):
            page.search.clear()
            for text in TYPED:
                key = text[-1]
                page.search.setText(text[:-1])
                app.processEvents()
                began = time.perf_counter()
                QTest.keyClicks(page.search, key)
                # The view has been reset; let it lay out and paint the new rows.
                page.table.viewport().repaint()
                timings.append((time.perf_counter() - began) * 1000)
                assert page.search.text() == text
        QTest.keyClick(page.search, Qt.Key.Key_Escape)
        rows = page.model.rowCount()
        close_all(app, page, store, context)
    print(f"{count} tasks, {len(timings)} keystrokes, first page {rows} rows")
    return result_line(NAME, statistics.median(timings), "ms", LIMIT_MS)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
