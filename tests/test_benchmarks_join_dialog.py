"""The join_dialog benchmark keeps working (tiny data; the figure is not checked)."""

from __future__ import annotations

import re

import pytest

from benchmarks import join_dialog
from tandem_desktop.exchange.syncfolder import pairing


def test_join_dialog_benchmark_prints_its_line(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pairing, "SCRYPT_N", 2**10)
    line = join_dialog.run(scale=0.01)
    assert re.fullmatch(r"join_dialog: \d+ ms \(target < 100 ms\) (ok|MISS)", line)
