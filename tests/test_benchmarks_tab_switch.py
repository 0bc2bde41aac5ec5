"""The tab_switch benchmark keeps working (tiny data; the figure is not checked)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from benchmarks import tab_switch


def test_tab_switch_runs_and_reports(qapp: QApplication) -> None:
    line = tab_switch.run(scale=0.01)
    assert re.fullmatch(r"tab_switch: \d+(\.\d+)? ms \(target < 150 ms\) (ok|MISS)", line)
