"""The fixed vocabularies of the app, stored as the lowercase values below.

Display names are translated in the UI; these values never change once shipped.
"""

from __future__ import annotations

from enum import StrEnum

from tandem_desktop.domain.tandem import Role as Role  # with the tandem it describes


class Owner(StrEnum):
    """Who holds an area of responsibility."""

    LEADER = "leader"
    ASSISTANT = "assistant"
    SHARED = "shared"


class Urgency(StrEnum):
    TODAY = "today"
    WEEK = "week"
    WHENEVER = "whenever"


class QuestionStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    WITHDRAWN = "withdrawn"


class AccessKind(StrEnum):
    ACCOUNT = "account"
    SYSTEM = "system"
    DOCUMENT = "document"
    FOLDER = "folder"
    BUDGET = "budget"
    AUTHORITY = "authority"
    CONTACT = "contact"
    OTHER = "other"


class Channel(StrEnum):
    VIDEO = "video"
    PHONE = "phone"
    IN_PERSON = "in_person"
    CHAT = "chat"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AgendaKind(StrEnum):
    TOPIC = "topic"
    QUESTION = "question"
    DECISION = "decision"
    FEEDBACK = "feedback"
    PRIORITY = "priority"
    INFO = "info"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class AgreementCategory(StrEnum):
    AVAILABILITY = "availability"
    RESPONSE_TIMES = "response_times"
    CHANNELS = "channels"
    URGENT = "urgent"
    DOCUMENTATION = "documentation"
    TOOLS = "tools"
    OTHER = "other"


class FeedbackDirection(StrEnum):
    LEADER_TO_ASSISTANT = "leader_to_assistant"
    ASSISTANT_TO_LEADER = "assistant_to_leader"

    @staticmethod
    def given_by(role: Role) -> FeedbackDirection:
        if role is Role.LEADER:
            return FeedbackDirection.LEADER_TO_ASSISTANT
        return FeedbackDirection.ASSISTANT_TO_LEADER

    @property
    def giver(self) -> Role:
        return Role.LEADER if self is FeedbackDirection.LEADER_TO_ASSISTANT else Role.ASSISTANT


class FeedbackKind(StrEnum):
    APPRECIATION = "appreciation"
    SUGGESTION = "suggestion"


class FeedbackStatus(StrEnum):
    NOTED = "noted"
    DISCUSSED = "discussed"


class GoalKind(StrEnum):
    SHARED = "shared"
    DEVELOPMENT = "development"


class GoalStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    DONE = "done"
    DROPPED = "dropped"


class ProgressMode(StrEnum):
    MANUAL = "manual"
    TASKS = "tasks"


class Step(StrEnum):
    """The five steps of the partnership, in their order."""

    TRUST = "trust"
    COMMUNICATION = "communication"
    FEEDBACK = "feedback"
    DELEGATION = "delegation"
    VISION = "vision"
