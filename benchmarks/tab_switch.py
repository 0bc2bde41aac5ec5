"""Benchmark: from switching to a tab until it is fully shown, on a large tandem.

The real main window runs offscreen on the data of ``_big_tandem``; each switch
marks the target tab stale first (as a change elsewhere would), so it refreshes
from the store; the time runs until the event queue is empty. The figure is the
slowest tab's median.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import bench_context, qt_app, result_line

NAME = "tab_switch"
LIMIT_MS = 150.0
ROUNDS = 7


def run(scale: float = 1.0) -> str:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from benchmarks._big_tandem import build
    from tandem_desktop.ui.main_window import MainWindow

    app = qt_app()
    medians: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder)
        store, tandem, clock = build(data_dir, scale)
        context = bench_context(store, data_dir, clock, tandem)
        window = MainWindow(context)
        window.resize(1280, 820)
        window.show()
        app.processEvents()
        count = window.tabs.count()
        samples: dict[int, list[float]] = {index: [] for index in range(count)}
        rounds = ROUNDS if scale >= 0.1 else 2  # a tiny run only proves it works
        for _round in range(rounds + 1):
            for index in range(count):
                # Start from a neighbour, and let the target refresh as after a change.
                window.tabs.setCurrentIndex((index + 1) % count)
                app.processEvents()
                window.step_tabs[index]._stale = True
                began = time.perf_counter()
                window.tabs.setCurrentIndex(index)
                app.processEvents()
                window.repaint()
                if _round:  # the first round warms caches
                    samples[index].append((time.perf_counter() - began) * 1000)
        for index, values in samples.items():
            medians[window.step_tabs[index].title()] = statistics.median(values)
        # Gone for good before the store closes: its timers must not fire on a closed store.
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.database.notifier.unsubscribe(context._on_change)
        store.close()
    print(", ".join(f"{name} {value:.1f} ms" for name, value in medians.items()))
    return result_line(NAME, max(medians.values()), "ms", LIMIT_MS)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
