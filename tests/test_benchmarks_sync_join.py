"""The sync_join benchmark keeps working (tiny data; the figure is not checked)."""

from __future__ import annotations

import re

import pytest

from benchmarks import sync_join
from tandem_desktop.exchange.syncfolder import pairing, snapshots


def test_sync_join_benchmark_prints_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)
    monkeypatch.setattr(snapshots, "SNAPSHOT_AFTER_BYTES", 0)  # tiny data: still a snapshot
    line = sync_join.run(scale=0.01)
    assert re.fullmatch(r"sync_join: \d+\.\d+ s \(target < 10 s\) (ok|MISS)", line)
