"""Rules about goals and the vision review that need no database and no Qt.

A goal is *late* when its target date has passed while it is still planned or
active; a late goal is allowed (plans slip) but flagged. The vision is due for
a review when nobody has looked at it together for ``REVIEW_EVERY_DAYS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tandem_desktop.domain.enums import GoalStatus
from tandem_desktop.domain.records import Goal

REVIEW_EVERY_DAYS = 90
MIN_PROGRESS = 0
MAX_PROGRESS = 100


@dataclass(frozen=True)
class GoalStanding:
    """A goal with what follows from its links: effective progress, tasks, rules."""

    goal: Goal
    progress: int
    tasks_total: int = 0
    tasks_done: int = 0
    rules_total: int = 0
    rules_reached: int = 0


def parse_date(text: str | None) -> date | None:
    """An ISO date, or None when empty or not a date."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def is_valid_progress(value: object) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and MIN_PROGRESS <= value <= MAX_PROGRESS
    )


def share_done(done: int, total: int) -> int:
    """Percent of tasks done, rounded half up; 0 when a goal has no tasks yet."""
    if total <= 0:
        return 0
    return min(MAX_PROGRESS, (200 * done + total) // (2 * total))


def is_open(status: str) -> bool:
    return status in (GoalStatus.PLANNED.value, GoalStatus.ACTIVE.value)


def is_late(target_on: str | None, status: str, today: date) -> bool:
    """True when the target date has passed and the goal is still open."""
    target = parse_date(target_on)
    return target is not None and target < today and is_open(status)


def days_since(day: str | None, today: date) -> int | None:
    earlier = parse_date(day)
    return None if earlier is None else (today - earlier).days


def review_due(reviewed_on: str | None, today: date, every_days: int = REVIEW_EVERY_DAYS) -> bool:
    """True when the vision was never reviewed or not within ``every_days``."""
    days = days_since(reviewed_on, today)
    return days is None or days >= every_days
