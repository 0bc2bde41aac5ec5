"""Benchmark: the app's peak memory on a large tandem with every tab visited.

The data (see ``_big_tandem``) is built by one child process; each measurement
is a fresh child that opens the real main window offscreen on it, visits every
tab and its inner pages and reports its own peak resident set size
(``ru_maxrss``), so the figure is the app's and not the benchmark's.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import result_line

NAME = "peak_memory"
LIMIT_MB = 300.0
ROUNDS = 3


def _build(data_dir: Path, scale: float) -> None:
    from benchmarks._big_tandem import build

    store, _tandem, _clock = build(data_dir, scale)
    store.close()


def _measure(data_dir: Path) -> float:
    """Open the app on ``data_dir``, visit everything; peak RSS in MiB."""
    from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget

    from benchmarks._big_tandem import NOW
    from tandem_desktop.domain.clock import FixedClock
    from tandem_desktop.storage.store import open_store
    from tandem_desktop.ui.context import AppContext
    from tandem_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    clock = FixedClock(NOW)
    store = open_store(data_dir, clock)
    context = AppContext(store, data_dir, clock)
    context.set_tandem(store.tandems.active()[0])
    window = MainWindow(context)
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        tab = window.tabs.currentWidget()
        for holder in tab.findChildren(QTabWidget) + tab.findChildren(QStackedWidget):
            for page in range(holder.count()):
                holder.setCurrentIndex(page)
                app.processEvents()
    window.close()
    store.close()
    # Linux reports kibibytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(*args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([sys.executable, "-m", "benchmarks.peak_memory", *args],
                            capture_output=True, text=True, env=env, timeout=900, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    return result.stdout


def run(scale: float = 1.0) -> str:
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder) / "data"
        _child("--build", str(data_dir), str(scale))
        figures = []
        for _round in range(ROUNDS if scale >= 0.1 else 1):
            lines = [row for row in _child("--measure", str(data_dir)).splitlines()
                     if row.startswith("peak-mb:")]
            figures.append(float(lines[-1].split(":")[1]))
    print(f"peak RSS per run: {', '.join(f'{value:.0f}' for value in figures)} MB")
    return result_line(NAME, statistics.median(figures), "MB", LIMIT_MB)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--build":
        _build(Path(sys.argv[2]), float(sys.argv[3]))
    elif len(sys.argv) >= 3 and sys.argv[1] == "--measure":
        print(f"peak-mb: {_measure(Path(sys.argv[2])):.1f}", flush=True)
    else:
        run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
