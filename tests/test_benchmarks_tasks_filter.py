"""The tasks_filter benchmark keeps working (tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from benchmarks import tasks_filter


def test_tasks_filter_runs_and_reports(qapp: QApplication) -> None:
    line = tasks_filter.run(scale=0.01)
    assert re.fullmatch(r"tasks_filter: \d+(\.\d+)? ms \(target < 50 ms\) (ok|MISS)", line)
