"""startup_ratio: Tandem's start on 10,000 records against a bare six-tab PySide6 window.

Both are started as fresh processes, alternating, and report milliseconds from
process start to their first paint; the figure is the ratio of the medians.
Tandem's first paint is its window with menus, toolbar (the tandem chosen) and
tab bar; it then fills the first tab, which it reports as content-ms (printed
too, against the same baseline; ``content_ratio`` gives it its targets), and
checks the file on a thread of its own. The bare window is
``benchmarks/_bare_window.py``.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.common import result_line

ROOT = Path(__file__).resolve().parents[1]

LIMIT = 1.3


def build_data(data_dir: Path, records: int) -> None:
    from tandem_desktop.demo import create_demo
    from tandem_desktop.domain.records import Feedback, Question, Task
    from tandem_desktop.storage.store import open_store

    store = open_store(data_dir)
    tandem = create_demo(store, "en", date.today())
    tid = tandem.id
    per_kind = max(1, records // 3)
    with store.transaction():
        store.tasks.add_many(
            Task(tandem_id=tid, title=f"Task {n} follow up the supplier offer", owner="assistant"
                 if n % 2 else "leader", due_on=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}")
            for n in range(per_kind))
        store.questions.add_many(
            Question(tandem_id=tid, text=f"Question {n}: may I book the hotel?",
                     asked_by="assistant", asked_on="2026-10-01") for n in range(per_kind))
        store.feedback.add_many(
            Feedback(tandem_id=tid, direction="leader_to_assistant", given_on="2026-10-02",
                     situation=f"Situation {n}", behaviour="Prepared the papers early")
            for n in range(per_kind))
    store.close()


def _figures(command: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app starts from compiled bytecode; so must both sides here.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120,
                            check=True, cwd=ROOT)
    return {name: float(value) for name, value in (
        row.split(": ") for row in result.stdout.splitlines() if "-ms: " in row)}


def run(scale: float = 1.0) -> str:
    rounds = max(3, int(9 * min(scale, 1.0)) | 1)
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder) / "data"
        build_data(data_dir, int(10_000 * scale))
        app_command = [sys.executable, "-m", "tandem_desktop", "--data-dir", str(data_dir),
                       "--quit-after-start"]
        bare_command = [sys.executable, "-m", "benchmarks._bare_window"]
        import tandem_desktop

        compileall.compile_dir(str(Path(tandem_desktop.__file__).parent), quiet=1)
        compileall.compile_dir(str(ROOT / "benchmarks"), quiet=1)
        _figures(app_command)  # warm the file cache (and write bytecode) once for both
        _figures(bare_command)
        app_times, content_times, bare_times = [], [], []
        for _ in range(rounds):
            app = _figures(app_command)
            app_times.append(app["startup-ms"])
            content_times.append(app["content-ms"])
            bare_times.append(_figures(bare_command)["startup-ms"])
    app_median = statistics.median(app_times)
    content_median = statistics.median(content_times)
    bare_median = statistics.median(bare_times)
    print(f"tandem window median {app_median:.0f} ms, first tab filled median "
          f"{content_median:.0f} ms ({content_median / bare_median:.2f} x), bare window "
          f"median {bare_median:.0f} ms, over {rounds} rounds")
    return result_line("startup_ratio", app_median / bare_median, "x", LIMIT, sign="<=")


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
