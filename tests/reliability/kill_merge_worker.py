"""Child process killed while it applies a large batch of a partner's changes
(see test_kill_merge.py).

Usage: python kill_merge_worker.py DATA_DIR CHANGES_JSON
Reads the batch (a JSON list of change fields), prints ``applying`` just before
``apply_changes`` starts and ``done`` once it has committed.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from tandem_desktop.domain.changes import Change
from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.storage.merge import apply_changes
from tandem_desktop.storage.store import open_store

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)  # the tests' clock


def main(data_dir: Path, batch: Path) -> None:
    changes = [Change(*fields) for fields in json.loads(batch.read_text(encoding="utf-8"))]
    store = open_store(data_dir, FixedClock(NOW))
    print("applying", flush=True)
    apply_changes(store, changes, confirm_deletions=True)
    print("done", flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
