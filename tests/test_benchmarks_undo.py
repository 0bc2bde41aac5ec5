"""The undo benchmark keeps working (on tiny data; the figure itself is not checked)."""

from __future__ import annotations

import re

from benchmarks import undo


def test_undo_benchmark_prints_its_line(qapp) -> None:  # type: ignore[no-untyped-def]
    line = undo.run(scale=0.01)
    assert re.fullmatch(r"undo: \d+(\.\d+)? ms \(target < 10 ms\) (ok|MISS)", line)
