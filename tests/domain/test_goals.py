"""Goal rules without a database: late goals, review reminder, progress share, word diff."""

from __future__ import annotations

from datetime import date

import pytest

from tandem_desktop.domain.goals import (
    days_since,
    is_late,
    is_valid_progress,
    review_due,
    share_done,
)
from tandem_desktop.domain.vision import Change, Segment, word_diff

TODAY = date(2026, 11, 29)


def test_late_only_when_open_and_past() -> None:
    assert is_late("2026-11-28", "active", TODAY)
    assert is_late("2026-01-01", "planned", TODAY)
    assert not is_late("2026-11-29", "active", TODAY)
    assert not is_late("2026-11-28", "done", TODAY)
    assert not is_late("2026-11-28", "dropped", TODAY)
    assert not is_late(None, "active", TODAY)
    assert not is_late("not a date", "active", TODAY)


def test_review_due_after_ninety_days_or_never() -> None:
    assert review_due(None, TODAY)
    assert not review_due("2026-09-01", TODAY)  # 89 days
    assert review_due("2026-08-31", TODAY)  # 90 days
    assert days_since("2026-11-19", TODAY) == 10
    assert days_since(None, TODAY) is None


@pytest.mark.parametrize(
    ("done", "total", "expected"),
    [(0, 0, 0), (0, 3, 0), (1, 3, 33), (2, 3, 67), (1, 2, 50), (3, 3, 100), (1, 8, 13)],
)
def test_share_done_rounds_half_up(done: int, total: int, expected: int) -> None:
    assert share_done(done, total) == expected


def test_progress_bounds() -> None:
    assert is_valid_progress(0) and is_valid_progress(100)
    assert not is_valid_progress(-1)
    assert not is_valid_progress(101)
    assert not is_valid_progress(True)
    assert not is_valid_progress(50.0)


def test_word_diff_marks_changed_words_and_keeps_text() -> None:
    old = "The office runs itself."
    new = "The office runs reliably by itself."
    left, right = word_diff(old, new)
    assert "".join(s.text for s in left) == old
    assert "".join(s.text for s in right) == new
    assert [s for s in right if s.change is Change.ADDED] == [Segment(Change.ADDED,
                                                                      "reliably by ")]
    assert all(s.change is Change.SAME for s in left)


def test_word_diff_replacement_and_empty_sides() -> None:
    left, right = word_diff("go to Vienna", "go to Munich")
    assert left[-1] == Segment(Change.REMOVED, "Vienna")
    assert right[-1] == Segment(Change.ADDED, "Munich")
    assert word_diff("", "new") == ([], [Segment(Change.ADDED, "new")])
    assert word_diff("old", "") == ([Segment(Change.REMOVED, "old")], [])
