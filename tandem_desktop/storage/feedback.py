"""The two-way feedback log and the prompts for asking for feedback (step 3)."""

from __future__ import annotations

from tandem_desktop.domain.enums import FeedbackDirection, FeedbackKind, FeedbackStatus
from tandem_desktop.domain.records import Feedback, FeedbackPrompt
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice


class FeedbackRepository(TandemRepository[Feedback]):
    table = "feedback"
    record_type = Feedback
    search_fields = ("situation", "behaviour", "impact", "request")
    default_order = "given_on DESC"

    def validate(self, record: Feedback) -> None:
        super().validate(record)
        check_choice("direction", record.direction, FeedbackDirection)
        check_choice("kind", record.kind, FeedbackKind)
        check_choice("status", record.status, FeedbackStatus)
        texts = (record.situation, record.behaviour, record.impact, record.request)
        if not any(text.strip() for text in texts):
            raise ValidationError("situation", "write at least one of the texts")


class FeedbackPromptRepository(TandemRepository[FeedbackPrompt]):
    table = "feedback_prompt"
    record_type = FeedbackPrompt
    default_order = "position"
    required_text = ("text",)
