"""search: from a keystroke in the search field to the grouped results.

Builds one tandem with 100,000 records spread over every searchable kind
(questions, tasks, meetings, agenda items, feedback, rules …) in a temporary
data folder, opens the real search panel offscreen and types words into it one
key at a time. Each keystroke runs the search over every kind, hands the groups
to the model and repaints the list; the figure is the median over all keystrokes.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
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

NAME = "search"
TARGET_MS = 50.0
RECORDS = 100_000
RUNS = 3
TYPED = ("rueckmeldung", "invoice budget", "messe", "board papers", "qzx")

_VOCABULARY = (
    "invoice travel budget board papers supplier meeting calendar contract train flight "
    "hotel approval signature customer inbox folder report summary agenda deadline "
    "holiday cover printer laptop catering trade fair expenses minutes department "
    "Rückmeldung Messe Beirat Unterlagen Straße Größe Übergabe Reisekosten Termin Budget "
    "request policy priority reply forward archive scan filing quarter review"
)
_WORDS = _VOCABULARY.split()

# How the records are spread over the kinds (shares add up to 1).
SHARES = {
    "question": 0.15, "task": 0.20, "meeting": 0.10, "agenda_item": 0.20, "feedback": 0.10,
    "agreement": 0.05, "decision_rule": 0.05, "access_item": 0.05, "area": 0.02,
    "goal": 0.03, "health_check": 0.02, "checkin_series": 0.01, "vision": 0.02,
}


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize()


def _makers(tid: str, rng: random.Random) -> dict[str, Callable[[int], Any]]:
    from tandem_desktop.domain.records import (
        AccessItem,
        AgendaItem,
        Agreement,
        Area,
        CheckInSeries,
        DecisionRule,
        Feedback,
        Goal,
        HealthCheck,
        Meeting,
        Question,
        Task,
        Vision,
    )

    def day(n: int) -> str:
        return (date(2024, 1, 1) + timedelta(days=n % 1000)).isoformat()

    t = _text
    return {
        "question": lambda n: Question(tandem_id=tid, text=t(rng, 8), context=t(rng, 4),
                                       asked_by="assistant", asked_on=day(n)),
        "task": lambda n: Task(tandem_id=tid, title=t(rng, 5), owner="assistant",
                               due_on=day(n), notes=t(rng, 6)),
        "meeting": lambda n: Meeting(tandem_id=tid, starts_at=f"{day(n)}T08:00:00Z",
                                     title="Weekly check-in", shared_notes=t(rng, 25),
                                     retro_note=t(rng, 5), status="held"),
        "agenda_item": lambda n: AgendaItem(tandem_id=tid, text=t(rng, 6), added_by="leader",
                                            outcome=t(rng, 4)),
        "feedback": lambda n: Feedback(tandem_id=tid, direction="leader_to_assistant",
                                       given_on=day(n), situation=t(rng, 4),
                                       behaviour=t(rng, 6), impact=t(rng, 5),
                                       request=t(rng, 5)),
        "agreement": lambda n: Agreement(tandem_id=tid, category="other", text=t(rng, 10)),
        "decision_rule": lambda n: DecisionRule(tandem_id=tid, decision=t(rng, 4), level=4,
                                                limits=t(rng, 6), examples=t(rng, 6)),
        "access_item": lambda n: AccessItem(tandem_id=tid, title=t(rng, 3), kind="system",
                                            scope=t(rng, 6), notes=t(rng, 4)),
        "area": lambda n: Area(tandem_id=tid, name=t(rng, 3), description=t(rng, 8),
                               owner="shared"),
        "goal": lambda n: Goal(tandem_id=tid, title=t(rng, 5), description=t(rng, 10),
                               contribution=t(rng, 6)),
        "health_check": lambda n: HealthCheck(
            tandem_id=tid, taken_on=day(n), by_role="assistant", trust=4, communication=3,
            feedback=4, delegation=3, vision=4, note=t(rng, 6)),
        "checkin_series": lambda n: CheckInSeries(
            tandem_id=tid, title=t(rng, 3), rrule="FREQ=WEEKLY;BYDAY=MO",
            first_start="2026-01-05T09:00", time_zone="Europe/Berlin",
            standing_items=[t(rng, 3), t(rng, 3)]),
        "vision": lambda n: Vision(tandem_id=tid, statement=t(rng, 20), why=t(rng, 10),
                                   saved_on=day(n)),
    }


def _build(data_dir: Path, total: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Tandem

    store, tandem, clock = bench_store(data_dir)
    # A second tandem, so that the tandem filter has something to leave out.
    other = store.tandems.add(Tandem(name="Other", leader_name="Eva", assistant_name="Jonas",
                                     my_role="assistant"))
    rng = random.Random(8)
    makers = _makers(tandem.id, rng)
    other_makers = _makers(other.id, rng)
    with store.transaction():
        for table, share in SHARES.items():
            count = max(5, int(total * share))
            repository = store.repository_for(table)

            def records(make: Callable[[int], Any], count: int = count) -> Iterator[Any]:
                for number in range(count):
                    yield make(number)

            repository.add_many(records(makers[table]))
            repository.add_many(records(other_makers[table], max(1, count // 20)))
    return store, tandem, clock


def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.search import SearchPanel

    app = qt_app()
    total = max(200, int(RECORDS * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder)
        store, tandem, clock = _build(data_dir, total)
        context = bench_context(store, data_dir, clock, tandem)
        panel = SearchPanel(context)
        panel.show()
        app.processEvents()
        # Each keystroke: let the list lay out and paint the new results.
        timings = keystroke_ms(app, panel.field, TYPED, panel.view.viewport().repaint, RUNS)
        hits = len(panel.model.hits())
        close_all(app, panel, store, context)
    print(f"{total} records, {len(timings)} keystrokes, slowest {max(timings):.1f} ms, "
          f"last search {hits} hits")
    return result_line(NAME, statistics.median(timings), "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
