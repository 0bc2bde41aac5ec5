"""The feedback_filter benchmark keeps working (on tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from benchmarks import feedback_filter


def test_feedback_filter_reports_its_line(qapp) -> None:  # type: ignore[no-untyped-def]
    line = feedback_filter.run(scale=0.01)
    assert re.fullmatch(
        r"feedback_filter: \d+\.\d ms \(target < 50 ms\) (ok|MISS)", line
    ), line
