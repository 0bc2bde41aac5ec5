"""The short explanation of a step, shown at the top of its tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget


def step_texts() -> dict[str, tuple[str, str]]:
    """Title and one-paragraph explanation of each step, in the app's own words."""
    return {
        "trust": (
            QCoreApplication.translate("StepIntro", "1 · Trust"),
            QCoreApplication.translate(
                "StepIntro",
                "Trust grows when responsibility comes with the authority to act, when "
                "information flows openly, and when no question is too small to ask. "
                "Collect questions, answer them once for good, and keep an open record of "
                "which accounts, systems and budgets you share.",
            ),
        ),
        "communication": (
            QCoreApplication.translate("StepIntro", "2 · Communication"),
            QCoreApplication.translate(
                "StepIntro",
                "Misunderstandings cost the most time. Meet on a rhythm that suits the two "
                "of you, keep one agenda that nothing falls off, agree how you reach each "
                "other, and look back now and then at what would make your check-ins better.",
            ),
        ),
        "feedback": (
            QCoreApplication.translate("StepIntro", "3 · Feedback"),
            QCoreApplication.translate(
                "StepIntro",
                "A partnership improves through honest feedback in both directions: the "
                "leader gives it and asks for it. Note it while it is fresh, agree a rhythm "
                "for talking about it, and keep an eye on the balance.",
            ),
        ),
        "delegation": (
            QCoreApplication.translate("StepIntro", "4 · Delegation"),
            QCoreApplication.translate(
                "StepIntro",
                "Handing over tasks is not yet delegation: responsibility has to come with "
                "decisions. Agree which decisions the assistant takes alone and which need "
                "a word first, on seven levels from 'the leader decides' to 'the assistant "
                "decides'.",
            ),
        ),
        "vision": (
            QCoreApplication.translate("StepIntro", "5 · Vision"),
            QCoreApplication.translate(
                "StepIntro",
                "A pair that knows where it is heading becomes a partnership of equals. "
                "Write down where the leader wants to go, what part the assistant plays in "
                "it, and the goals on the way there.",
            ),
        ),
    }


class StepIntro(QWidget):
    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        # Imported here: the window reads step_texts for its tab titles before it
        # first paints, and widgets needs Qt types that are slow to load.
        from tandem_desktop.ui.widgets import heading, plain_label

        super().__init__(parent)
        title, text = step_texts()[step]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, self))
        body = plain_label(text, self)
        body.setObjectName("stepExplanation")
        layout.addWidget(body)
