"""The feedback rhythm and the balance hints, without storage or Qt."""

from __future__ import annotations

from datetime import date

import pytest

from tandem_desktop.domain.enums import FeedbackDirection
from tandem_desktop.domain.feedback_rhythm import (
    BALANCE_DAYS,
    BalanceHint,
    HintCode,
    balance_hints,
    balance_since,
    status,
)

L2A = FeedbackDirection.LEADER_TO_ASSISTANT
A2L = FeedbackDirection.ASSISTANT_TO_LEADER
TODAY = date(2026, 11, 29)


def test_next_due_is_the_earlier_direction() -> None:
    result = status({L2A.value: "2026-11-20", A2L.value: "2026-11-10"}, 28, TODAY)
    assert result.by_direction[L2A].due_on == date(2026, 12, 18)
    assert result.by_direction[A2L].due_on == date(2026, 12, 8)
    assert result.next_due == date(2026, 12, 8)
    assert not result.overdue
    assert result.days_overdue == 0
    assert result.last_on == date(2026, 11, 20)


def test_due_day_itself_is_not_overdue_the_next_day_is() -> None:
    last = {L2A.value: "2026-11-01", A2L.value: "2026-11-01"}
    assert not status(last, 28, date(2026, 11, 29)).overdue
    late = status(last, 28, date(2026, 11, 30))
    assert late.overdue and late.days_overdue == 1
    assert late.by_direction[L2A].overdue and late.by_direction[A2L].overdue


def test_one_silent_direction_makes_it_overdue() -> None:
    result = status({L2A.value: "2026-11-28", A2L.value: "2026-10-01"}, 28, TODAY)
    assert result.overdue
    assert result.days_overdue == 31
    assert not result.by_direction[L2A].overdue
    assert result.by_direction[A2L].days_overdue == 31


def test_without_feedback_due_counts_from_the_start_or_today() -> None:
    empty: dict[str, str | None] = {L2A.value: None, A2L.value: None}
    started = status(empty, 14, TODAY, started_on="2026-11-20")
    assert started.next_due == date(2026, 12, 4)
    assert not started.overdue
    assert started.last_on is None
    unknown = status({}, 14, TODAY)
    assert unknown.next_due == TODAY and not unknown.overdue


def test_dates_and_strings_both_work_and_bad_interval_is_refused() -> None:
    assert status({L2A.value: date(2026, 11, 1)}, 7, TODAY).by_direction[L2A].due_on == date(
        2026, 11, 8)
    with pytest.raises(ValueError):
        status({}, 0, TODAY)


def test_balance_window_is_ninety_days_including_today() -> None:
    since = balance_since(TODAY)
    assert (TODAY - since).days == BALANCE_DAYS - 1


def counts(**values: int) -> dict[tuple[str, str], int]:
    keys = {"la": (L2A.value, "appreciation"), "ls": (L2A.value, "suggestion"),
            "aa": (A2L.value, "appreciation"), "as_": (A2L.value, "suggestion")}
    return {keys[name]: value for name, value in values.items()}


def test_hints_when_nothing_at_all() -> None:
    hints = balance_hints({}, "assistant", None, 28, TODAY)
    assert BalanceHint(HintCode.NOTHING) in hints
    assert BalanceHint(HintCode.NOT_ASKED, L2A) in hints


def test_hint_one_way_and_only_suggestions() -> None:
    hints = balance_hints(counts(ls=3), "leader", "2026-11-20", 28, TODAY)
    assert hints == [BalanceHint(HintCode.ONE_WAY, L2A),
                     BalanceHint(HintCode.ONLY_SUGGESTIONS, L2A)]


def test_balanced_feedback_that_was_asked_for_gives_no_hint() -> None:
    hints = balance_hints(counts(la=1, ls=2, aa=1, as_=1), "leader", "2026-11-15", 28, TODAY)
    assert hints == []


def test_not_asked_for_longer_than_the_rhythm() -> None:
    balanced = counts(la=1, aa=1)
    # The leader receives from the assistant: the hint names that direction.
    assert balance_hints(balanced, "leader", "2026-10-31", 28, TODAY) == [
        BalanceHint(HintCode.NOT_ASKED, A2L)]
    assert balance_hints(balanced, "leader", "2026-11-01", 28, TODAY) == []
    # Never asked, but the tandem is younger than the rhythm: no hint yet.
    assert balance_hints(balanced, "assistant", None, 28, TODAY, "2026-11-15") == []
    assert balance_hints(balanced, "assistant", None, 28, TODAY, "2026-01-05") == [
        BalanceHint(HintCode.NOT_ASKED, L2A)]
