"""What needs attention in one tandem now: the Overview's questions, answered from storage.

Nothing here writes. Each answer comes from named queries of the repositories
(filtered and sorted in SQL); deciding what is overdue or due is left to the
caller and to ``domain.health``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tandem_desktop.domain.clock import parse_stamp, utc_stamp
from tandem_desktop.domain.enums import FeedbackDirection
from tandem_desktop.domain.records import CheckInSeries, Feedback, Goal, Meeting, Question, Task
from tandem_desktop.domain.recurrence import next_occurrence
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
        # Series -> (the series as it was, when asked, its next start then). Expanding a
        # rule from its first start costs milliseconds; the answer holds until that
        # start has passed or the series changes (kept for as long as this object lives).
        self._next_starts: dict[str, tuple[CheckInSeries, datetime, datetime | None]] = {}

    def _next_start(self, series: CheckInSeries, now: datetime) -> datetime | None:
        cached = self._next_starts.get(series.id)
        if cached is not None:
            known, asked, starts = cached
            if known == series and asked <= now and (starts is None or now < starts):
                return starts
        starts = next_occurrence(series, now)
        self._next_starts[series.id] = (series, now, starts)
        return starts

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
        """The earliest upcoming check-in: a planned meeting or a series' next start.

        A planned meeting that falls on a series occurrence stands for it, so
        its own agenda counts; a bare occurrence counts the series' standing items.
        """
        backlog = self.store.agenda.count_waiting(tandem_id)
        # One query each for the series, the meetings and their open items, not one per meeting.
        all_series = self.store.series.for_tandem(tandem_id)
        titles = {series.id: series.title for series in all_series}
        meetings = self.planned_meetings(tandem_id, now)
        open_items = self.store.agenda.open_counts([meeting.id for meeting in meetings])
        candidates: list[NextCheckIn] = []
        planned: set[tuple[str | None, datetime]] = set()
        for meeting in meetings:
            starts = parse_stamp(meeting.starts_at)
            planned.add((meeting.series_id, starts))
            title = meeting.title
            if not title and meeting.series_id:
                title = titles.get(meeting.series_id, "")
            candidates.append(NextCheckIn(
                "meeting", meeting.id, title, starts,
                backlog + open_items.get(meeting.id, 0),
            ))
        for series in all_series:
            if not series.active:
                continue
            starts_at = self._next_start(series, now)
            if starts_at is None or (series.id, starts_at) in planned:
                continue
            candidates.append(NextCheckIn(
                "checkin_series", series.id, series.title, starts_at,
                backlog + len(series.standing_items),
            ))
        if not candidates:
            return None
        return min(candidates, key=lambda candidate: candidate.starts_at)
