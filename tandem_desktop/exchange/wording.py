"""Display names of stored values for files the app writes (handbook, CSV).

The exchange layer may not use the UI's labels module, so the names it prints
live here, translated in the "Wording" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tandem_desktop.domain.delegation import level

# lupdate finds translate("Context", "text") calls by this name.
translate = QCoreApplication.translate


def _pick(value: str | None, names: dict[str, str]) -> str:
    if value is None:
        return ""
    return names.get(value, value)


def role_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "leader": translate("Wording", "Leader"),
            "assistant": translate("Wording", "Assistant"),
            "shared": translate("Wording", "Both"),
        },
    )


def urgency_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "today": translate("Wording", "Today"),
            "week": translate("Wording", "This week"),
            "whenever": translate("Wording", "Whenever"),
        },
    )


def question_status_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "open": translate("Wording", "Open"),
            "answered": translate("Wording", "Answered"),
            "withdrawn": translate("Wording", "Withdrawn"),
        },
    )


def access_kind_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "account": translate("Wording", "Account"),
            "system": translate("Wording", "System"),
            "document": translate("Wording", "Document"),
            "folder": translate("Wording", "Folder"),
            "budget": translate("Wording", "Budget"),
            "authority": translate("Wording", "Authority"),
            "contact": translate("Wording", "Contact"),
            "other": translate("Wording", "Other"),
        },
    )


def channel_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "video": translate("Wording", "Video call"),
            "phone": translate("Wording", "Phone"),
            "in_person": translate("Wording", "In person"),
            "chat": translate("Wording", "Chat"),
        },
    )


def task_status_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "open": translate("Wording", "Open"),
            "done": translate("Wording", "Done"),
            "cancelled": translate("Wording", "Cancelled"),
        },
    )


def priority_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "high": translate("Wording", "High"),
            "normal": translate("Wording", "Normal"),
            "low": translate("Wording", "Low"),
        },
    )


def agreement_category_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "availability": translate("Wording", "Availability"),
            "response_times": translate("Wording", "Response times"),
            "channels": translate("Wording", "Which channel for what"),
            "urgent": translate("Wording", "Urgent matters"),
            "documentation": translate("Wording", "Documentation"),
            "tools": translate("Wording", "Tools"),
            "other": translate("Wording", "Other"),
        },
    )


def feedback_kind_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "appreciation": translate("Wording", "Appreciation"),
            "suggestion": translate("Wording", "Suggestion"),
        },
    )


def feedback_status_name(value: str | None) -> str:
    return _pick(
        value,
        {"noted": translate("Wording", "Noted"), "discussed": translate("Wording", "Discussed")},
    )


def goal_kind_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "shared": translate("Wording", "Shared goal"),
            "development": translate("Wording", "Development goal"),
        },
    )


def goal_status_name(value: str | None) -> str:
    return _pick(
        value,
        {
            "planned": translate("Wording", "Planned"),
            "active": translate("Wording", "Active"),
            "done": translate("Wording", "Done"),
            "dropped": translate("Wording", "Dropped"),
        },
    )


def level_name(number: int) -> str:
    names = {
        1: translate("Wording", "Tell"),
        2: translate("Wording", "Sell"),
        3: translate("Wording", "Consult"),
        4: translate("Wording", "Agree"),
        5: translate("Wording", "Advise"),
        6: translate("Wording", "Inquire"),
        7: translate("Wording", "Delegate"),
    }
    level(number)  # refuses numbers outside 1..7
    return names[number]


def level_meaning(number: int) -> str:
    meanings = {
        1: translate("Wording", "The leader decides and announces it."),
        2: translate("Wording", "The leader decides and explains why."),
        3: translate("Wording", "The leader asks for input, then decides."),
        4: translate("Wording", "Both decide together."),
        5: translate("Wording", "The assistant decides after hearing the leader's advice."),
        6: translate("Wording", "The assistant decides, then informs the leader."),
        7: translate("Wording", "The assistant decides; no need to inform."),
    }
    level(number)
    return meanings[number]


def level_label(number: int | None) -> str:
    """ "3 · Consult"; empty for no level."""
    if number is None:
        return ""
    return f"{number} · {level_name(number)}"
