"""decision_lookup: from a keystroke in "May I decide?" to the updated answers.

Builds a tandem with 5,000 decision rules in 50 areas (every rule with a level
history) in a temporary data folder, shows the real Delegation tab offscreen
and types situations into the look-up one key at a time. Each keystroke runs
the FTS5 query over decision, examples, limits and area (ranked with bm25),
words the advice for each answer, resets the model and repaints the list; the
figure is the median over every keystroke of several runs.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import (
    bench_context,
    bench_store,
    close_all,
    keystroke_ms,
    qt_app,
    result_line,
)

NAME = "decision_lookup"
TARGET_MS = 20.0
RULES = 5_000
AREAS = 50
RUNS = 3
TYPED = ("hotel 300 euro", "rechnung freigeben", "train munich", "zzz")

_VERBS = ("book", "approve", "release", "order", "cancel", "accept", "decline", "sign",
          "send", "renew", "buy", "hire", "move", "answer", "forward", "pay", "freigeben",
          "buchen", "bestellen", "absagen")
_THINGS = ("business travel", "hotel", "train tickets", "supplier invoices", "rechnung",
           "office supplies", "meeting requests", "gifts", "catering", "temporary staff",
           "conference tickets", "software licences", "taxi", "flowers", "letters",
           "contracts", "newsletter", "room booking", "printing", "courier")
_WORDS = ("munich", "vienna", "hamburg", "euro", "eur", "budget", "economy", "customer",
          "board", "urgent", "monthly", "known", "new", "partner", "fair", "event", "team",
          "summer", "winter", "quarter", "300", "800", "1000", "50", "travel", "policy")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def _build(data_dir: Path, count: int):  # type: ignore[no-untyped-def]
    from tandem_desktop.domain.records import Area, DecisionRule, LevelChange

    store, tandem, clock = bench_store(data_dir)
    rng = random.Random(6)
    with store.transaction():
        areas = [store.areas.add(Area(tandem_id=tandem.id, name=f"{rng.choice(_THINGS)} {n}",
                                      description=_text(rng, 6), owner="shared"))
                 for n in range(AREAS)]
        rules = [DecisionRule(
            tandem_id=tandem.id, area_id=areas[n % AREAS].id,
            decision=f"{rng.choice(_VERBS)} {rng.choice(_THINGS)} {n}",
            level=rng.randint(1, 7), target_level=rng.randint(1, 7),
            limits=_text(rng, 5), examples=_text(rng, 8), agreed_on="2026-01-05")
            for n in range(count)]
        store.rules.add_many(rules)
        store.level_changes.add_many(
            LevelChange(tandem_id=tandem.id, rule_id=rule.id, changed_on="2026-01-05",
                        from_level=None, to_level=rule.level)
            for rule in store.rules.for_tandem(tandem.id))
    return store, tandem, clock


def run(scale: float = 1.0) -> str:
    from tandem_desktop.ui.delegation.tab import DelegationTab

    app = qt_app()
    count = max(50, int(RULES * scale))
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        data_dir = Path(folder)
        store, tandem, clock = _build(data_dir, count)
        context = bench_context(store, data_dir, clock, tandem)
        tab = DelegationTab(context)
        tab.resize(1200, 800)
        tab.show()
        tab.refresh_now()
        app.processEvents()
        field = tab.lookup.field
        # Each keystroke: paint the answers as the user would see them.
        timings = keystroke_ms(app, field, TYPED,
                               lambda: tab.lookup.pages.currentWidget().repaint(), RUNS)
        shown = tab.lookup.model.rowCount()
        close_all(app, tab, store, context)
    print(f"{count} rules, {len(timings)} keystrokes, slowest {max(timings):.1f} ms, "
          f"last answer list {shown} rows")
    return result_line(NAME, statistics.median(timings), "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
