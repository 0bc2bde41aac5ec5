"""The sync_apply benchmarks keep working (tiny data; the figures are not checked)."""

from __future__ import annotations

import re

from benchmarks import sync_apply, sync_apply_small


def test_sync_apply_benchmark_prints_its_line() -> None:
    line = sync_apply.run(scale=0.01)
    assert re.fullmatch(r"sync_apply: \d+\.\d+ s \(target < 3 s\) (ok|MISS)", line)


def test_sync_apply_small_benchmark_prints_its_line() -> None:
    line = sync_apply_small.run(scale=0.01)
    assert re.fullmatch(r"sync_apply_small: \d+\.\d ms \(target < 50 ms\) (ok|MISS)", line)
