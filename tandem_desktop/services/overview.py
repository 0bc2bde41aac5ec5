"""What needs attention in one tandem now: the Overview's questions, answered from storage.

Nothing here writes. Each answer comes from named queries of the repositories
(filtered and sorted in SQL); deciding what is overdue or due is left to the
caller and to ``domain.health``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tandem_desktop.domain.clock import utc_stamp
from tandem_desktop.domain.enums import FeedbackDirection
from tandem_desktop.domain.records import Feedback, Goal, Meeting, Question, Task
from tandem_desktop.services.schedule import next_check_in
from tandem_desktop.storage import overview
from tandem_desktop.storage.overview import ReviewDue
from tandem_desktop.storage.store import Store


@dataclass(frozen=True)
class GoalProgress:
    goal: Goal
    progress: int  # 0..100; counted from the goal's tasks when it follows them


@dataclass(frozen=True)
class NextCheckIn:
    """The next check-in: a planned meeting or the next occurrence of a series."""

    table: str  # "meeting" or "checkin_series"
    id: str
    title: str
    starts_at: datetime  # aware
    agenda_items: int  # backlog + the meeting's own items or the series' standing items


class OverviewQueries:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- tasks --------------------------------------------------------------
    def open_tasks(self, tandem_id: str, owner: str, *, limit: int | None = None) -> list[Task]:
        """Open tasks of one person: dated ones by due date first, then undated."""
        return self.store.tasks.open_for(tandem_id, owner, limit=limit)

    def open_task_count(self, tandem_id: str, owner: str) -> int:
        return self.store.tasks.count_open_for(tandem_id, owner)

    def overdue_task_count(self, tandem_id: str, owner: str, today: str) -> int:
        return self.store.tasks.count_overdue_for(tandem_id, owner, today)

    # -- questions ----------------------------------------------------------
    def open_questions(self, tandem_id: str, *, limit: int | None = None) -> list[Question]:
        """Unanswered questions, the longest waiting first."""
        return self.store.questions.open_for(tandem_id, limit=limit)

    def open_question_count(self, tandem_id: str) -> int:
        return self.store.questions.count_open(tandem_id)

    # -- feedback -----------------------------------------------------------
    def last_feedback(self, tandem_id: str) -> dict[FeedbackDirection, Feedback | None]:
        """The most recent feedback in each direction (None when there is none yet)."""
        return {direction: self.store.feedback.latest(tandem_id, direction.value)
                for direction in FeedbackDirection}

    # -- reviews ------------------------------------------------------------
    def due_for_review(self, tandem_id: str, until: str) -> list[ReviewDue]:
        """Rules, areas, access items in use and agreements to review on or before ``until``."""
        return overview.due_for_review(self.store.database, tandem_id, until)

    # -- goals --------------------------------------------------------------
    def active_goals(self, tandem_id: str) -> list[GoalProgress]:
        """Active goals, nearest target first, with progress (from tasks where chosen)."""
        goals = self.store.goals.active_for(tandem_id)
        counts = self.store.tasks.done_by_goal(tandem_id)
        result = []
        for goal in goals:
            progress = goal.progress
            if goal.progress_mode == "tasks":
                done, total = counts.get(goal.id, (0, 0))
                progress = round(100 * done / total) if total else 0
            result.append(GoalProgress(goal, progress))
        return result

    # -- check-ins ----------------------------------------------------------
    def planned_meetings(self, tandem_id: str, after: datetime) -> list[Meeting]:
        return self.store.meetings.planned_after(tandem_id, utc_stamp(after), limit=5)

    def next_checkin(self, tandem_id: str, now: datetime) -> NextCheckIn | None:
        """The next check-in that takes place: a slot of a series, a prepared (maybe
        moved) meeting or a one-off meeting; cancelled ones are skipped.

        A prepared meeting counts its own open items (the backlog joins it); a bare
        slot counts the backlog and the series' standing items.
        """
        upcoming = next_check_in(self.store, tandem_id, now)
        if upcoming is None:
            return None
        backlog = self.store.agenda.count_waiting(tandem_id)
        if upcoming.meeting is not None:
            open_items = self.store.agenda.open_counts([upcoming.meeting.id])
            return NextCheckIn("meeting", upcoming.meeting.id, upcoming.title, upcoming.start,
                               backlog + open_items.get(upcoming.meeting.id, 0))
        assert upcoming.series is not None
        return NextCheckIn("checkin_series", upcoming.series.id, upcoming.title,
                           upcoming.start, backlog + len(upcoming.series.standing_items))
