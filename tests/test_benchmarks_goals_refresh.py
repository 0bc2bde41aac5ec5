"""The goals_refresh benchmark keeps working (on tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from benchmarks import goals_refresh


def test_goals_refresh_reports_its_line(qapp) -> None:  # type: ignore[no-untyped-def]
    line = goals_refresh.run(scale=0.01)
    assert re.fullmatch(r"goals_refresh: \d+\.\d ms \(target < 150 ms\) (ok|MISS)", line), line
