"""What the stored values are called: one name per value, for the window and the files.

Every fixed vocabulary (the enums of ``domain.enums``, the delegation levels, the
kinds of record) has its English names here, marked for translation. Each
vocabulary is its own translation context, named after its enum, so that one
English word may read differently in German where the value means something
else (a cancelled meeting is "Abgesagt", a cancelled task "Abgebrochen").

The functions take a ``Translate``: the window hands in its translators', the
files the app writes theirs, tests ``untranslated``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from tandem_desktop.domain.delegation import level
from tandem_desktop.domain.enums import (
    AccessKind,
    AgendaKind,
    AgreementCategory,
    Channel,
    FeedbackKind,
    FeedbackStatus,
    GoalKind,
    GoalStatus,
    MeetingStatus,
    Owner,
    Priority,
    QuestionStatus,
    Role,
    Step,
    TaskStatus,
    Urgency,
)
from tandem_desktop.domain.translation import QT_TRANSLATE_NOOP, Translate

# The English name of every value, per vocabulary; the context is the enum's name.
NAMES: Mapping[type[StrEnum], Mapping[str, str]] = {
    Role: {
        Role.LEADER: QT_TRANSLATE_NOOP("Role", "Leader"),
        Role.ASSISTANT: QT_TRANSLATE_NOOP("Role", "Assistant"),
    },
    Owner: {
        Owner.LEADER: QT_TRANSLATE_NOOP("Owner", "Leader"),
        Owner.ASSISTANT: QT_TRANSLATE_NOOP("Owner", "Assistant"),
        Owner.SHARED: QT_TRANSLATE_NOOP("Owner", "Shared"),
    },
    Urgency: {
        Urgency.TODAY: QT_TRANSLATE_NOOP("Urgency", "Today"),
        Urgency.WEEK: QT_TRANSLATE_NOOP("Urgency", "This week"),
        Urgency.WHENEVER: QT_TRANSLATE_NOOP("Urgency", "Whenever"),
    },
    QuestionStatus: {
        QuestionStatus.OPEN: QT_TRANSLATE_NOOP("QuestionStatus", "Open"),
        QuestionStatus.ANSWERED: QT_TRANSLATE_NOOP("QuestionStatus", "Answered"),
        QuestionStatus.WITHDRAWN: QT_TRANSLATE_NOOP("QuestionStatus", "Withdrawn"),
    },
    AccessKind: {
        AccessKind.ACCOUNT: QT_TRANSLATE_NOOP("AccessKind", "Account"),
        AccessKind.SYSTEM: QT_TRANSLATE_NOOP("AccessKind", "System"),
        AccessKind.DOCUMENT: QT_TRANSLATE_NOOP("AccessKind", "Document"),
        AccessKind.FOLDER: QT_TRANSLATE_NOOP("AccessKind", "Folder"),
        AccessKind.BUDGET: QT_TRANSLATE_NOOP("AccessKind", "Budget"),
        AccessKind.AUTHORITY: QT_TRANSLATE_NOOP("AccessKind", "Authority"),
        AccessKind.CONTACT: QT_TRANSLATE_NOOP("AccessKind", "Contact"),
        AccessKind.OTHER: QT_TRANSLATE_NOOP("AccessKind", "Other"),
    },
    Channel: {
        Channel.VIDEO: QT_TRANSLATE_NOOP("Channel", "Video call"),
        Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "Phone"),
        Channel.IN_PERSON: QT_TRANSLATE_NOOP("Channel", "In person"),
        Channel.CHAT: QT_TRANSLATE_NOOP("Channel", "Chat"),
    },
    MeetingStatus: {
        MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingStatus", "Planned"),
        MeetingStatus.HELD: QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
        MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    },
    AgendaKind: {
        AgendaKind.TOPIC: QT_TRANSLATE_NOOP("AgendaKind", "Topic"),
        AgendaKind.QUESTION: QT_TRANSLATE_NOOP("AgendaKind", "Question"),
        AgendaKind.DECISION: QT_TRANSLATE_NOOP("AgendaKind", "Decision"),
        AgendaKind.FEEDBACK: QT_TRANSLATE_NOOP("AgendaKind", "Feedback"),
        AgendaKind.PRIORITY: QT_TRANSLATE_NOOP("AgendaKind", "Priority"),
        AgendaKind.INFO: QT_TRANSLATE_NOOP("AgendaKind", "Information"),
    },
    TaskStatus: {
        TaskStatus.OPEN: QT_TRANSLATE_NOOP("TaskStatus", "Open"),
        TaskStatus.DONE: QT_TRANSLATE_NOOP("TaskStatus", "Done"),
        TaskStatus.CANCELLED: QT_TRANSLATE_NOOP("TaskStatus", "Cancelled"),
    },
    Priority: {
        Priority.HIGH: QT_TRANSLATE_NOOP("Priority", "High"),
        Priority.NORMAL: QT_TRANSLATE_NOOP("Priority", "Normal"),
        Priority.LOW: QT_TRANSLATE_NOOP("Priority", "Low"),
    },
    AgreementCategory: {
        AgreementCategory.AVAILABILITY: QT_TRANSLATE_NOOP("AgreementCategory", "Availability"),
        AgreementCategory.RESPONSE_TIMES: QT_TRANSLATE_NOOP("AgreementCategory",
                                                            "Response times"),
        AgreementCategory.CHANNELS: QT_TRANSLATE_NOOP("AgreementCategory",
                                                      "Which channel for what"),
        AgreementCategory.URGENT: QT_TRANSLATE_NOOP("AgreementCategory", "Urgent matters"),
        AgreementCategory.DOCUMENTATION: QT_TRANSLATE_NOOP("AgreementCategory", "Documentation"),
        AgreementCategory.TOOLS: QT_TRANSLATE_NOOP("AgreementCategory", "Tools"),
        AgreementCategory.OTHER: QT_TRANSLATE_NOOP("AgreementCategory", "Other"),
    },
    FeedbackKind: {
        FeedbackKind.APPRECIATION: QT_TRANSLATE_NOOP("FeedbackKind", "Appreciation"),
        FeedbackKind.SUGGESTION: QT_TRANSLATE_NOOP("FeedbackKind", "Suggestion"),
    },
    FeedbackStatus: {
        FeedbackStatus.NOTED: QT_TRANSLATE_NOOP("FeedbackStatus", "Noted"),
        FeedbackStatus.DISCUSSED: QT_TRANSLATE_NOOP("FeedbackStatus", "Discussed"),
    },
    GoalKind: {
        GoalKind.SHARED: QT_TRANSLATE_NOOP("GoalKind", "Shared goal"),
        GoalKind.DEVELOPMENT: QT_TRANSLATE_NOOP("GoalKind", "Development goal"),
    },
    GoalStatus: {
        GoalStatus.PLANNED: QT_TRANSLATE_NOOP("GoalStatus", "Planned"),
        GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("GoalStatus", "Active"),
        GoalStatus.DONE: QT_TRANSLATE_NOOP("GoalStatus", "Done"),
        GoalStatus.DROPPED: QT_TRANSLATE_NOOP("GoalStatus", "Dropped"),
    },
    Step: {
        Step.TRUST: QT_TRANSLATE_NOOP("Step", "Trust"),
        Step.COMMUNICATION: QT_TRANSLATE_NOOP("Step", "Communication"),
        Step.FEEDBACK: QT_TRANSLATE_NOOP("Step", "Feedback"),
        Step.DELEGATION: QT_TRANSLATE_NOOP("Step", "Delegation"),
        Step.VISION: QT_TRANSLATE_NOOP("Step", "Vision"),
    },
}

# The seven levels by number: (name, one-line meaning).
LEVEL_NAMES: Mapping[int, tuple[str, str]] = {
    1: (QT_TRANSLATE_NOOP("DelegationLevel", "Tell"),
        QT_TRANSLATE_NOOP("DelegationLevel", "The leader decides and announces it.")),
    2: (QT_TRANSLATE_NOOP("DelegationLevel", "Sell"),
        QT_TRANSLATE_NOOP("DelegationLevel", "The leader decides and explains why.")),
    3: (QT_TRANSLATE_NOOP("DelegationLevel", "Consult"),
        QT_TRANSLATE_NOOP("DelegationLevel", "The leader asks for input, then decides.")),
    4: (QT_TRANSLATE_NOOP("DelegationLevel", "Agree"),
        QT_TRANSLATE_NOOP("DelegationLevel", "Both decide together.")),
    5: (QT_TRANSLATE_NOOP("DelegationLevel", "Advise"),
        QT_TRANSLATE_NOOP("DelegationLevel",
                          "The assistant decides after hearing the leader's advice.")),
    6: (QT_TRANSLATE_NOOP("DelegationLevel", "Inquire"),
        QT_TRANSLATE_NOOP("DelegationLevel", "The assistant decides, then informs the leader.")),
    7: (QT_TRANSLATE_NOOP("DelegationLevel", "Delegate"),
        QT_TRANSLATE_NOOP("DelegationLevel", "The assistant decides; no need to inform.")),
}

# What one record of each table is called (the Trash, search results).
RECORD_KINDS: Mapping[str, str] = {
    "tandem": QT_TRANSLATE_NOOP("RecordKind", "Tandem"),
    "question": QT_TRANSLATE_NOOP("RecordKind", "Question"),
    "access_item": QT_TRANSLATE_NOOP("RecordKind", "Access item"),
    "checkin_series": QT_TRANSLATE_NOOP("RecordKind", "Check-in series"),
    "meeting": QT_TRANSLATE_NOOP("RecordKind", "Meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("RecordKind", "Agenda item"),
    "task": QT_TRANSLATE_NOOP("RecordKind", "Task"),
    "agreement": QT_TRANSLATE_NOOP("RecordKind", "Working agreement"),
    "feedback": QT_TRANSLATE_NOOP("RecordKind", "Feedback"),
    "feedback_prompt": QT_TRANSLATE_NOOP("RecordKind", "Feedback prompt"),
    "area": QT_TRANSLATE_NOOP("RecordKind", "Area of responsibility"),
    "decision_rule": QT_TRANSLATE_NOOP("RecordKind", "Decision rule"),
    "level_change": QT_TRANSLATE_NOOP("RecordKind", "Level change"),
    "vision": QT_TRANSLATE_NOOP("RecordKind", "Vision"),
    "goal": QT_TRANSLATE_NOOP("RecordKind", "Goal"),
    "goal_rule": QT_TRANSLATE_NOOP("RecordKind", "Goal rule"),
    "health_check": QT_TRANSLATE_NOOP("RecordKind", "Health check"),
}


def name(value: StrEnum, translate: Translate) -> str:
    """The name of one value, e.g. ``name(TaskStatus.DONE, translate)`` → "Done"."""
    vocabulary = type(value)
    return translate(vocabulary.__name__, NAMES[vocabulary][value])


def name_of(vocabulary: type[StrEnum], value: str | None, translate: Translate) -> str:
    """The name of a stored ``value`` of ``vocabulary``: empty for none, and a value
    this version does not know (from a newer partner's file) as it is."""
    if not value:
        return ""
    source = NAMES[vocabulary].get(value)
    return value if source is None else translate(vocabulary.__name__, source)


def level_name(number: int, translate: Translate) -> str:
    """ "Consult" for 3; refuses numbers outside 1..7."""
    level(number)
    return translate("DelegationLevel", LEVEL_NAMES[number][0])


def level_meaning(number: int, translate: Translate) -> str:
    """What the level means, in one sentence."""
    level(number)
    return translate("DelegationLevel", LEVEL_NAMES[number][1])


def level_label(number: int | None, translate: Translate) -> str:
    """ "3 · Consult"; empty for no level."""
    if number is None:
        return ""
    return f"{number} · {level_name(number, translate)}"


def record_kind_name(table: str, translate: Translate) -> str:
    """What one record of ``table`` is called: "Decision rule" for decision_rule."""
    source = RECORD_KINDS.get(table)
    return table if source is None else translate("RecordKind", source)
