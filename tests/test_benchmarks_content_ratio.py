"""The start-up benchmark keeps working (once, on tiny data; its figures are not asserted)."""

from __future__ import annotations

import re

from benchmarks import content_ratio


def test_content_ratio_runs_on_tiny_data() -> None:
    line = content_ratio.run(scale=0.003)
    assert re.fullmatch(r"content_ratio: \d+\.\d\d x \(target <= 1\.5 x; \d of \d targets met"
                        r"(, missed: .+)?\) (ok|MISS)", line)
