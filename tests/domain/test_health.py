"""The health check's statements, scoring, reminder and trends."""

from __future__ import annotations

from datetime import date

import pytest

from tandem_desktop.domain.enums import Step
from tandem_desktop.domain.health import (
    STATEMENTS,
    Trend,
    check_is_due,
    missing_answers,
    review_until,
    statement_keys,
    step_scores,
    trend,
)


def all_rated(value: int) -> dict[str, int]:
    return {key: value for key in statement_keys()}


def test_every_step_has_two_or_three_statements_with_unique_keys() -> None:
    assert list(STATEMENTS) == list(Step)
    for step, keys in STATEMENTS.items():
        assert 2 <= len(keys) <= 3
        assert all(key.startswith(f"{step.value}.") for key in keys)
    assert len(set(statement_keys())) == len(statement_keys())


def test_step_score_is_the_mean_of_its_statements() -> None:
    answers = all_rated(3)
    answers.update({"trust.1": 5, "trust.2": 4, "trust.3": 4, "feedback.1": 1, "feedback.2": 2})
    scores = step_scores(answers)
    assert scores[Step.TRUST] == pytest.approx(4.33)
    assert scores[Step.FEEDBACK] == 1.5
    assert scores[Step.COMMUNICATION] == 3.0


@pytest.mark.parametrize("bad", [0, 6, None, True, 2.5])
def test_a_missing_or_invalid_rating_is_refused(bad: object) -> None:
    answers: dict[str, object] = dict(all_rated(4))
    answers["vision.2"] = bad
    assert missing_answers(answers) == ["vision.2"]  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"vision\.2"):
        step_scores(answers)  # type: ignore[arg-type]


def test_reminder_when_the_last_check_is_older_than_the_interval() -> None:
    today = date(2026, 11, 29)
    assert check_is_due(None, today, 30)
    assert not check_is_due(date(2026, 10, 30), today, 30)  # 30 days: still fine
    assert check_is_due(date(2026, 10, 29), today, 30)  # 31 days


def test_trend_compares_the_latest_with_the_previous_check() -> None:
    assert trend([]) is Trend.UNKNOWN
    assert trend([3.0]) is Trend.UNKNOWN
    assert trend([2.0, 3.0, 3.5]) is Trend.UP
    assert trend([4.0, 3.0]) is Trend.DOWN
    assert trend([3.0, 3.1]) is Trend.SAME


def test_review_window_is_two_weeks() -> None:
    assert review_until(date(2026, 11, 29)) == date(2026, 12, 13)
