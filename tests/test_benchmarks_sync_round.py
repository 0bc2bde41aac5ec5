"""The sync_round and sync_keystroke benchmarks keep working (tiny data; the figures
are not checked)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from benchmarks import sync_keystroke, sync_round


def test_sync_round_benchmark_prints_its_line() -> None:
    line = sync_round.run(scale=0.03)
    assert re.fullmatch(r"sync_round: \d+\.\d ms \(target < 300 ms\) (ok|MISS)", line)


def test_sync_keystroke_benchmark_prints_its_line(qapp: QApplication) -> None:
    line = sync_keystroke.run(scale=0.02)
    assert re.fullmatch(r"sync_keystroke: \d+\.\d ms \(target < 50 ms\) (ok|MISS)", line)
