"""goals_refresh: how long the Vision tab takes to reload after a change.

Builds a tandem with 1,000 goals, 20,000 tasks linked to them (half of the
goals follow their tasks' progress) and development goals naming decision
rules, in a temporary data folder. Shows the real Vision tab offscreen, then
repeatedly marks a task done (one committed transaction, which makes the tab
refresh: goal standings computed in SQL, table and roadmap models reset) and
repaints the goal table and the roadmap. The figure is the median of those
rounds.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import bench_context, bench_store, close_all, qt_app, result_line

NAME = "goals_refresh"
TARGET_MS = 150.0
GOALS = 1_000
TASKS_PER_GOAL = 20
RULES = 200
ROUNDS = 15


def _build(data_dir: Path, goals: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import DecisionRule, Goal, GoalRule, Task

    store, tandem, clock = bench_store(data_dir)
    today = date(2026, 11, 29)
    statuses = ("planned", "active", "active", "done", "dropped")
    with store.transaction():
        store.goals.add_many(Goal(
            tandem_id=tandem.id, title=f"Goal {n}: grow the office step {n % 37}",
            description="Plan, run and review", kind="development" if n % 5 == 0 else "shared",
            target_on=(today + timedelta(days=-200 + n % 900)).isoformat(),
            progress=n % 101, progress_mode="tasks" if n % 2 else "manual",
            status=statuses[n % len(statuses)]) for n in range(goals))
        stored = store.goals.for_tandem(tandem.id)
        store.tasks.add_many(Task(
            tandem_id=tandem.id, title=f"Task {n}", owner="assistant",
            status="done" if n % 3 == 0 else "open", goal_id=stored[n % len(stored)].id)
            for n in range(goals * TASKS_PER_GOAL))
        rules = [store.rules.add(DecisionRule(tandem_id=tandem.id, decision=f"Rule {n}",
                                              level=1 + n % 7, target_level=1 + (n * 3) % 7))
                 for n in range(max(10, RULES * goals // GOALS))]
        development = [goal for goal in stored if goal.kind == "development"]
        store.goal_rules.add_many(
            GoalRule(tandem_id=tandem.id, goal_id=development[n % len(development)].id,
                     rule_id=rule.id) for n, rule in enumerate(rules))
    return store, tandem, clock


def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.vision.tab import VisionTab

    app = qt_app()
    goals = max(20, int(GOALS * scale))
    timings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        store, tandem, clock = _build(Path(folder), goals)
        context = bench_context(store, Path(folder), clock, tandem)
        tab = VisionTab(context)
        tab.resize(1260, 640)
        tab.show()
        app.processEvents()
        tasks = store.tasks.open_in(tandem.id, limit=ROUNDS * 2)
        for round_number in range(ROUNDS):
            task = tasks[round_number]
            started = time.perf_counter()
            with store.transaction():  # the tab refreshes on the change notice
                store.tasks.change(task.id, status="done", done_on="2026-11-29")
            tab.goals.table.viewport().repaint()
            tab.roadmap.canvas.repaint()
            timings.append((time.perf_counter() - started) * 1000)
        shown = tab.goals.model.rowCount()
        rows = len(tab.roadmap.canvas.goal_ids())
        close_all(app, tab, store, context)
    print(f"{goals} goals, {goals * TASKS_PER_GOAL} tasks, {shown} rows in the table, "
          f"{rows} on the roadmap, slowest {max(timings):.1f} ms")
    return result_line(NAME, statistics.median(timings), "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
