"""Child process killed between writing a change file and noting it as written
(see test_sync_kill.py).

Usage: python kill_sync_worker.py DATA_DIR TANDEM_ID
Runs one round with quick scrypt; prints ``written`` once the file is in place
and then waits (for its SIGKILL) instead of noting it.
"""

from __future__ import annotations

import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from tandem_desktop.domain.clock import FixedClock
from tandem_desktop.exchange.syncfolder.rounds import run_round
from tandem_desktop.storage.store import open_store
from tandem_desktop.storage.sync_state import SyncState

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # the tests' clock


def _written_and_stopped(*_args: object) -> None:
    print("written", flush=True)
    threading.Event().wait()  # the kill comes here


def main(data_dir: Path, tandem_id: str) -> None:
    store = open_store(data_dir, FixedClock(NOW))
    SyncState.written = _written_and_stopped  # type: ignore[method-assign]
    run_round(store, tandem_id)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
