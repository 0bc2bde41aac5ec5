"""The archive_import benchmark keeps working (tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from benchmarks import archive_import


def test_archive_import_runs_and_reports() -> None:
    line = archive_import.run(scale=0.01)
    assert re.fullmatch(r"archive_import: \d+(\.\d+)? ms \(target < \d+(\.\d+)? ms\) (ok|MISS)",
                        line)
