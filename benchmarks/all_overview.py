"""all_overview: one Overview across every tandem, and a search across every tandem.

Builds 10 tandems of 10,000 records each (every searchable kind, spread as in
``benchmarks/search.py``; open tasks with due dates, open questions, rules and
areas to review, check-in series) in a temporary data folder. Then:

- the all-tandems Overview page is refreshed and repainted offscreen, as when
  "All tandems" is picked in the switcher or a change arrives (median of several
  runs after the first; the last line). The first refresh, which works out the
  next start of every check-in series (100 per tandem here), is printed apart;
- words are typed into the real search panel with "In all tandems" checked, one
  key at a time, each keystroke until the repainted results (median; the line before).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import (
    bench_context,
    bench_store,
    close_all,
    keystroke_ms,
    qt_app,
    result_line,
)
from benchmarks.search import SHARES, TYPED, _makers

NAME = "all_overview"
TARGET_MS = 150.0
SEARCH_TARGET_MS = 50.0
TANDEMS = 10
RECORDS = 10_000  # per tandem
RUNS = 9
SEARCH_RUNS = 2


def _build(data_dir: Path, per_tandem: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Area, DecisionRule, Tandem

    store, first, clock = bench_store(data_dir)
    tandems = [first] + [
        store.tandems.add(Tandem(name=f"Client {number}", leader_name=f"Leader {number}",
                                 assistant_name="Jonas", my_role="assistant",
                                 started_on="2026-01-05"))
        for number in range(2, TANDEMS + 1)
    ]
    rng = random.Random(18)
    soon = date(2026, 11, 29)
    with store.transaction():
        for tandem in tandems:
            makers = _makers(tandem.id, rng)
            for table, share in SHARES.items():
                count = max(5, int(per_tandem * share))
                repository = store.repository_for(table)

                def records(make: Callable[[int], Any] = makers[table],
                            count: int = count) -> Iterator[Any]:
                    for number in range(count):
                        yield make(number)

                repository.add_many(records())
            # A few things to review in the next two weeks, in each tandem.
            for number in range(10):
                review_on = (soon + timedelta(days=number)).isoformat()
                store.rules.add(DecisionRule(tandem_id=tandem.id, decision=f"Rule {number}",
                                             level=5, review_on=review_on))
                store.areas.add(Area(tandem_id=tandem.id, name=f"Area {number}",
                                     owner="assistant", review_on=review_on))
    return store, tandems[0], clock


def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.overview.all_tandems import AllTandemsPage
    from tandem_desktop.ui.search import SearchPanel

    app = qt_app()
    per_tandem = max(100, int(RECORDS * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder)
        store, tandem, clock = _build(data_dir, per_tandem)
        context = bench_context(store, data_dir, clock, tandem)
        context.show_all_tandems(True)
        page = AllTandemsPage(context)
        page.resize(1180, 760)
        page.show()
        app.processEvents()
        started = time.perf_counter()
        page.refresh()  # the first time: every series' next start is worked out
        app.processEvents()
        page.repaint()
        first_ms = (time.perf_counter() - started) * 1000
        timings = []
        for _ in range(RUNS):
            started = time.perf_counter()
            page.refresh()
            app.processEvents()  # the lists lay out
            page.repaint()
            timings.append((time.perf_counter() - started) * 1000)
        tasks_shown = len(page.tasks.entry_model.rows)
        panel = SearchPanel(context)
        panel.show()
        app.processEvents()
        assert panel.everywhere.isChecked()
        typed = keystroke_ms(app, panel.field, TYPED, panel.view.viewport().repaint,
                             SEARCH_RUNS)
        hits = len(panel.model.hits())
        panel.close()
        close_all(app, page, store, context)
    print(f"{TANDEMS} tandems of {per_tandem} records; overview first shown in "
          f"{first_ms:.0f} ms, then slowest {max(timings):.1f} ms, {tasks_shown} tasks listed; "
          f"search: {len(typed)} "
          f"keystrokes, slowest {max(typed):.1f} ms, last search {hits} hits")
    result_line(f"{NAME} search", statistics.median(typed), "ms", SEARCH_TARGET_MS, digits=1)
    return result_line(NAME, statistics.median(timings), "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
