"""questions_filter: from a keystroke in the question filter to the updated list.

Builds a tandem with 20,000 questions (a quarter answered) in a temporary data
folder, shows the real Trust tab offscreen on the "All" view, and types words
into its filter one key at a time. Each keystroke runs the FTS5 query, hands the
rows to the model and lets the view process the reset; the figure is the median
over every keystroke of several runs.
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

NAME = "questions_filter"
TARGET_MS = 50.0
QUESTIONS = 20_000
RUNS = 3
TYPED = ("invoice", "travel budget", "board papers", "zzz")

_VOCABULARY = (
    "invoice travel budget board papers supplier meeting calendar contract train flight "
    "hotel approval signature customer inbox folder report summary agenda deadline "
    "holiday cover printer laptop catering trade fair expenses minutes department "
    "request policy priority reply forward archive scan filing quarter review"
)
_WORDS = _VOCABULARY.split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "?"


def _build(data_dir: Path, count: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Question

    store, tandem, clock = bench_store(data_dir)
    rng = random.Random(3)
    start = date(2024, 1, 1)

    def questions():  # type: ignore[no-untyped-def]
        for number in range(count):
            asked = start + timedelta(days=number * 700 // max(count, 1))
            answered = number % 4 == 0
            yield Question(
                tandem_id=tandem.id, text=_text(rng, 8), context=_text(rng, 4),
                asked_by="assistant" if number % 3 else "leader", asked_on=asked.isoformat(),
                urgency=("today", "week", "whenever")[number % 3],
                status="answered" if answered else "open",
                answer=_text(rng, 10) if answered else "",
                answered_on=(asked + timedelta(days=2)).isoformat() if answered else None,
            )

    store.questions.add_many(questions())
    return store, tandem, clock


def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.trust.tab import TrustTab

    app = qt_app()
    count = max(50, int(QUESTIONS * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder)
        store, tandem, clock = _build(data_dir, count)
        context = bench_context(store, data_dir, clock, tandem)
        tab = TrustTab(context)
        tab.resize(1200, 800)
        tab.show()
        tab.refresh_now()
        panel = tab.questions
        panel.set_view("all")
        app.processEvents()
        # Each keystroke: let the view lay out and paint the new rows.
        timings = keystroke_ms(app, panel.filter_edit, TYPED, panel.table.viewport().repaint,
                               RUNS)
        shown = panel.model.rowCount()
        close_all(app, tab, store, context)
    print(f"{count} questions, {len(timings)} keystrokes, slowest "
          f"{max(timings):.1f} ms, last view {shown} rows")
    return result_line(NAME, statistics.median(timings), "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
