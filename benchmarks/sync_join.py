"""sync_join: joining a partner's 20,000-record tandem through the shared folder.

Builds the partner's tandem (``_big_tandem``: the demo plus 20,000 records of
five kinds) in one data folder, shares it into a folder (its history as a change
file, and a snapshot), then times ``rounds.join`` from a fresh data folder on
disk: unlocking the key with the real scrypt cost, reading and decrypting the
newest snapshot, applying it, the files after it, and writing this device's
read state. Each copy must hold every record. The figure is the median of
several joins, each into a new data folder.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import _big_tandem, _partner_tandem
from benchmarks.common import result_line

NAME = "sync_join"
TARGET_S = 10.0
RECORDS = 20_000
RUNS = 3
# _big_tandem's mix at scale 1.0 holds 137,000 records.
_SCALE_PER_RECORD = 1 / 137_000


def run(scale: float = 1.0) -> str:
    from tandem_desktop.exchange.syncfolder import layout
    from tandem_desktop.exchange.syncfolder.folder import TandemFolder
    from tandem_desktop.exchange.syncfolder.rounds import join, share
    from tandem_desktop.storage.store import open_store
    from tandem_desktop.storage.sync_state import SyncState

    records = max(100, int(RECORDS * scale))
    timings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tandem-bench-") as folder:
        base = Path(folder)
        partner, tandem, clock = _big_tandem.build(base / "partner",
                                                   records * _SCALE_PER_RECORD)
        partner.tandems.change(tandem.id, my_role="leader")
        shared = base / "shared"
        shared.mkdir()
        code = share(partner, tandem.id, shared)
        state = SyncState(partner.database).share(tandem.id)
        assert state is not None
        device = partner.database.scalar("SELECT device_id FROM sync_device")
        view = TandemFolder(Path(state.folder), tandem.id, device, state.data_key)
        if not view.snapshots(device):
            raise RuntimeError("the partner wrote no snapshot")
        expected = _partner_tandem.record_count(partner, tandem.id)
        size = sum(path.stat().st_size for path in (shared / layout.tandem_folder_name(
            tandem.id)).rglob("*") if path.is_file())
        partner.close()
        for attempt in range(RUNS):
            copy = open_store(base / f"copy-{attempt}", clock)
            started = time.perf_counter()
            join(copy, shared, code)
            timings.append(time.perf_counter() - started)
            if _partner_tandem.record_count(copy, tandem.id) != expected:
                raise RuntimeError("the joined copy is incomplete")
            copy.close()
    print(f"{NAME}: {expected} records, folder {size / 1e6:.1f} MB; runs "
          + ", ".join(f"{timing:.2f} s" for timing in timings))
    return result_line(NAME, statistics.median(timings), "s", TARGET_S, digits=2)


if __name__ == "__main__":
    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
