"""The search benchmark keeps working (on tiny data; the figure itself is not checked)."""

from __future__ import annotations

import re

from benchmarks import search


def test_search_benchmark_prints_its_line(qapp) -> None:  # type: ignore[no-untyped-def]
    line = search.run(scale=0.01)
    assert re.fullmatch(r"search: \d+(\.\d+)? ms \(target < 50 ms\) (ok|MISS)", line)
