"""The vocabulary's names (``domain.vocabulary``) in the language the window speaks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tandem_desktop.domain import vocabulary
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

# The translators installed in the application answer.
_translate = QCoreApplication.translate


def role_name(value: str) -> str:
    return vocabulary.name_of(Role, value, _translate)


def owner_name(value: str) -> str:
    return vocabulary.name_of(Owner, value, _translate)


def urgency_name(value: str) -> str:
    return vocabulary.name_of(Urgency, value, _translate)


def question_status_name(value: str) -> str:
    return vocabulary.name_of(QuestionStatus, value, _translate)


def access_kind_name(value: str) -> str:
    return vocabulary.name_of(AccessKind, value, _translate)


def channel_name(value: str) -> str:
    return vocabulary.name_of(Channel, value, _translate)


def meeting_status_name(value: str) -> str:
    return vocabulary.name_of(MeetingStatus, value, _translate)


def agenda_kind_name(value: str) -> str:
    return vocabulary.name_of(AgendaKind, value, _translate)


def task_status_name(value: str) -> str:
    return vocabulary.name_of(TaskStatus, value, _translate)


def priority_name(value: str) -> str:
    return vocabulary.name_of(Priority, value, _translate)


def agreement_category_name(value: str) -> str:
    return vocabulary.name_of(AgreementCategory, value, _translate)


def feedback_kind_name(value: str) -> str:
    return vocabulary.name_of(FeedbackKind, value, _translate)


def feedback_status_name(value: str) -> str:
    return vocabulary.name_of(FeedbackStatus, value, _translate)


def goal_kind_name(value: str) -> str:
    return vocabulary.name_of(GoalKind, value, _translate)


def goal_status_name(value: str) -> str:
    return vocabulary.name_of(GoalStatus, value, _translate)


def step_name(value: str) -> str:
    return vocabulary.name_of(Step, value, _translate)


def level_name(number: int) -> str:
    return vocabulary.level_name(number, _translate)


def level_meaning(number: int) -> str:
    return vocabulary.level_meaning(number, _translate)


def level_label(number: int) -> str:
    """ "3 · Consult" style label."""
    return vocabulary.level_label(number, _translate)


def table_name(table: str) -> str:
    """What one record of a table is called, for the Trash and search results."""
    return vocabulary.record_kind_name(table, _translate)
