"""The short explanation of a step, shown at the top of its tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tandem_desktop.ui.widgets import heading, plain_label


def _t(text: str) -> str:
    return QCoreApplication.translate("StepIntro", text)


def step_texts() -> dict[str, tuple[str, str]]:
    """Title and one-paragraph explanation of each step, in the app's own words."""
    return {
        "trust": (
            _t("1 · Trust"),
            _t(
                "Trust grows when responsibility comes with the authority to act, when "
                "information flows openly, and when no question is too small to ask. "
                "Collect questions, answer them once for good, and keep an open record of "
                "which accounts, systems and budgets you share."
            ),
        ),
        "communication": (
            _t("2 · Communication"),
            _t(
                "Misunderstandings cost the most time. Meet on a rhythm that suits the two "
                "of you, keep one agenda that nothing falls off, agree how you reach each "
                "other, and look back now and then at what would make your check-ins better."
            ),
        ),
        "feedback": (
            _t("3 · Feedback"),
            _t(
                "A partnership improves through honest feedback in both directions: the "
                "leader gives it and asks for it. Note it while it is fresh, agree a rhythm "
                "for talking about it, and keep an eye on the balance."
            ),
        ),
        "delegation": (
            _t("4 · Delegation"),
            _t(
                "Handing over tasks is not yet delegation: responsibility has to come with "
                "decisions. Agree which decisions the assistant takes alone and which need "
                "a word first, on seven levels from 'the leader decides' to 'the assistant "
                "decides'."
            ),
        ),
        "vision": (
            _t("5 · Vision"),
            _t(
                "A pair that knows where it is heading becomes a partnership of equals. "
                "Write down where the leader wants to go, what part the assistant plays in "
                "it, and the goals on the way there."
            ),
        ),
    }


class StepIntro(QWidget):
    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, text = step_texts()[step]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, self))
        body = plain_label(text, self)
        body.setObjectName("stepExplanation")
        layout.addWidget(body)
