"""sync_apply: a partner's whole tandem (20,000 field changes) applied to a fresh copy.

Builds the partner's tandem through the real repositories in one store
(``_partner_tandem``: the demo plus about 1,600 records of seven kinds, with some
edits), takes its journal, and times ``storage.merge.apply_changes`` on a new,
empty data folder (a new one each run): admitting the stamps, parents before
children, the inserts with their full-text index, the field stamps, and the
COMMIT on disk. Each copy must then hold every record, with nothing left waiting.
The figure is the median of several runs. ``sync_apply_small`` times the everyday
case, 100 changes to a large tandem.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import _partner_tandem
from benchmarks.common import result_line

NAME = "sync_apply"
TARGET_S = 3.0
CHANGES = 20_000
RUNS = 3


def run(scale: float = 1.0) -> str:
    from tandem_desktop.storage.merge import apply_changes
    from tandem_desktop.storage.store import open_store

    count = max(1_000, int(CHANGES * scale))
    timings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        partner, tandem, clock = _partner_tandem.build(Path(folder) / "partner", count)
        changes = _partner_tandem.changes_of(partner)
        records = _partner_tandem.record_count(partner, tandem.id)
        partner.close()
        for attempt in range(RUNS):
            copy = open_store(Path(folder) / f"copy-{attempt}", clock)
            started = time.perf_counter()
            report = apply_changes(copy, changes, confirm_deletions=True)
            timings.append(time.perf_counter() - started)
            if report.pending or _partner_tandem.record_count(copy, tandem.id) != records:
                raise RuntimeError(f"the copy is incomplete: {report.waiting}")
            copy.close()
    print(f"{NAME}: {len(changes)} changes, {records} records; runs "
          + ", ".join(f"{timing:.2f} s" for timing in timings))
    return result_line(NAME, statistics.median(timings), "s", TARGET_S, digits=2)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
