"""sync_apply_small: 100 changes from the partner applied to a tandem of 10,000 records.

The everyday round: both copies hold the same large tandem (the partner's
journal applied to a fresh copy, untimed); the partner then edits records as a
user would, in batches of exactly 100 field changes (task titles and notes,
answered questions, agenda items marked discussed), and each batch is applied
to the copy with ``storage.merge.apply_changes`` as a sync round does (large
deletions held, none here). The figure is the median over the batches, from the
call to its COMMIT on disk.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import _partner_tandem
from benchmarks.common import result_line

NAME = "sync_apply_small"
TARGET_MS = 50.0
RECORDS = 10_000
CHANGES_PER_RECORD = 12.4  # on average, over the kinds of record the partner's tandem holds
BATCHES = 12
BATCH = 100


def _edit(partner: Any, tandem_id: str, chance: random.Random, number: int) -> None:
    """Exactly 100 field changes: 30 tasks x 2, 10 questions x 3, 10 agenda items x 1."""
    tasks = chance.sample(partner.tasks.for_tandem(tandem_id), 30)
    questions = chance.sample([question for question in partner.questions.for_tandem(tandem_id)
                               if question.status == "open"], 10)
    items = chance.sample([item for item in partner.agenda.for_tandem(tandem_id)
                           if not item.discussed], 10)
    with partner.transaction():
        for task in tasks:
            partner.tasks.change(task.id, title=f"{task.title} ({number})",
                                 notes=f"{task.notes} and round {number}")
        for question in questions:
            partner.questions.change(question.id, status="answered", answer=f"Yes ({number})",
                                     answered_on="2026-11-29")
        for item in items:
            partner.agenda.change(item.id, discussed=True)


def run(scale: float = 1.0) -> str:
    from tandem_desktop.storage.journal import journal_of
    from tandem_desktop.storage.merge import apply_changes
    from tandem_desktop.storage.store import open_store

    records = max(1_500, int(RECORDS * scale))  # enough open questions for every batch
    timings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        partner, tandem, clock = _partner_tandem.build(Path(folder) / "partner",
                                                       int(records * CHANGES_PER_RECORD))
        journal = journal_of(partner.database)
        assert journal is not None
        copy = open_store(Path(folder) / "copy", clock)
        apply_changes(copy, _partner_tandem.changes_of(partner), confirm_deletions=True)
        held = _partner_tandem.record_count(copy, tandem.id)
        chance = random.Random(16)
        for number in range(BATCHES):
            seen = journal.last_seq()
            _edit(partner, tandem.id, chance, number)
            batch = _partner_tandem.changes_of(partner, after=seen)
            assert len(batch) == BATCH, len(batch)
            started = time.perf_counter()
            report = apply_changes(copy, batch)
            elapsed = (time.perf_counter() - started) * 1000
            if report.applied != BATCH or report.pending:
                raise RuntimeError(f"the batch did not apply whole: {report}")
            if number >= 2:  # the first two warm caches
                timings.append(elapsed)
        partner.close()
        copy.close()
    median = statistics.median(timings)
    print(f"{NAME}: {held} records, {len(timings)} batches of {BATCH} changes; "
          f"median {median:.1f} ms, max {max(timings):.1f} ms")
    return result_line(NAME, median, "ms", TARGET_MS, digits=1)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
