"""The peak_memory benchmark keeps working (tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from benchmarks import peak_memory


def test_peak_memory_runs_and_reports() -> None:
    line = peak_memory.run(scale=0.01)
    assert re.fullmatch(r"peak_memory: \d+(\.\d+)? MB \(target < 300 MB\) (ok|MISS)", line)
