"""Translated display names for the stored vocabularies (enums, levels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tandem_desktop.domain.delegation import level


def role_name(value: str) -> str:
    return {
        "leader": QCoreApplication.translate("Labels", "Leader"),
        "assistant": QCoreApplication.translate("Labels", "Assistant"),
    }.get(value, value)


def owner_name(value: str) -> str:
    return {
        "leader": QCoreApplication.translate("Labels", "Leader"),
        "assistant": QCoreApplication.translate("Labels", "Assistant"),
        "shared": QCoreApplication.translate("Labels", "Shared"),
    }.get(value, value)


def urgency_name(value: str) -> str:
    return {
        "today": QCoreApplication.translate("Labels", "Today"),
        "week": QCoreApplication.translate("Labels", "This week"),
        "whenever": QCoreApplication.translate("Labels", "Whenever"),
    }.get(value, value)


def question_status_name(value: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "answered": QCoreApplication.translate("Labels", "Answered"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
    }.get(value, value)


def access_kind_name(value: str) -> str:
    return {
        "account": QCoreApplication.translate("Labels", "Account"),
        "system": QCoreApplication.translate("Labels", "System"),
        "document": QCoreApplication.translate("Labels", "Document"),
        "folder": QCoreApplication.translate("Labels", "Folder"),
        "budget": QCoreApplication.translate("Labels", "Budget"),
        "authority": QCoreApplication.translate("Labels", "Authority"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(value, value)


def channel_name(value: str) -> str:
    return {
        "video": QCoreApplication.translate("Labels", "Video call"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "in_person": QCoreApplication.translate("Labels", "In person"),
        "chat": QCoreApplication.translate("Labels", "Chat"),
    }.get(value, value)


def meeting_status_name(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "held": QCoreApplication.translate("Labels", "Held"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value, value)


def agenda_kind_name(value: str) -> str:
    return {
        "topic": QCoreApplication.translate("Labels", "Topic"),
        "question": QCoreApplication.translate("Labels", "Question"),
        "decision": QCoreApplication.translate("Labels", "Decision"),
        "feedback": QCoreApplication.translate("Labels", "Feedback"),
        "priority": QCoreApplication.translate("Labels", "Priority"),
        "info": QCoreApplication.translate("Labels", "Information"),
    }.get(value, value)


def task_status_name(value: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value, value)


def priority_name(value: str) -> str:
    return {
        "high": QCoreApplication.translate("Labels", "High"),
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "low": QCoreApplication.translate("Labels", "Low"),
    }.get(value, value)


def agreement_category_name(value: str) -> str:
    return {
        "availability": QCoreApplication.translate("Labels", "Availability"),
        "response_times": QCoreApplication.translate("Labels", "Response times"),
        "channels": QCoreApplication.translate("Labels", "Which channel for what"),
        "urgent": QCoreApplication.translate("Labels", "Urgent matters"),
        "documentation": QCoreApplication.translate("Labels", "Documentation"),
        "tools": QCoreApplication.translate("Labels", "Tools"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(value, value)


def feedback_kind_name(value: str) -> str:
    return {
        "appreciation": QCoreApplication.translate("Labels", "Appreciation"),
        "suggestion": QCoreApplication.translate("Labels", "Suggestion"),
    }.get(value, value)


def feedback_status_name(value: str) -> str:
    return {
        "noted": QCoreApplication.translate("Labels", "Noted"),
        "discussed": QCoreApplication.translate("Labels", "Discussed"),
    }.get(value, value)


def goal_kind_name(value: str) -> str:
    return {
        "shared": QCoreApplication.translate("Labels", "Shared goal"),
        "development": QCoreApplication.translate("Labels", "Development goal"),
    }.get(value, value)


def goal_status_name(value: str) -> str:
    return {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "dropped": QCoreApplication.translate("Labels", "Dropped"),
    }.get(value, value)


def step_name(value: str) -> str:
    return {
        "trust": QCoreApplication.translate("Labels", "Trust"),
        "communication": QCoreApplication.translate("Labels", "Communication"),
        "feedback": QCoreApplication.translate("Labels", "Feedback"),
        "delegation": QCoreApplication.translate("Labels", "Delegation"),
        "vision": QCoreApplication.translate("Labels", "Vision"),
    }.get(value, value)


def level_name(number: int) -> str:
    names = {
        1: QCoreApplication.translate("Labels", "Tell"),
        2: QCoreApplication.translate("Labels", "Sell"),
        3: QCoreApplication.translate("Labels", "Consult"),
        4: QCoreApplication.translate("Labels", "Agree"),
        5: QCoreApplication.translate("Labels", "Advise"),
        6: QCoreApplication.translate("Labels", "Inquire"),
        7: QCoreApplication.translate("Labels", "Delegate"),
    }
    level(number)  # refuses numbers outside 1..7
    return names[number]


def level_meaning(number: int) -> str:
    meanings = {
        1: QCoreApplication.translate("Labels", "The leader decides and announces it."),
        2: QCoreApplication.translate("Labels", "The leader decides and explains why."),
        3: QCoreApplication.translate("Labels", "The leader asks for input, then decides."),
        4: QCoreApplication.translate("Labels", "Both decide together."),
        5: QCoreApplication.translate(
            "Labels", "The assistant decides after hearing the leader's advice."
        ),
        6: QCoreApplication.translate("Labels", "The assistant decides, then informs the leader."),
        7: QCoreApplication.translate("Labels", "The assistant decides; no need to inform."),
    }
    level(number)
    return meanings[number]


def level_label(number: int) -> str:
    """ "3 · Consult" style label."""
    return f"{number} · {level_name(number)}"


def table_name(table: str) -> str:
    """What one record of a table is called, for the Trash and search results."""
    return {
        "tandem": QCoreApplication.translate("Labels", "Tandem"),
        "question": QCoreApplication.translate("Labels", "Question"),
        "access_item": QCoreApplication.translate("Labels", "Access item"),
        "checkin_series": QCoreApplication.translate("Labels", "Check-in series"),
        "meeting": QCoreApplication.translate("Labels", "Meeting"),
        "agenda_item": QCoreApplication.translate("Labels", "Agenda item"),
        "task": QCoreApplication.translate("Labels", "Task"),
        "agreement": QCoreApplication.translate("Labels", "Working agreement"),
        "feedback": QCoreApplication.translate("Labels", "Feedback"),
        "feedback_prompt": QCoreApplication.translate("Labels", "Feedback prompt"),
        "area": QCoreApplication.translate("Labels", "Area of responsibility"),
        "decision_rule": QCoreApplication.translate("Labels", "Decision rule"),
        "level_change": QCoreApplication.translate("Labels", "Level change"),
        "vision": QCoreApplication.translate("Labels", "Vision"),
        "goal": QCoreApplication.translate("Labels", "Goal"),
        "goal_rule": QCoreApplication.translate("Labels", "Goal rule"),
        "health_check": QCoreApplication.translate("Labels", "Health check"),
    }.get(table, table)
