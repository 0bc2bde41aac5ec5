"""The questions_filter benchmark keeps working (on tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from benchmarks import questions_filter


def test_questions_filter_reports_its_line(qapp) -> None:  # type: ignore[no-untyped-def]
    line = questions_filter.run(scale=0.01)
    assert re.fullmatch(
        r"questions_filter: \d+\.\d ms \(target < 50 ms\) (ok|MISS)", line
    ), line
