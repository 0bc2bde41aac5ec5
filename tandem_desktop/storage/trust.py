"""Questions and the information & access register (step 1, trust)."""

from __future__ import annotations

from tandem_desktop.domain.enums import AccessKind, QuestionStatus, Role, Urgency
from tandem_desktop.domain.records import AccessItem, Question
from tandem_desktop.storage.errors import ValidationError
from tandem_desktop.storage.repository import TandemRepository, check_choice


class QuestionRepository(TandemRepository[Question]):
    table = "question"
    record_type = Question
    search_fields = ("text", "context", "answer")
    default_order = "asked_on"
    required_text = ("text",)

    def validate(self, record: Question) -> None:
        super().validate(record)
        check_choice("asked_by", record.asked_by, Role)
        check_choice("urgency", record.urgency, Urgency)
        check_choice("status", record.status, QuestionStatus)


class AccessItemRepository(TandemRepository[AccessItem]):
    table = "access_item"
    record_type = AccessItem
    search_fields = ("title", "scope", "notes")
    default_order = "title COLLATE NOCASE"
    required_text = ("title",)

    def validate(self, record: AccessItem) -> None:
        super().validate(record)
        check_choice("kind", record.kind, AccessKind)
        if record.review_months is not None and record.review_months < 1:
            raise ValidationError("review_months", "must be at least one month")

