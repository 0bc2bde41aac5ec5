"""The journal_size benchmark keeps working (tiny data); compaction leaves one row per field."""

from __future__ import annotations

import re

from benchmarks import journal_size


def test_journal_size_benchmark_prints_its_line() -> None:
    line = journal_size.run(scale=0.001)
    match = re.fullmatch(r"journal_size: (\d+) rows \(target <= (\d+) rows\) (ok|MISS)", line)
    assert match is not None
    assert int(match[1]) <= int(match[2]) and match[3] == "ok"  # a count, not a timing
