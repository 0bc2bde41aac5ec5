"""What needs me now in every active tandem at once: the all-tandems Overview.

For an assistant with several clients (or a leader with several assistants).
Each tandem is asked the Overview's own questions (``services.overview``), with
my role in that tandem; the answers are merged and sorted across tandems, each
item keeping the tandem it belongs to. Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

from tandem_desktop.domain import feedback_rhythm
from tandem_desktop.domain.feedback_rhythm import DirectionDue
from tandem_desktop.domain.health import review_until
from tandem_desktop.domain.records import Feedback, Question, Tandem, Task
from tandem_desktop.domain.tandem import Role
from tandem_desktop.services.overview import NextCheckIn, OverviewQueries
from tandem_desktop.storage.overview import ReviewDue

T = TypeVar("T")

SHOWN = 8  # items per kind, across all tandems


@dataclass(frozen=True)
class InTandem(Generic[T]):
    """One item and the tandem it belongs to."""

    tandem: Tandem
    item: T


@dataclass(frozen=True)
class FeedbackDue:
    """The direction of a tandem whose feedback is due next, and the last given that way."""

    due: DirectionDue
    last: Feedback | None
    mine: bool  # I am the one to give it


@dataclass
class AllTandems:
    """The all-tandems Overview: the first few of each kind, soonest first, and totals."""

    tandems: list[Tandem] = field(default_factory=list)
    checkins: list[InTandem[NextCheckIn]] = field(default_factory=list)
    tasks: list[InTandem[Task]] = field(default_factory=list)
    open_tasks: int = 0
    overdue_tasks: int = 0
    questions: list[InTandem[Question]] = field(default_factory=list)
    open_questions: int = 0
    reviews: list[InTandem[ReviewDue]] = field(default_factory=list)
    due_reviews: int = 0
    feedback: list[InTandem[FeedbackDue]] = field(default_factory=list)


def _task_order(entry: InTandem[Task]) -> tuple[bool, str, str]:
    return (entry.item.due_on is None, entry.item.due_on or "", entry.item.title.casefold())


def _feedback_due(queries: OverviewQueries, tandem: Tandem, today: date) -> FeedbackDue:
    last = queries.last_feedback(tandem.id)
    status = feedback_rhythm.status(
        {direction.value: (item.given_on if item else None) for direction, item in last.items()},
        tandem.feedback_every_days, today, tandem.started_on)
    me = Role(tandem.my_role)
    # The direction due first; when both are due alike, the one I give.
    due = min(status.by_direction.values(),
              key=lambda d: (d.due_on, d.direction.giver is not me))
    return FeedbackDue(due, last[due.direction], due.direction.giver is me)


def all_tandems(queries: OverviewQueries, now: datetime, today: date, *,
                shown: int = SHOWN) -> AllTandems:
    """Next check-ins, my open tasks, open questions, due reviews and feedback due,
    across every active tandem."""
    result = AllTandems(tandems=queries.store.tandems.active())
    until = review_until(today).isoformat()
    today_iso = today.isoformat()
    for tandem in result.tandems:
        me = tandem.my_role
        found = queries.next_checkin(tandem.id, now)
        if found is not None:
            result.checkins.append(InTandem(tandem, found))
        result.tasks.extend(InTandem(tandem, task)
                            for task in queries.open_tasks(tandem.id, me, limit=shown))
        result.open_tasks += queries.open_task_count(tandem.id, me)
        result.overdue_tasks += queries.overdue_task_count(tandem.id, me, today_iso)
        result.questions.extend(InTandem(tandem, question)
                                for question in queries.open_questions(tandem.id, limit=shown))
        result.open_questions += queries.open_question_count(tandem.id)
        reviews = queries.due_for_review(tandem.id, until)
        result.due_reviews += len(reviews)
        result.reviews.extend(InTandem(tandem, review) for review in reviews[:shown])
        result.feedback.append(InTandem(tandem, _feedback_due(queries, tandem, today)))
    result.checkins.sort(key=lambda entry: entry.item.starts_at)
    result.tasks = sorted(result.tasks, key=_task_order)[:shown]
    result.questions = sorted(result.questions, key=lambda e: e.item.asked_on)[:shown]
    result.reviews = sorted(result.reviews,
                            key=lambda e: (e.item.review_on, e.item.title.casefold()))[:shown]
    result.feedback = sorted(result.feedback, key=lambda e: e.item.due.due_on)[:shown]
    return result

