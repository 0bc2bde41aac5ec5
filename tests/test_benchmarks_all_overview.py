"""The all-tandems benchmark keeps working (on tiny data; the figures are not checked)."""

from __future__ import annotations

import re

from benchmarks import all_overview


def test_all_overview_benchmark_prints_its_lines(qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    line = all_overview.run(scale=0.01)
    assert re.fullmatch(r"all_overview: \d+(\.\d+)? ms \(target < 150 ms\) (ok|MISS)", line)
    printed = capsys.readouterr().out
    assert re.search(r"all_overview search: \d+(\.\d+)? ms \(target < 50 ms\) (ok|MISS)",
                     printed)
