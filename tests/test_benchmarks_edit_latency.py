"""The edit_latency benchmark keeps working (on tiny data; the figure itself is not checked)."""

from __future__ import annotations

import re

from benchmarks import edit_latency


def test_edit_latency_benchmark_prints_its_line(qapp) -> None:  # type: ignore[no-untyped-def]
    line = edit_latency.run(scale=0.01)
    assert re.fullmatch(r"edit_latency: \d+(\.\d+)? ms \(target < 10 ms\) (ok|MISS)", line)
