"""The tandem health check and the other signs of how the partnership is doing.

The check asks two or three statements per step, each rated 1 (not at all) to
5 (fully). Only the statement keys live here ("trust.1" …); their wording is
translated in the UI. A step's score is the mean of its statements.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum

from tandem_desktop.domain.enums import Step

MIN_RATING = 1
MAX_RATING = 5
# Rules, access items and agreements whose review falls within this many days show up.
REVIEW_WINDOW_DAYS = 14
# Score changes smaller than this count as "about the same".
TREND_TOLERANCE = 0.25

STATEMENTS: dict[Step, tuple[str, ...]] = {
    Step.TRUST: ("trust.1", "trust.2", "trust.3"),
    Step.COMMUNICATION: ("communication.1", "communication.2", "communication.3"),
    Step.FEEDBACK: ("feedback.1", "feedback.2"),
    Step.DELEGATION: ("delegation.1", "delegation.2", "delegation.3"),
    Step.VISION: ("vision.1", "vision.2"),
}


def statement_keys() -> list[str]:
    """Every statement key, step by step, in the order the check asks them."""
    return [key for keys in STATEMENTS.values() for key in keys]


def is_valid_rating(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and (
        MIN_RATING <= value <= MAX_RATING
    )


def missing_answers(answers: Mapping[str, int]) -> list[str]:
    """The statement keys without a valid rating, in asking order."""
    return [key for key in statement_keys() if not is_valid_rating(answers.get(key))]


def step_scores(answers: Mapping[str, int]) -> dict[Step, float]:
    """The mean rating of each step's statements, to two decimals.

    Raises ValueError when a statement has no rating from 1 to 5.
    """
    missing = missing_answers(answers)
    if missing:
        raise ValueError(f"no rating for {', '.join(missing)}")
    return {
        step: round(sum(answers[key] for key in keys) / len(keys), 2)
        for step, keys in STATEMENTS.items()
    }


def check_is_due(last_taken_on: date | None, today: date, every_days: int) -> bool:
    """True when no check was taken yet or the last one is older than the interval."""
    if last_taken_on is None:
        return True
    return (today - last_taken_on).days > every_days


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    UNKNOWN = "unknown"  # only one check so far


def trend(history: Sequence[float]) -> Trend:
    """How a step moved from the previous check to the latest (oldest first)."""
    if len(history) < 2:
        return Trend.UNKNOWN
    change = history[-1] - history[-2]
    if change >= TREND_TOLERANCE:
        return Trend.UP
    if change <= -TREND_TOLERANCE:
        return Trend.DOWN
    return Trend.SAME


def review_until(today: date) -> date:
    """The last review date that already counts as due."""
    return date.fromordinal(today.toordinal() + REVIEW_WINDOW_DAYS)
