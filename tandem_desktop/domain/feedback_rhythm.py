"""The agreed feedback rhythm and the balance of feedback between the partners.

Pure rules, no storage and no Qt: the Feedback tab and the Overview feed in what
the repositories found (last dates, counts) and show what comes back.

The rhythm: the tandem agrees to exchange feedback every N days. Each direction
is due N days after feedback last went that way; the next due date is the
earlier of the two, so one direction falling silent makes the rhythm overdue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tandem_desktop.domain.enums import FeedbackDirection, FeedbackKind, Role

BALANCE_DAYS = 90


def as_date(value: date | str | None) -> date | None:
    """An ISO date string (or a date) as a date; None stays None."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def balance_since(today: date) -> date:
    """The first day of the balance window: the last BALANCE_DAYS days, today included."""
    return today - timedelta(days=BALANCE_DAYS - 1)


@dataclass(frozen=True)
class DirectionDue:
    """When feedback last went one way and when it is due that way again."""

    direction: FeedbackDirection
    last_on: date | None
    due_on: date
    overdue: bool
    days_overdue: int


@dataclass(frozen=True)
class RhythmStatus:
    every_days: int
    next_due: date
    overdue: bool
    days_overdue: int
    by_direction: dict[FeedbackDirection, DirectionDue]

    @property
    def last_on(self) -> date | None:
        """The latest feedback in either direction."""
        dates = [due.last_on for due in self.by_direction.values() if due.last_on]
        return max(dates) if dates else None


def status(
    last_given_by_direction: Mapping[str, date | str | None],
    every_days: int,
    today: date,
    started_on: date | str | None = None,
) -> RhythmStatus:
    """Where the tandem stands against its agreed feedback rhythm.

    ``last_given_by_direction`` maps a direction value (``leader_to_assistant``,
    ``assistant_to_leader``) to the date feedback last went that way (or None).
    A direction without any feedback is due ``every_days`` after the tandem
    started, or today when the start is unknown.
    """
    if every_days < 1:
        raise ValueError("every_days must be at least 1")
    start = as_date(started_on)
    by_direction: dict[FeedbackDirection, DirectionDue] = {}
    for direction in FeedbackDirection:
        last = as_date(last_given_by_direction.get(direction.value))
        if last is not None:
            due = last + timedelta(days=every_days)
        elif start is not None:
            due = start + timedelta(days=every_days)
        else:
            due = today
        late = max((today - due).days, 0)
        by_direction[direction] = DirectionDue(direction, last, due, late > 0, late)
    next_due = min(due.due_on for due in by_direction.values())
    late = max((today - next_due).days, 0)
    return RhythmStatus(every_days, next_due, late > 0, late, by_direction)


class HintCode(StrEnum):
    NOTHING = "nothing"  # no feedback at all in the balance window
    ONE_WAY = "one_way"  # feedback went only in ``direction``
    ONLY_SUGGESTIONS = "only_suggestions"  # everything given in ``direction`` was a suggestion
    NOT_ASKED = "not_asked"  # I have not asked for feedback for longer than the rhythm


@dataclass(frozen=True)
class BalanceHint:
    code: HintCode
    direction: FeedbackDirection | None = None


def balance_hints(
    counts: Mapping[tuple[str, str], int],
    my_role: Role | str,
    last_asked_on: date | str | None,
    every_days: int,
    today: date,
    started_on: date | str | None = None,
) -> list[BalanceHint]:
    """What deserves a word about the balance of the last BALANCE_DAYS days.

    ``counts`` maps (direction, kind) to the number of entries in the window;
    ``last_asked_on`` is when I last received feedback that I had asked for.
    """
    hints: list[BalanceHint] = []
    per_direction = {
        direction: sum(counts.get((direction.value, kind.value), 0) for kind in FeedbackKind)
        for direction in FeedbackDirection
    }
    if not any(per_direction.values()):
        hints.append(BalanceHint(HintCode.NOTHING))
    else:
        flowing = [direction for direction, total in per_direction.items() if total]
        if len(flowing) == 1:
            hints.append(BalanceHint(HintCode.ONE_WAY, flowing[0]))
        for direction in flowing:
            appreciation = counts.get((direction.value, FeedbackKind.APPRECIATION.value), 0)
            if appreciation == 0:
                hints.append(BalanceHint(HintCode.ONLY_SUGGESTIONS, direction))
    reference = as_date(last_asked_on) or as_date(started_on)
    if reference is None or (today - reference).days > every_days:
        hints.append(BalanceHint(HintCode.NOT_ASKED, FeedbackDirection.given_by(
            Role(my_role).partner)))
    return hints
