"""The translated "what to do now" sentence for a delegation level, addressed by name.

Every string is spelled out in a QCoreApplication.translate call of its own so
that lupdate finds it (context "DecisionAdvice").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tandem_desktop.domain.decision_advice import advice_for
from tandem_desktop.domain.enums import Role


def _for_assistant(level: int) -> str:
    return {
        1: QCoreApplication.translate(
            "DecisionAdvice", "{leader} decides and tells you. Leave this decision to {leader}."),
        2: QCoreApplication.translate(
            "DecisionAdvice",
            "{leader} decides and explains why. Leave this decision to {leader}."),
        3: QCoreApplication.translate("DecisionAdvice", "Ask {leader} first; {leader} decides."),
        4: QCoreApplication.translate(
            "DecisionAdvice", "Talk to {leader} first: you decide this together."),
        5: QCoreApplication.translate(
            "DecisionAdvice", "Ask {leader} for advice, then you decide."),
        6: QCoreApplication.translate("DecisionAdvice", "Decide, then inform {leader}."),
        7: QCoreApplication.translate(
            "DecisionAdvice", "Decide on your own; no need to inform {leader}."),
    }[level]


def _for_leader(level: int) -> str:
    return {
        1: QCoreApplication.translate("DecisionAdvice", "You decide and tell {assistant}."),
        2: QCoreApplication.translate(
            "DecisionAdvice", "You decide and explain your reasons to {assistant}."),
        3: QCoreApplication.translate(
            "DecisionAdvice", "Ask {assistant} for input, then you decide."),
        4: QCoreApplication.translate("DecisionAdvice", "Decide together with {assistant}."),
        5: QCoreApplication.translate(
            "DecisionAdvice", "{assistant} decides after hearing your advice."),
        6: QCoreApplication.translate("DecisionAdvice", "{assistant} decides, then informs you."),
        7: QCoreApplication.translate(
            "DecisionAdvice", "{assistant} decides; you need not be told."),
    }[level]


def advice_sentence(level: int, viewer: Role, leader: str, assistant: str) -> str:
    """What to do now at ``level``, worded for ``viewer`` and naming the partner."""
    advice_for(level, viewer)  # refuses levels outside 1..7
    template = _for_assistant(level) if viewer is Role.ASSISTANT else _for_leader(level)
    return template.format(
        leader=leader or QCoreApplication.translate("DecisionAdvice", "your leader"),
        assistant=assistant or QCoreApplication.translate("DecisionAdvice", "your assistant"))


def no_rule_sentence() -> str:
    return QCoreApplication.translate(
        "DecisionAdvice", "No rule yet — ask, and consider agreeing one.")
