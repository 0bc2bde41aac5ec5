"""The decision_lookup benchmark keeps working (on tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from benchmarks import decision_lookup


def test_decision_lookup_reports_its_line(qapp) -> None:  # type: ignore[no-untyped-def]
    line = decision_lookup.run(scale=0.01)
    assert re.fullmatch(
        r"decision_lookup: \d+\.\d ms \(target < 20 ms\) (ok|MISS)", line
    ), line
