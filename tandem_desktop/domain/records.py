"""One dataclass per kind of record, mirroring the tables of the schema.

Dates are ISO dates (``2026-11-29``), instants ISO 8601 in UTC
(``2026-11-29T18:43:28Z``). ``id``, the timestamps and ``deleted_at`` are
stamped by the repositories; code that creates a record leaves them empty.
The shared fields and the tandem itself live in ``domain.tandem`` and are
re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tandem_desktop.domain.enums import (
    AgendaKind,
    FeedbackKind,
    FeedbackStatus,
    GoalKind,
    GoalStatus,
    MeetingStatus,
    Priority,
    ProgressMode,
    QuestionStatus,
    TaskStatus,
    Urgency,
)
from tandem_desktop.domain.tandem import Record, Tandem, TandemRecord

__all__ = [
    "AccessItem", "AgendaItem", "Agreement", "Area", "CheckInSeries", "DecisionRule",
    "Feedback", "FeedbackPrompt", "Goal", "GoalRule", "HealthCheck", "LevelChange",
    "Meeting", "Question", "Record", "Tandem", "TandemRecord", "Task", "Vision",
]


@dataclass(kw_only=True)
class Question(TandemRecord):
    text: str
    context: str = ""
    asked_by: str
    asked_on: str
    urgency: str = Urgency.WHENEVER.value
    status: str = QuestionStatus.OPEN.value
    answer: str = ""
    answered_on: str | None = None


@dataclass(kw_only=True)
class AccessItem(TandemRecord):
    title: str
    kind: str
    scope: str = ""
    granted_on: str | None = None
    review_months: int | None = None
    review_on: str | None = None
    revoked_on: str | None = None
    area_id: str | None = None
    notes: str = ""


@dataclass(kw_only=True)
class CheckInSeries(TandemRecord):
    title: str
    rrule: str
    first_start: str  # local wall-clock date-time, e.g. 2026-01-05T09:00
    time_zone: str
    duration_minutes: int = 30
    channel: str = "video"
    location: str = ""
    standing_items: list[str] = field(default_factory=list)
    reminder_minutes: int | None = None
    active: bool = True


@dataclass(kw_only=True)
class Meeting(TandemRecord):
    series_id: str | None = None
    starts_at: str  # UTC instant
    # The slot of the series this meeting stands for (UTC, as the rule produced
    # it); differs from starts_at once moved. None for a one-off meeting.
    occurrence_start: str | None = None
    duration_minutes: int = 30
    title: str = ""
    status: str = MeetingStatus.PLANNED.value
    shared_notes: str = ""
    private_notes: str = ""
    rating: int | None = None
    retro_note: str = ""
    cancel_note: str = ""
    actual_minutes: int | None = None  # how long it really took


@dataclass(kw_only=True)
class AgendaItem(TandemRecord):
    meeting_id: str | None = None  # None: the backlog for the next check-in
    text: str
    kind: str = AgendaKind.TOPIC.value
    source_kind: str | None = None  # question | feedback | decision_rule | goal | standing
    source_id: str | None = None
    added_by: str
    discussed: bool = False
    outcome: str = ""
    position: int = 0
    # Meetings this item was left undiscussed in before it moved on, oldest first.
    carried_from: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Task(TandemRecord):
    title: str
    owner: str
    due_on: str | None = None
    priority: str = Priority.NORMAL.value
    status: str = TaskStatus.OPEN.value
    done_on: str | None = None
    area_id: str | None = None
    goal_id: str | None = None
    meeting_id: str | None = None
    rule_id: str | None = None
    notes: str = ""


@dataclass(kw_only=True)
class Agreement(TandemRecord):
    category: str
    text: str
    agreed_on: str | None = None
    review_on: str | None = None


@dataclass(kw_only=True)
class Feedback(TandemRecord):
    direction: str
    kind: str = FeedbackKind.APPRECIATION.value
    given_on: str
    situation: str = ""
    behaviour: str = ""
    impact: str = ""
    request: str = ""
    status: str = FeedbackStatus.NOTED.value
    meeting_id: str | None = None
    private: bool = False
    asked_for: bool = False  # the receiver asked for this feedback


@dataclass(kw_only=True)
class FeedbackPrompt(TandemRecord):
    text: str
    position: int = 0


@dataclass(kw_only=True)
class Area(TandemRecord):
    name: str
    description: str = ""
    owner: str
    since: str | None = None
    review_on: str | None = None


@dataclass(kw_only=True)
class DecisionRule(TandemRecord):
    decision: str
    area_id: str | None = None
    level: int
    target_level: int | None = None
    limits: str = ""
    examples: str = ""
    agreed_on: str | None = None
    review_on: str | None = None


@dataclass(kw_only=True)
class LevelChange(TandemRecord):
    rule_id: str
    changed_on: str
    from_level: int | None
    to_level: int
    note: str = ""


@dataclass(kw_only=True)
class Vision(TandemRecord):
    """One saved version of the vision; the newest is the current one."""

    statement: str
    horizon: str = ""
    why: str = ""
    assistant_role: str = ""
    saved_on: str


@dataclass(kw_only=True)
class Goal(TandemRecord):
    title: str
    description: str = ""
    kind: str = GoalKind.SHARED.value
    target_on: str | None = None
    progress: int = 0
    progress_mode: str = ProgressMode.MANUAL.value
    status: str = GoalStatus.ACTIVE.value
    contribution: str = ""
    area_id: str | None = None


@dataclass(kw_only=True)
class GoalRule(TandemRecord):
    """A decision rule whose target level a development goal aims for."""

    goal_id: str
    rule_id: str


@dataclass(kw_only=True)
class HealthCheck(TandemRecord):
    taken_on: str
    by_role: str
    trust: float
    communication: float
    feedback: float
    delegation: float
    vision: float
    answers: dict[str, int] = field(default_factory=dict)
    note: str = ""
