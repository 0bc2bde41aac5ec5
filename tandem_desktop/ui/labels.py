"""Translated display names for the stored vocabularies (enums, levels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tandem_desktop.domain.delegation import level


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_name(value: str) -> str:
    return {"leader": _t("Leader"), "assistant": _t("Assistant")}.get(value, value)


def owner_name(value: str) -> str:
    return {"leader": _t("Leader"), "assistant": _t("Assistant"), "shared": _t("Shared")}.get(
        value, value
    )


def urgency_name(value: str) -> str:
    return {"today": _t("Today"), "week": _t("This week"), "whenever": _t("Whenever")}.get(
        value, value
    )


def question_status_name(value: str) -> str:
    return {"open": _t("Open"), "answered": _t("Answered"), "withdrawn": _t("Withdrawn")}.get(
        value, value
    )


def access_kind_name(value: str) -> str:
    return {
        "account": _t("Account"),
        "system": _t("System"),
        "document": _t("Document"),
        "folder": _t("Folder"),
        "budget": _t("Budget"),
        "authority": _t("Authority"),
        "contact": _t("Contact"),
        "other": _t("Other"),
    }.get(value, value)


def channel_name(value: str) -> str:
    return {
        "video": _t("Video call"),
        "phone": _t("Phone"),
        "in_person": _t("In person"),
        "chat": _t("Chat"),
    }.get(value, value)


def meeting_status_name(value: str) -> str:
    return {"planned": _t("Planned"), "held": _t("Held"), "cancelled": _t("Cancelled")}.get(
        value, value
    )


def agenda_kind_name(value: str) -> str:
    return {
        "topic": _t("Topic"),
        "question": _t("Question"),
        "decision": _t("Decision"),
        "feedback": _t("Feedback"),
        "priority": _t("Priority"),
        "info": _t("Information"),
    }.get(value, value)


def task_status_name(value: str) -> str:
    return {"open": _t("Open"), "done": _t("Done"), "cancelled": _t("Cancelled")}.get(
        value, value
    )


def priority_name(value: str) -> str:
    return {"high": _t("High"), "normal": _t("Normal"), "low": _t("Low")}.get(value, value)


def agreement_category_name(value: str) -> str:
    return {
        "availability": _t("Availability"),
        "response_times": _t("Response times"),
        "channels": _t("Which channel for what"),
        "urgent": _t("Urgent matters"),
        "documentation": _t("Documentation"),
        "tools": _t("Tools"),
        "other": _t("Other"),
    }.get(value, value)


def feedback_kind_name(value: str) -> str:
    return {"appreciation": _t("Appreciation"), "suggestion": _t("Suggestion")}.get(value, value)


def feedback_status_name(value: str) -> str:
    return {"noted": _t("Noted"), "discussed": _t("Discussed")}.get(value, value)


def goal_kind_name(value: str) -> str:
    return {"shared": _t("Shared goal"), "development": _t("Development goal")}.get(value, value)


def goal_status_name(value: str) -> str:
    return {
        "planned": _t("Planned"),
        "active": _t("Active"),
        "done": _t("Done"),
        "dropped": _t("Dropped"),
    }.get(value, value)


def step_name(value: str) -> str:
    return {
        "trust": _t("Trust"),
        "communication": _t("Communication"),
        "feedback": _t("Feedback"),
        "delegation": _t("Delegation"),
        "vision": _t("Vision"),
    }.get(value, value)


def level_name(number: int) -> str:
    names = {
        1: _t("Tell"),
        2: _t("Sell"),
        3: _t("Consult"),
        4: _t("Agree"),
        5: _t("Advise"),
        6: _t("Inquire"),
        7: _t("Delegate"),
    }
    level(number)  # refuses numbers outside 1..7
    return names[number]


def level_meaning(number: int) -> str:
    meanings = {
        1: _t("The leader decides and announces it."),
        2: _t("The leader decides and explains why."),
        3: _t("The leader asks for input, then decides."),
        4: _t("Both decide together."),
        5: _t("The assistant decides after hearing the leader's advice."),
        6: _t("The assistant decides, then informs the leader."),
        7: _t("The assistant decides; no need to inform."),
    }
    level(number)
    return meanings[number]


def level_label(number: int) -> str:
    """"3 · Consult" style label."""
    return f"{number} · {level_name(number)}"


def table_name(table: str) -> str:
    """What one record of a table is called, for the Trash and search results."""
    return {
        "tandem": _t("Tandem"),
        "question": _t("Question"),
        "access_item": _t("Access item"),
        "checkin_series": _t("Check-in series"),
        "meeting": _t("Meeting"),
        "agenda_item": _t("Agenda item"),
        "task": _t("Task"),
        "agreement": _t("Working agreement"),
        "feedback": _t("Feedback"),
        "feedback_prompt": _t("Feedback prompt"),
        "area": _t("Area of responsibility"),
        "decision_rule": _t("Decision rule"),
        "level_change": _t("Level change"),
        "vision": _t("Vision"),
        "goal": _t("Goal"),
        "goal_rule": _t("Goal rule"),
        "health_check": _t("Health check"),
    }.get(table, table)
