"""What the once-a-day reminders look for: the kinds, and how long a question may wait.

Plain rules; ``services.reminders`` finds the records and the window words them.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from tandem_desktop.domain.enums import Urgency


class ReminderKind(StrEnum):
    """Each kind can be switched off on its own in Settings."""

    FEEDBACK = "feedback"  # feedback due by the agreed rhythm
    REVIEWS = "reviews"  # rules, access items, agreements, areas, the vision
    QUESTIONS = "questions"  # open longer than their urgency allows


# How many days a question may stay open, by its urgency.
QUESTION_MAY_WAIT_DAYS = {
    Urgency.TODAY.value: 1,
    Urgency.WEEK.value: 7,
    Urgency.WHENEVER.value: 30,
}


def days_waiting_too_long(urgency: str, asked_on: str, today: date) -> int:
    """How many days a question has waited beyond what its urgency allows (0: not yet)."""
    allowed = QUESTION_MAY_WAIT_DAYS.get(urgency, QUESTION_MAY_WAIT_DAYS[Urgency.WHENEVER.value])
    try:
        waited = (today - date.fromisoformat(asked_on[:10])).days
    except ValueError:
        return 0
    return max(0, waited - allowed)
