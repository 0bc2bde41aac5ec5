"""feedback_filter: from a keystroke in the feedback search to the updated log.

Builds a tandem with 20,000 feedback entries both ways (a fifth on the agenda
backlog) in a temporary data folder, shows the real Feedback tab offscreen and
types words into its search one key at a time. Each keystroke runs the FTS5
query with the other filters, hands the rows to the model and repaints the view;
the figure is the median over every keystroke of several runs.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import (
    bench_context,
    bench_store,
    close_all,
    keystroke_ms,
    qt_app,
    result_line,
)

NAME = "feedback_filter"
TARGET_MS = 50.0
ENTRIES = 20_000
RUNS = 3
TYPED = ("papers", "friday requests", "calm", "zzz")

_VOCABULARY = (
    "board papers friday requests supplier call travel plans invoice approval calm "
    "overview table costs rhythm early late answer quickly decision train hotel "
    "agenda minutes customer letter budget report summary reminder calendar"
)
_WORDS = _VOCABULARY.split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize()


def _build(data_dir: Path, count: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Feedback
    from tandem_desktop.services.feedback import put_on_agenda

    store, tandem, clock = bench_store(data_dir)
    rng = random.Random(5)
    start = date(2022, 1, 1)

    def entries():  # type: ignore[no-untyped-def]
        for number in range(count):
            given = start + timedelta(days=number * 1760 // max(count, 1))
            yield Feedback(
                tandem_id=tandem.id,
                direction=("leader_to_assistant", "assistant_to_leader")[number % 2],
                kind=("appreciation", "suggestion")[number % 3 == 0],
                given_on=given.isoformat(), situation=_text(rng, 4),
                behaviour=_text(rng, 8), impact=_text(rng, 5), request=_text(rng, 5),
                status="discussed" if number % 2 else "noted", private=number % 17 == 0,
            )

    with store.transaction():
        store.feedback.add_many(entries())
        for entry in store.feedback.for_tandem(tandem.id, limit=max(count // 5, 1)):
            put_on_agenda(store, entry.id, "Feedback", "assistant")
    return store, tandem, clock


def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.feedback.tab import FeedbackTab

    app = qt_app()
    count = max(50, int(ENTRIES * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder)
        store, tandem, clock = _build(data_dir, count)
        context = bench_context(store, data_dir, clock, tandem)
        tab = FeedbackTab(context)
        tab.resize(1200, 800)
        tab.show()
        tab.refresh_now()
        app.processEvents()
        # Each keystroke: let the view lay out and paint the new rows.
        timings = keystroke_ms(app, tab.search, TYPED, tab.table.viewport().repaint, RUNS)
        shown = tab.model.rowCount()
        close_all(app, tab, store, context)
    print(f"{count} entries, {len(timings)} keystrokes, slowest "
          f"{max(timings):.1f} ms, last view {shown} rows")
    return result_line(NAME, statistics.median(timings), "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
